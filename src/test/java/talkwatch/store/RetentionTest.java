package talkwatch.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import talkwatch.feed.Article;
import talkwatch.testing.Closer;
import talkwatch.testing.TestClock;
import talkwatch.testing.TestDatabase;

@ParameterizedClass
@EnumSource(TestDatabase.class)
class RetentionTest {

    @Parameter
    TestDatabase kind;

    @RegisterExtension
    final Closer closer = new Closer();

    static final Instant START = Instant.parse("2026-01-01T08:00:00Z");
    static final Duration KEEP = Duration.ofDays(90);

    @TempDir
    Path dir;

    private final TestClock clock = new TestClock(START);
    private Storage storage;
    private Database database;
    private ArticleStore articles;
    private Outbox outbox;
    private FeedStateStore feedStates;

    @BeforeEach
    void openStore() {
        storage = kind.create(dir);
        database = closer.add(Database.open(storage));
        articles = new ArticleStore(database, clock);
        outbox = new Outbox(database, clock);
        feedStates = new FeedStateStore(database);
        new SubscriptionStore(database, clock).subscribe(1, "private", Set.of("astana"));
    }

    @Test
    void forgetsAnOldAnsweredArticleWithItsDeliveriesTopicsAndStoryReports() {
        long story = saveStory("old", "المصدر الأول", Optional.empty());
        saveStory("old-repeat", "المصدر الثاني", Optional.of(story));
        sendAll();
        feedStates.record(new PollRun(START, START.plusSeconds(2), 1, 0, 2, 1));
        clock.advance(KEEP.plusDays(1));
        saveStory("recent", "المصدر الأول", Optional.empty());

        Retention.Forgotten forgotten =
                new Retention(database).forgetBefore(clock.instant().minus(KEEP));

        assertThat(forgotten).isEqualTo(new Retention.Forgotten(2, 1, 1));
        assertThat(articles.isKnown("old")).isFalse();
        assertThat(articles.isKnown("old-repeat")).isFalse();
        assertThat(articles.isKnown("recent")).isTrue();
        assertThat(count("SELECT COUNT(*) FROM delivery")).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM article_topic")).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM story_report")).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM poll_run")).isZero();
        assertThat(articles.search(List.of("محادثات"), 5, 0))
                .extracting(StoredArticle::title)
                .containsExactly("جولة recent من محادثات أستانا");
        assertThat(count("SELECT COUNT(*) FROM article_search")).isEqualTo(1);
        assertThat(articles.latest(Optional.empty(), 5))
                .extracting(StoredArticle::title)
                .containsExactly("جولة recent من محادثات أستانا");
    }

    @Test
    void keepsAnOldArticleWhileOneOfItsDeliveriesWaits() {
        saveStory("waiting", "المصدر الأول", Optional.empty());
        clock.advance(KEEP.plusDays(1));

        assertThat(new Retention(database).forgetBefore(clock.instant().minus(KEEP)))
                .isEqualTo(new Retention.Forgotten(0, 0, 0));
        assertThat(articles.isKnown("waiting")).isTrue();
        assertThat(outbox.pending()).isEqualTo(1);
    }

    @Test
    void keepsAnOldArticleAFeedStillCarries() {
        saveStory("evergreen", "المصدر الأول", Optional.empty());
        saveStory("gone", "المصدر الأول", Optional.empty());
        sendAll();
        // The feed serves "evergreen" every day; "gone" left it at once.
        for (int day = 0; day <= KEEP.toDays(); day++) {
            clock.advance(Duration.ofDays(1));
            assertThat(articles.recognize(List.of("evergreen", "fresh-" + day))).containsExactly("evergreen");
        }

        Retention.Forgotten forgotten =
                new Retention(database).forgetBefore(clock.instant().minus(KEEP));

        assertThat(forgotten.articles()).isEqualTo(1);
        assertThat(articles.isKnown("evergreen")).isTrue();
        assertThat(articles.isKnown("gone")).isFalse();
    }

    @Test
    void forgetsBatchByBatchUntilNothingOldIsLeft() {
        for (int i = 0; i < 7; i++) {
            saveStory("old-" + i, "المصدر الأول", Optional.empty());
        }
        sendAll();
        clock.advance(KEEP.plusDays(1));

        Retention.Forgotten forgotten =
                new Retention(database, 3).forgetBefore(clock.instant().minus(KEEP));

        assertThat(forgotten).isEqualTo(new Retention.Forgotten(7, 7, 0));
        assertThat(articles.latest(Optional.empty(), 10)).isEmpty();
    }

    @Test
    void aFollowUpIsListedWithItsOwnStoryAgainOnceTheStoryItsNewsBecameIsForgotten() {
        // the story that told the follow-up's news bears an older date than the follow-up's own story
        Instant later = START.plus(KEEP).plus(Duration.ofDays(2));
        save("summit", "روسيا اليوم", later, StoryNote.newStory("NONE|||أ"));
        long summit = articles.lastStoryReport();
        save("shoigu", "الأناضول", later, StoryNote.followUp("NONE|||ب", summit));
        long shoigu = articles.lastStoryReport();
        save("shoigu-again", "سكاي نيوز عربية", START, StoryNote.newStory("NONE|||ب", shoigu));
        sendAll();
        clock.advance(KEEP.plusDays(1));

        assertThat(new Retention(database)
                        .forgetBefore(clock.instant().minus(KEEP))
                        .articles())
                .isEqualTo(1);
        assertThat(articles.latest(Optional.empty(), 5))
                .extracting(a -> a.sourceName() + ": "
                        + a.alsoIn().stream().map(Outlet::name).toList())
                .containsExactly("روسيا اليوم: [الأناضول]");
    }

    private void save(String key, String source, Instant published, StoryNote note) {
        Article article = new Article("feed", key, "https://example.org/" + key, "خبر " + key, "نص الخبر", published);
        articles.save(new NewArticle(article, source, List.of("astana"), List.of("ملخص " + key)), note);
    }

    private long saveStory(String key, String source, Optional<Long> repeats) {
        Article article = new Article(
                "feed",
                key,
                "https://example.org/" + key,
                "جولة " + key + " من محادثات أستانا",
                "نص الخبر",
                clock.instant());
        articles.save(
                new NewArticle(article, source, List.of("astana"), List.of("ملخص " + key)),
                repeats.map(story -> StoryNote.repeat("NONE|||" + key, story, story))
                        .orElseGet(() -> StoryNote.newStory("NONE|||" + key)));
        return repeats.orElseGet(
                () -> articles.latest(Optional.empty(), 1).get(0).id());
    }

    private void sendAll() {
        for (Delivery delivery : outbox.due(100)) {
            outbox.claim(List.of(delivery.id()));
            outbox.markSent(delivery.id(), 1000 + delivery.id());
        }
    }

    private long count(String sql) {
        return TestDatabase.count(storage, sql);
    }
}
