package talkwatch.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
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
import talkwatch.match.TextQuery;
import talkwatch.testing.Closer;
import talkwatch.testing.TestDatabase;

@ParameterizedClass
@EnumSource(TestDatabase.class)
class ArticleStoreTest {

    @Parameter
    TestDatabase kind;

    @RegisterExtension
    final Closer closer = new Closer();

    @TempDir
    Path dir;

    private Storage storage;

    private ArticleStore articles;
    private SubscriptionStore subscriptions;
    private Outbox outbox;

    @BeforeEach
    void openStore() {
        storage = kind.create(dir);
        Database database = closer.add(Database.open(storage));
        Clock clock = Clock.systemUTC();
        articles = new ArticleStore(database, clock);
        subscriptions = new SubscriptionStore(database, clock);
        outbox = new Outbox(database, clock);
    }

    @Test
    void queuesOneDeliveryPerActiveSubscribedChat() {
        subscriptions.subscribe(1, "private", Set.of("astana"));
        subscriptions.subscribe(2, "private", Set.of("astana", "geneva"));
        subscriptions.subscribe(3, "private", Set.of("sochi"));
        subscriptions.subscribe(4, "group", Set.of("astana"));
        subscriptions.deactivate(4, "Forbidden: bot was kicked from the group chat");

        Optional<Integer> queued = articles.save(astana("guid-1", List.of("astana", "geneva")));

        assertThat(queued).contains(2);
        assertThat(outbox.due(10)).extracting(Delivery::chatId).containsExactlyInAnyOrder(1L, 2L);
    }

    @Test
    void savesAnArticleOnlyOnce() {
        subscriptions.subscribe(1, "private", Set.of("astana"));

        assertThat(articles.save(astana("guid-1", List.of("astana")))).contains(1);
        assertThat(articles.save(astana("guid-1", List.of("astana")))).isEmpty();

        assertThat(articles.isKnown("guid-1")).isTrue();
        assertThat(articles.isKnown("guid-2")).isFalse();
        assertThat(outbox.pending()).isEqualTo(1);
    }

    @Test
    void keepsArticlesWithoutTopicAsSeenButNeverQueuesThem() {
        subscriptions.subscribe(1, "private", Set.of("astana"));

        assertThat(articles.save(
                        new NewArticle(article("weather", "طقس معتدل في دمشق"), "بي بي سي عربي", List.of(), List.of())))
                .contains(0);

        assertThat(articles.isKnown("weather")).isTrue();
        assertThat(articles.latest(Optional.empty(), 5)).isEmpty();
    }

    @Test
    void returnsTheLatestSummariesOfATopicNewestFirst() {
        articles.save(astana("old", List.of("astana")));
        articles.save(new NewArticle(
                new Article(
                        "bbc",
                        "new",
                        "https://example.org/new",
                        "جولة جديدة في أستانا",
                        "نص",
                        Instant.parse("2026-11-02T10:00:00Z")),
                "بي بي سي عربي",
                List.of("astana"),
                List.of("الجملة الأولى.", "الجملة الثانية.")));
        articles.save(astana("geneva-only", List.of("geneva")));

        List<StoredArticle> latest = articles.latest(Optional.of("astana"), 5);

        assertThat(latest)
                .extracting(StoredArticle::title)
                .containsExactly("جولة جديدة في أستانا", "تحديد الجولة القادمة");
        assertThat(latest.get(0).summary()).containsExactly("الجملة الأولى.", "الجملة الثانية.");
        assertThat(articles.latest(Optional.empty(), 1)).hasSize(1);
    }

    @Test
    void aDeliveryStaysPendingUntilMarkedSent() {
        subscriptions.subscribe(7, "private", Set.of("astana"));
        articles.save(astana("guid-1", List.of("astana")));
        Delivery delivery = outbox.due(10).get(0);

        outbox.retryAt(delivery.id(), Instant.now().plusSeconds(60), "429 Too Many Requests");
        assertThat(outbox.due(10)).isEmpty();
        assertThat(outbox.pending()).isEqualTo(1);

        outbox.claim(List.of(delivery.id()));
        outbox.markSent(delivery.id(), 42);
        assertThat(outbox.pending()).isZero();
        assertThat(outbox.nextDue()).isEmpty();
    }

    @Test
    void deactivatingAChatFailsItsPendingDeliveriesButKeepsItsSubscriptions() {
        subscriptions.subscribe(7, "private", Set.of("astana"));
        articles.save(astana("guid-1", List.of("astana")));

        subscriptions.deactivate(7, "Forbidden: bot was blocked by the user");

        assertThat(outbox.pending()).isZero();
        assertThat(subscriptions.isActive(7)).isFalse();
        assertThat(subscriptions.topicsOf(7)).containsExactly("astana");

        subscriptions.activate(7, "private");
        assertThat(subscriptions.isActive(7)).isTrue();
        articles.save(astana("guid-2", List.of("astana")));
        assertThat(outbox.pending()).isEqualTo(1);
    }

    @Test
    void survivesReopening() {
        subscriptions.subscribe(7, "private", Set.of("astana"));
        articles.save(astana("guid-1", List.of("astana")));

        Database again = closer.add(Database.open(storage));

        assertThat(new ArticleStore(again, Clock.systemUTC()).isKnown("guid-1")).isTrue();
        assertThat(new Outbox(again, Clock.systemUTC()).pending()).isEqualTo(1);
    }

    @Test
    void searchFindsAnyStoredSummaryHoweverOldNewestFirst() {
        List<NewArticle> many = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            String title = i == 0 ? "لافرنتييف يلتقي وفد المعارضة في أستانا" : "جولة جديدة من المحادثات رقم " + i;
            many.add(new NewArticle(
                    new Article(
                            "bbc",
                            "k" + i,
                            "https://example.org/k" + i,
                            title,
                            title,
                            Instant.parse("2026-01-01T00:00:00Z").plusSeconds(60L * i)),
                    "بي بي سي عربي",
                    List.of("astana"),
                    List.of(title + ".", i == 2999 ? "وأكد لافرنتييف حضوره." : "وتستمر المباحثات.")));
        }
        articles.saveAll(many);

        // the oldest of 3,000: a scan of the 2,000 newest did not reach it
        assertThat(articles.search(
                        TextQuery.of("أستانا لافرنتييف").orElseThrow().indexWords(), 50, 0))
                .extracting(StoredArticle::title)
                .containsExactly("لافرنتييف يلتقي وفد المعارضة في أستانا");
        assertThat(articles.search(TextQuery.of("لافرنتييف").orElseThrow().indexWords(), 50, 0))
                .extracting(StoredArticle::title)
                .containsExactly("جولة جديدة من المحادثات رقم 2999", "لافرنتييف يلتقي وفد المعارضة في أستانا");
        assertThat(articles.search(TextQuery.of("المباحثات").orElseThrow().indexWords(), 10, 20))
                .extracting(StoredArticle::title)
                .first()
                .isEqualTo("جولة جديدة من المحادثات رقم 2978");
        assertThat(articles.search(TextQuery.of("سوتشي").orElseThrow().indexWords(), 50, 0))
                .isEmpty();
    }

    private static NewArticle astana(String key, List<String> topics) {
        return new NewArticle(
                new Article(
                        "bbc",
                        key,
                        "https://example.org/" + key,
                        "تحديد الجولة القادمة",
                        "نص الخبر",
                        Instant.parse("2026-11-01T10:00:00Z")),
                "بي بي سي عربي",
                topics,
                List.of("وأضاف كمالدينوف أن الجولة التالية ستعقد في الثالث والرابع من مايو/أيار."));
    }

    private static Article article(String key, String title) {
        return new Article("bbc", key, "https://example.org/" + key, title, title, Instant.now());
    }
}
