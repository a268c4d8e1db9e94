package talkwatch.poll;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
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
import talkwatch.deliver.MessageFormatter;
import talkwatch.feed.Feed;
import talkwatch.feed.FeedReader;
import talkwatch.metrics.Metrics;
import talkwatch.store.Delivery;
import talkwatch.store.Outlet;
import talkwatch.store.Storage;
import talkwatch.store.StoredArticle;
import talkwatch.testing.Closer;
import talkwatch.testing.FeedServer;
import talkwatch.testing.Rss;
import talkwatch.testing.TestDatabase;

@ParameterizedClass
@EnumSource(TestDatabase.class)
class StoriesTest {

    @Parameter
    TestDatabase kind;

    @RegisterExtension
    final Closer closer = new Closer();

    private Storage storage;

    /** A few hours ago, whatever the day: older items would be old news (delivery.maxAge) and never sent. */
    static final ZonedDateTime MORNING =
            ZonedDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.HOURS).minusHours(6);

    static final String ROUND_14 = "<p>انطلقت اليوم في نور سلطان الجولة الرابعة عشرة من محادثات أستانا حول سوريا،"
            + " بمشاركة وفود الدول الضامنة روسيا وتركيا وإيران. ويشارك وفدا الحكومة السورية والمعارضة.</p>";
    static final String ROUND_14_AGAIN = "<p>بدأت في نور سلطان أعمال الجولة الـ14 من المحادثات بصيغة أستانا حول"
            + " سوريا بمشاركة روسيا وتركيا وإيران بصفتها الدول الضامنة، ووفدي الحكومة السورية والمعارضة.</p>";
    static final String ROUND_15 = "<p>انطلقت اليوم في نور سلطان الجولة الخامسة عشرة من محادثات أستانا حول سوريا،"
            + " بمشاركة وفود الدول الضامنة روسيا وتركيا وإيران. ويشارك وفدا الحكومة السورية والمعارضة.</p>";

    @TempDir
    Path dir;

    private FeedServer server;
    private Stores stores;

    @BeforeEach
    void start() throws Exception {
        server = new FeedServer();
        storage = kind.create(dir);
        stores = closer.add(Stores.open(storage, Clock.systemUTC()));
        stores.subscriptions().subscribe(1001, "private", Set.of("astana"));
        server.publish(
                "/first.xml",
                new Rss()
                        .add(item("a1", "انطلاق الجولة 14 من محادثات أستانا", ROUND_14, 0))
                        .xml());
        server.publish("/second.xml", new Rss().xml());
        server.publish("/third.xml", new Rss().xml());
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void sendsAStoryOnceFromTheFirstOutletAndNamesTheOthers() {
        pipeline(Duration.ofHours(12)).pollAll();
        server.publish(
                "/second.xml",
                new Rss()
                        .add(item("b1", "بدء الجولة الـ14 لمحادثات أستانا", ROUND_14_AGAIN, 1))
                        .xml());
        PollReport second = pipeline(Duration.ofHours(12)).pollAll();
        server.publish(
                "/third.xml",
                new Rss()
                        .add(item("c1", "الجولة الرابعة عشرة من أستانا تبدأ", ROUND_14, 2))
                        .xml());
        PollReport third = pipeline(Duration.ofHours(12)).pollAll();

        assertThat(second.fresh() + third.fresh()).isEqualTo(2);
        assertThat(second.queued() + third.queued()).isZero();
        List<Delivery> due = stores.outbox().due(10);
        assertThat(due).singleElement().satisfies(delivery -> {
            assertThat(delivery.article().sourceName()).isEqualTo("المصدر الأول");
            assertThat(delivery.article().alsoIn())
                    .extracting(Outlet::name)
                    .containsExactly("المصدر الثاني", "المصدر الثالث");
            assertThat(new MessageFormatter().format(delivery.article()))
                    .endsWith("\nوردت أيضاً في: <a href=\""
                            + delivery.article().alsoIn().get(0).link()
                            + "\">المصدر الثاني</a>، <a href=\""
                            + delivery.article().alsoIn().get(1).link()
                            + "\">المصدر الثالث</a>");
            assertThat(delivery.article().alsoIn())
                    .extracting(Outlet::link)
                    .containsExactly("https://example.org/news/b1", "https://example.org/news/c1");
        });
        assertThat(stores.articles().isKnown("b1")).isTrue();
        assertThat(stores.articles().latest(Optional.of("astana"), 5))
                .extracting(StoredArticle::sourceName)
                .containsExactly("المصدر الأول");
    }

    @Test
    void keepsTheNextRoundAsAStoryOfItsOwn() {
        pipeline(Duration.ofHours(12)).pollAll();
        server.publish(
                "/second.xml",
                new Rss()
                        .add(item("b1", "انطلاق الجولة 15 من محادثات أستانا", ROUND_15, 1))
                        .xml());

        pipeline(Duration.ofHours(12)).pollAll();

        assertThat(stores.outbox().due(10))
                .extracting(d ->
                        d.article().sourceName() + " " + d.article().alsoIn().size())
                .containsExactly("المصدر الأول 0", "المصدر الثاني 0");
    }

    @Test
    void remembersStoriesAcrossARestart() {
        pipeline(Duration.ofHours(12)).pollAll();
        stores = closer.add(Stores.open(storage, Clock.systemUTC()));
        server.publish(
                "/second.xml",
                new Rss()
                        .add(item("b1", "بدء الجولة الـ14 لمحادثات أستانا", ROUND_14_AGAIN, 1))
                        .xml());

        pipeline(Duration.ofHours(12)).pollAll();

        assertThat(stores.outbox().pending()).isEqualTo(1);
    }

    @Test
    void treatsReportsFurtherApartThanTheWindowAsTwoStories() {
        pipeline(Duration.ofHours(2)).pollAll();
        server.publish(
                "/second.xml",
                new Rss()
                        .add(item("b1", "بدء الجولة الـ14 لمحادثات أستانا", ROUND_14_AGAIN, 3))
                        .xml());

        pipeline(Duration.ofHours(2)).pollAll();

        assertThat(stores.outbox().pending()).isEqualTo(2);
    }

    @Test
    void aZeroWindowTurnsDetectionOff() {
        pipeline(Duration.ZERO).pollAll();
        server.publish(
                "/second.xml",
                new Rss()
                        .add(item("b1", "بدء الجولة الـ14 لمحادثات أستانا", ROUND_14_AGAIN, 1))
                        .xml());

        pipeline(Duration.ZERO).pollAll();

        assertThat(stores.outbox().pending()).isEqualTo(2);
    }

    private static Rss.Item item(String guid, String title, String html, int hoursLater) {
        return new Rss.Item(guid, title, html, MORNING.plusHours(hoursLater));
    }

    private Pipeline pipeline(Duration window) {
        return new Pipeline(
                List.of(
                        new Feed("first", "المصدر الأول", server.url("/first.xml")),
                        new Feed("second", "المصدر الثاني", server.url("/second.xml")),
                        new Feed("third", "المصدر الثالث", server.url("/third.xml"))),
                new FeedReader(FeedReader.Options.defaults()),
                List.of(PipelineTest.ASTANA),
                3,
                stores.articles(),
                stores.feedStates(),
                () -> {},
                Clock.systemUTC(),
                new Pipeline.Options(Duration.ofMinutes(5), 16, 4, window, Pipeline.DEFAULT_MAX_AGE),
                FeedAlerts.LOG_ONLY,
                Metrics.NONE);
    }
}
