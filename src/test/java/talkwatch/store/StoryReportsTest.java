package talkwatch.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
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
import talkwatch.testing.TestDatabase;

@ParameterizedClass
@EnumSource(TestDatabase.class)
class StoryReportsTest {

    @Parameter
    TestDatabase kind;

    @RegisterExtension
    final Closer closer = new Closer();

    private Storage storage;

    static final Instant NOON = Instant.parse("2026-11-01T12:00:00Z");

    @TempDir
    Path dir;

    private ArticleStore articles;
    private Outbox outbox;

    @BeforeEach
    void openStore() {
        storage = kind.create(dir);
        Database database = closer.add(Database.open(storage));
        articles = new ArticleStore(database, Clock.systemUTC());
        outbox = new Outbox(database, Clock.systemUTC());
        new SubscriptionStore(database, Clock.systemUTC()).subscribe(1, "private", Set.of("astana"));
    }

    @Test
    void aRepeatIsSeenButQueuesNothingAndStaysOutOfTheLatest() {
        assertThat(articles.save(report("a", "المصدر الأول", 0), StoryNote.newStory("NONE|||أ")))
                .contains(1);
        long story = outbox.due(1).get(0).article().id();

        assertThat(articles.save(report("b", "المصدر الثاني", 1), StoryNote.repeat("NONE|||أ", story, story)))
                .contains(0);

        assertThat(articles.isKnown("b")).isTrue();
        assertThat(outbox.pending()).isEqualTo(1);
        assertThat(articles.latest(Optional.empty(), 5))
                .extracting(StoredArticle::sourceName)
                .containsExactly("المصدر الأول");
    }

    @Test
    void namesEachOtherOutletOnceInTheOrderTheyReportedAndNeverTheSenderItself() {
        articles.save(report("a", "المصدر الأول", 0), StoryNote.newStory("NONE|||أ"));
        long story = outbox.due(1).get(0).article().id();
        for (String[] repeat : List.of(
                new String[] {"b", "المصدر الثالث"},
                new String[] {"c", "المصدر الأول"},
                new String[] {"d", "المصدر الثاني"},
                new String[] {"e", "المصدر الثالث"})) {
            articles.save(report(repeat[0], repeat[1], 1), StoryNote.repeat("NONE|||أ", story, story));
        }

        assertThat(outbox.due(1).get(0).article().alsoIn())
                .containsExactly(
                        new Outlet("المصدر الثالث", "https://example.org/b"),
                        new Outlet("المصدر الثاني", "https://example.org/d"));
    }

    @Test
    void aFollowUpWhoseNewsBecameAStoryIsListedWithThatStory() {
        // the summit's opening; Shoigu's «no offensive on Idlib», silently under it, with a third outlet named under
        // that follow-up; then a second outlet's report of Shoigu's words, which rings as a story of its own
        articles.save(report("opening", "روسيا اليوم", 0), StoryNote.newStory("NONE|||أ"));
        long opening = articles.lastStoryReport();
        articles.save(report("shoigu", "روسيا اليوم", 1), StoryNote.followUp("NONE|||ب", opening));
        long shoigu = articles.lastStoryReport();
        articles.save(report("shoigu-copy", "الأناضول", 1), StoryNote.repeat("NONE|||ب", opening, shoigu));
        articles.save(report("reuters-opening", "رويترز", 1), StoryNote.repeat("NONE|||أ", opening, opening));
        articles.save(report("shoigu-again", "سكاي نيوز عربية", 2), StoryNote.newStory("NONE|||ب", shoigu));
        // a later story that tells the same follow-up's news does not take it from the first
        articles.save(report("shoigu-late", "الجزيرة", 3), StoryNote.newStory("NONE|||ب", shoigu));

        assertThat(articles.latest(Optional.empty(), 5))
                .extracting(a -> a.sourceName() + ": "
                        + a.alsoIn().stream().map(Outlet::name).toList())
                .containsExactly("الجزيرة: []", "سكاي نيوز عربية: [روسيا اليوم, الأناضول]", "روسيا اليوم: [رويترز]");
        assertThat(articles.storiesBetween(NOON, NOON.plusSeconds(4 * 3600)))
                .filteredOn(r -> r.articleId() == shoigu)
                .extracting(StoryReport::storyId)
                .as("the follow-up's message still replies to the opening's")
                .containsExactly(opening);
    }

    @Test
    void returnsTheStoriesReportedWithinATimeRange() {
        articles.save(report("a", "المصدر الأول", 0), StoryNote.newStory("START||14|أ"));
        articles.save(report("b", "المصدر الثاني", 30), StoryNote.newStory("NONE|||ب"));

        assertThat(articles.storiesBetween(NOON.minusSeconds(3600), NOON.plusSeconds(3600)))
                .extracting(StoryReport::signature)
                .containsExactly("START||14|أ");
    }

    private static NewArticle report(String key, String source, int hoursLater) {
        return new NewArticle(
                new Article(
                        "feed-" + key,
                        key,
                        "https://example.org/" + key,
                        "عنوان " + key,
                        "نص",
                        NOON.plusSeconds(3600L * hoursLater)),
                source,
                List.of("astana"),
                List.of("ملخص"));
    }
}
