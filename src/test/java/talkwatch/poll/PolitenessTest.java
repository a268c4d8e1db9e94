package talkwatch.poll;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
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
import talkwatch.metrics.Metrics;
import talkwatch.store.FeedSchedule;
import talkwatch.store.Storage;
import talkwatch.testing.Closer;
import talkwatch.testing.FaultServer;
import talkwatch.testing.Rss;
import talkwatch.testing.TestClock;
import talkwatch.testing.TestDatabase;

/** When a feed is fetched again: server hints, backoff, permanent redirects and the admins' alerts. */
@ParameterizedClass
@EnumSource(TestDatabase.class)
class PolitenessTest {

    @Parameter
    TestDatabase kind;

    @RegisterExtension
    final Closer closer = new Closer();

    private Storage storage;
    private static final Instant T0 = Instant.parse("2026-11-29T09:00:00Z");
    private static final byte[] FEED = new Rss()
            .add(new Rss.Item("a", "عنوان", "<p>نص الخبر</p>", ZonedDateTime.parse("2026-11-29T08:00:00Z")))
            .xml()
            .getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path dir;

    private final TestClock clock = new TestClock(T0);
    private final FaultServer server = new FaultServer();
    private final AtomicInteger requests = new AtomicInteger();
    private final RecordingAlerts alerts = new RecordingAlerts();
    private Stores stores;

    @BeforeEach
    void open() {
        storage = kind.create(dir);
        stores = closer.add(Stores.open(storage, clock));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void leavesAFeedAloneForItsCacheControlMaxAge() {
        serveWith("Cache-Control", "public, max-age=3600");

        assertThat(poll("/feed").status()).isEqualTo("ok");
        clock.advance(Duration.ofMinutes(5));
        FeedReport skipped = poll("/feed");
        clock.advance(Duration.ofMinutes(55));
        FeedReport due = poll("/feed");

        assertThat(skipped).isEqualTo(FeedReport.skipped("news", T0.plus(Duration.ofHours(1))));
        assertThat(due.status()).isEqualTo("not_modified");
        assertThat(requests).hasValue(2);
    }

    @Test
    void waitsForTheRssTtl() {
        String xml = new String(FEED, StandardCharsets.UTF_8).replace("<channel>", "<channel><ttl>30</ttl>");
        server.route("/feed", exchange -> {
            requests.incrementAndGet();
            FaultServer.send(exchange, 200, xml.getBytes(StandardCharsets.UTF_8), "application/rss+xml");
        });

        poll("/feed");

        assertThat(schedule().nextFetchAt()).contains(T0.plus(Duration.ofMinutes(30)));
    }

    @Test
    void waitsForExpiresCountedFromTheServersDate() {
        // the JDK server sets Date to its own time, so Expires is two hours after that
        server.route("/feed", exchange -> {
            exchange.getResponseHeaders()
                    .set(
                            "Expires",
                            DateTimeFormatter.RFC_1123_DATE_TIME.format(
                                    ZonedDateTime.now(ZoneOffset.UTC).plusHours(2)));
            FaultServer.send(exchange, 200, FEED, "application/rss+xml");
        });

        poll("/feed");

        assertThat(schedule().nextFetchAt().orElseThrow())
                .isBetween(T0.plus(Duration.ofMinutes(119)), T0.plus(Duration.ofMinutes(121)));
    }

    @Test
    void honoursRetryAfterOnAnError() {
        server.route("/feed", exchange -> {
            exchange.getResponseHeaders().set("Retry-After", "7200");
            FaultServer.send(exchange, 503, new byte[0], null);
        });

        FeedReport report = poll("/feed");

        assertThat(report.error()).contains("HTTP 503");
        assertThat(schedule().nextFetchAt()).contains(T0.plus(Duration.ofHours(2)));
    }

    @Test
    void backsOffExponentiallyWithJitterWhileAFeedFails() {
        server.serve("/feed", 500, new byte[0], null);
        List<Duration> waits = new ArrayList<>();

        for (int failure = 1; failure <= 8; failure++) {
            poll("/feed");
            FeedSchedule schedule = schedule();
            waits.add(Duration.between(clock.instant(), schedule.nextFetchAt().orElseThrow()));
            assertThat(schedule.failures()).isEqualTo(failure);
            clock.advance(waits.get(waits.size() - 1));
        }

        // interval 5 min × 2^(n-1), times [0.75, 1.25), never under the interval, at most 6 h × 1.25
        assertThat(waits.get(0)).isBetween(Duration.ofMinutes(5), Duration.ofSeconds(375));
        assertThat(waits.get(2)).isBetween(Duration.ofMinutes(15), Duration.ofMinutes(25));
        assertThat(waits.get(4)).isBetween(Duration.ofMinutes(60), Duration.ofMinutes(100));
        assertThat(waits.get(7)).isBetween(Duration.ofMinutes(270), Duration.ofMinutes(450));
        assertThat(schedule().failingSince()).contains(T0);
    }

    @Test
    void tellsTheAdminsOnceAfterADayOfFailuresAndAgainWhenItRecovers() {
        AtomicReference<Integer> status = new AtomicReference<>(500);
        server.route("/feed", exchange -> FaultServer.send(exchange, status.get(), FEED, "application/rss+xml"));

        for (int i = 0; i < 8; i++) { // 8 × 8 h: past a day, and on; the backoff never exceeds 7.5 h
            poll("/feed");
            clock.advance(Duration.ofHours(8));
        }
        status.set(200);
        poll("/feed");
        clock.advance(Duration.ofHours(1));
        poll("/feed");

        assertThat(alerts.told).containsExactly("down news HTTP 500 " + T0, "recovered news " + T0);
        assertThat(schedule().failures()).isZero();
        assertThat(schedule().alerted()).isFalse();
    }

    @Test
    void tellsOfEveryFeedDownInACycleAtOnceAndOnlyOnceAcrossARestart() {
        server.serve("/feed", 500, new byte[0], null);
        List<Feed> feeds = List.of(
                new Feed("one", "أ", server.url("/feed")),
                new Feed("two", "ب", server.url("/feed")),
                new Feed("three", "ج", server.url("/feed")));

        for (int i = 0; i < 5; i++) { // 0 h … 28 h
            pipeline(feeds).poll();
            clock.advance(Duration.ofHours(7));
        }
        pipeline(feeds).poll(); // a new pipeline, as after a restart: the store says who was told

        assertThat(alerts.calls).hasValue(1);
        assertThat(alerts.told)
                .containsExactly("down one HTTP 500 " + T0, "down two HTTP 500 " + T0, "down three HTTP 500 " + T0);
    }

    @Test
    void keepsTryingToTellTheAdminsWhileNobodyCouldBeTold() {
        alerts.reachable = false;
        server.serve("/feed", 500, new byte[0], null);

        for (int i = 0; i < 6; i++) {
            poll("/feed");
            clock.advance(Duration.ofHours(7));
        }

        assertThat(alerts.told).hasSize(2); // after 28 h and 35 h: neither reached anyone
        assertThat(schedule().alerted()).isFalse();
    }

    @Test
    void followsAPermanentRedirectFromThenOn() {
        AtomicInteger old = new AtomicInteger();
        server.route("/old", exchange -> {
            old.incrementAndGet();
            exchange.getResponseHeaders().set("Location", "/new");
            exchange.sendResponseHeaders(301, -1);
        });
        serveWith("X-Nothing", "-", "/new");

        poll("/old");
        clock.advance(Duration.ofMinutes(5));
        FeedReport second = poll("/old");

        assertThat(second.status()).isEqualTo("not_modified");
        assertThat(old).hasValue(1);
        assertThat(schedule().url()).contains(server.url("/new"));
        assertThat(schedule().configuredUrl()).contains(server.url("/old"));
    }

    @Test
    void aTemporaryRedirectChangesNothing() {
        server.route("/old", exchange -> {
            exchange.getResponseHeaders().set("Location", "/new");
            exchange.sendResponseHeaders(302, -1);
        });
        serveWith("X-Nothing", "-", "/new");

        poll("/old");

        assertThat(schedule().url()).isEmpty();
    }

    @Test
    void anOperatorsNewUrlWinsOverAStoredRedirect() {
        server.route("/old", exchange -> {
            exchange.getResponseHeaders().set("Location", "/new");
            exchange.sendResponseHeaders(308, -1);
        });
        serveWith("X-Nothing", "-", "/new");
        AtomicInteger other = new AtomicInteger();
        server.route("/other", exchange -> {
            other.incrementAndGet();
            FaultServer.send(exchange, 200, FEED, "application/rss+xml");
        });

        poll("/old");
        clock.advance(Duration.ofMinutes(5));
        poll("/other");

        assertThat(other).hasValue(1);
        assertThat(schedule().url()).isEmpty();
    }

    private void serveWith(String header, String value) {
        serveWith(header, value, "/feed");
    }

    private void serveWith(String header, String value, String path) {
        String etag = "\"v1\"";
        server.route(path, exchange -> {
            requests.incrementAndGet();
            exchange.getResponseHeaders().set(header, value);
            exchange.getResponseHeaders().set("ETag", etag);
            if (etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                exchange.sendResponseHeaders(304, -1);
                return;
            }
            FaultServer.send(exchange, 200, FEED, "application/rss+xml");
        });
    }

    private FeedReport poll(String path) {
        return pipeline(server.url(path)).poll().feeds().get(0);
    }

    private FeedSchedule schedule() {
        return stores.feedStates().schedule("news");
    }

    private Pipeline pipeline(URI url) {
        return pipeline(List.of(new Feed("news", "أخبار", url)));
    }

    private Pipeline pipeline(List<Feed> feeds) {
        return new Pipeline(
                feeds,
                new FeedReader(FeedReader.Options.defaults()),
                List.of(PipelineTest.ASTANA),
                3,
                stores.articles(),
                stores.feedStates(),
                () -> {},
                clock,
                new Pipeline.Options(Duration.ofMinutes(5), 16, 4),
                alerts,
                Metrics.NONE);
    }

    /** Records what the admins would have been told. */
    private static final class RecordingAlerts implements FeedAlerts {
        final List<String> told = new CopyOnWriteArrayList<>();
        final AtomicInteger calls = new AtomicInteger();
        volatile boolean reachable = true;

        @Override
        public boolean tell(List<Down> down, List<Recovered> recovered) {
            calls.incrementAndGet();
            down.forEach(d -> told.add("down " + d.feed().id() + " " + d.reason() + " " + d.since()));
            recovered.forEach(r -> told.add("recovered " + r.feed().id() + " " + r.since()));
            return reachable;
        }
    }
}
