package talkwatch.poll;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import talkwatch.Stores;
import talkwatch.feed.Feed;
import talkwatch.feed.FeedReader;
import talkwatch.match.Topic;
import talkwatch.store.Delivery;
import talkwatch.store.Storage;
import talkwatch.store.StoredArticle;
import talkwatch.testing.Closer;
import talkwatch.testing.FeedServer;
import talkwatch.testing.Rss;
import talkwatch.testing.SeedArticle;
import talkwatch.testing.TestClock;
import talkwatch.testing.TestDatabase;

@ParameterizedClass
@EnumSource(TestDatabase.class)
class PipelineTest {

    @Parameter
    TestDatabase kind;

    @RegisterExtension
    final Closer closer = new Closer();

    private Storage storage;

    static final Topic ASTANA = new Topic(
            "astana",
            "محادثات أستانا",
            List.of("أستانا", "أستانة"),
            List.of("محادثات", "جولة", "مفاوضات"),
            List.of("نادي"));
    static final ZonedDateTime MORNING = ZonedDateTime.parse("2026-11-29T08:00:00Z");
    /** A talks article published three days before the poll: older than delivery.maxAge. */
    static final Rss.Item ARCHIVED = new Rss.Item(
            "archive",
            "اختتام الجولة الأولى من محادثات أستانا",
            "<p>اختتمت في أستانا الجولة الأولى من المحادثات السورية بحضور وفود الدول الضامنة.</p>",
            MORNING.minusDays(3));

    @TempDir
    Path dir;

    private final TestClock clock = new TestClock(Instant.parse("2026-11-29T09:00:00Z"));
    private FeedServer server;
    private Stores stores;
    private Rss news;

    @BeforeEach
    void start() throws Exception {
        server = new FeedServer();
        storage = kind.create(dir);
        stores = closer.add(Stores.open(storage, clock));
        news = new Rss()
                .add(new Rss.Item("seed", SeedArticle.headline(), "<p>" + SeedArticle.body() + "</p>", MORNING))
                .add(new Rss.Item(
                        "weather",
                        "موجة حر تضرب دمشق",
                        "<p>توقعت الأرصاد الجوية ارتفاعاً في درجات الحرارة. وتنصح الأرصاد بتجنب الشمس.</p>",
                        MORNING.plusHours(1)));
        server.publish("/news.xml", news.xml());
        server.fail("/broken.xml", 500);
        stores.subscriptions().subscribe(1001, "private", Set.of("astana"));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void summarizesTheTalksArticleAndQueuesItForSubscribers() {
        PollReport report = pipeline().poll();

        assertThat(report.feeds())
                .containsExactly(
                        new FeedReport("news", "ok", 2, 2, 1, Optional.empty()),
                        new FeedReport("broken", "error", 0, 0, 0, Optional.of("HTTP 500")));
        List<Delivery> due = stores.outbox().due(10);
        assertThat(due).singleElement().satisfies(delivery -> {
            assertThat(delivery.chatId()).isEqualTo(1001);
            assertThat(delivery.article().title()).isEqualTo(SeedArticle.headline());
            assertThat(delivery.article().sourceName()).isEqualTo("أخبار الاختبار");
            assertThat(String.join(" ", delivery.article().summary())).contains("الثالث والرابع من مايو");
        });
    }

    @Test
    void neverProcessesAnArticleTwice() {
        pipeline().poll();
        clock.advance(Duration.ofMinutes(5));
        PollReport unchanged = pipeline().poll();

        assertThat(unchanged.feeds().get(0).status()).isEqualTo("not_modified");
        assertThat(server.notModified()).isEqualTo(1);

        server.publish(
                "/news.xml",
                news.add(new Rss.Item(
                                "round-4",
                                "انطلاق الجولة الرابعة من مفاوضات أستانا",
                                "<p>انطلقت اليوم في أستانة الجولة الرابعة من المحادثات السورية بحضور الدول الضامنة.</p>",
                                MORNING.plusHours(3)))
                        .xml());
        clock.advance(Duration.ofMinutes(5));
        PollReport changed = pipeline().poll();

        assertThat(changed.feeds().get(0)).isEqualTo(new FeedReport("news", "ok", 3, 1, 1, Optional.empty()));
        assertThat(stores.outbox().pending()).isEqualTo(2);
        assertThat(stores.articles().latest(Optional.of("astana"), 5))
                .extracting(StoredArticle::title)
                .containsExactly("انطلاق الجولة الرابعة من مفاوضات أستانا", SeedArticle.headline());
    }

    @Test
    void keepsOldNewsForTheLatestButSendsItToNobody() {
        server.publish("/news.xml", news.add(ARCHIVED).xml());

        PollReport report = pipeline().poll();

        assertThat(report.feeds().get(0)).isEqualTo(new FeedReport("news", "ok", 3, 3, 1, Optional.empty()));
        assertThat(stores.outbox().due(10))
                .extracting(delivery -> delivery.article().title())
                .containsExactly(SeedArticle.headline());
        assertThat(stores.articles().latest(Optional.of("astana"), 5))
                .extracting(StoredArticle::title)
                .containsExactly(SeedArticle.headline(), ARCHIVED.title());
    }

    @Test
    void anArticleForgottenAfterTheRetentionIsNotSentAgainWhenItComesBack() {
        pipeline().poll();
        for (Delivery delivery : stores.outbox().due(10)) {
            stores.outbox().claim(List.of(delivery.id()));
            stores.outbox().markSent(delivery.id(), 1);
        }
        server.publish("/news.xml", new Rss().xml());
        clock.advance(Duration.ofMinutes(5));
        pipeline().poll();
        clock.advance(Duration.ofDays(91));

        assertThat(stores.retention()
                        .forgetBefore(clock.instant().minus(Duration.ofDays(90)))
                        .articles())
                .isEqualTo(2);
        assertThat(stores.articles().isKnown("seed")).isFalse();

        server.publish("/news.xml", news.xml());
        PollReport back = pipeline().poll();

        assertThat(back.feeds().get(0)).isEqualTo(new FeedReport("news", "ok", 2, 2, 0, Optional.empty()));
        assertThat(stores.outbox().pending()).isZero();
    }

    @Test
    void recordsTheHealthOfEachFeedAndTheCycle() {
        pipeline().poll();

        assertThat(stores.feedStates().health())
                .extracting(h -> h.feedId() + " " + h.status() + " " + h.error().orElse("-"))
                .containsExactly("broken error HTTP 500", "news ok -");
        assertThat(stores.feedStates().lastRun()).hasValueSatisfying(run -> {
            assertThat(run.feedsOk()).isEqualTo(1);
            assertThat(run.feedsFailed()).isEqualTo(1);
            assertThat(run.newItems()).isEqualTo(2);
        });
    }

    private Pipeline pipeline() {
        return new Pipeline(
                List.of(
                        new Feed("news", "أخبار الاختبار", server.url("/news.xml")),
                        new Feed("broken", "مصدر معطل", server.url("/broken.xml"))),
                new FeedReader(FeedReader.Options.defaults()),
                List.of(ASTANA),
                3,
                stores.articles(),
                stores.feedStates(),
                () -> {},
                clock);
    }
}
