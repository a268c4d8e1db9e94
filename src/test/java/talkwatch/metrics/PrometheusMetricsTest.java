package talkwatch.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import talkwatch.Stores;
import talkwatch.feed.Article;
import talkwatch.store.Delivery;
import talkwatch.store.NewArticle;
import talkwatch.testing.MetricsScrape;
import talkwatch.testing.TestClock;

/** The counts as Prometheus reads them: scraped over HTTP, the outbox's from a real SQLite file. */
class PrometheusMetricsTest {

    private static final Instant START = Instant.parse("2026-12-06T09:00:00Z");

    @TempDir
    Path dir;

    private final TestClock clock = new TestClock(START);
    private Stores stores;
    private PrometheusMetrics metrics;

    @BeforeEach
    void start() throws Exception {
        stores = Stores.open(dir.resolve("talkwatch.db"), clock);
        metrics = PrometheusMetrics.start(
                new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), stores.outbox(), clock);
    }

    @AfterEach
    void stop() {
        metrics.close();
    }

    @Test
    void servesWhatThePollAndTheSenderCountedInTheTextFormat() throws Exception {
        metrics.pollCycle(Duration.ofMillis(1500));
        metrics.feedPolled("ok");
        metrics.feedPolled("ok");
        metrics.feedPolled("error");
        metrics.articlesRead(5, 2);
        metrics.articlesRead(1, 0);
        for (Metrics.Send outcome :
                List.of(Metrics.Send.SENT, Metrics.Send.SENT, Metrics.Send.FLOOD, Metrics.Send.BLOCKED)) {
            metrics.sent(outcome);
        }

        MetricsScrape scrape = MetricsScrape.of(metrics.port());

        assertThat(scrape.contentType()).startsWith("text/plain; version=0.0.4");
        assertThat(scrape.value("talkwatch_poll_cycle_duration_seconds_count")).isEqualTo(1);
        assertThat(scrape.value("talkwatch_poll_cycle_duration_seconds_sum")).isEqualTo(1.5);
        assertThat(scrape.value("talkwatch_poll_cycle_duration_seconds_bucket{le=\"1.0\"}"))
                .isZero();
        assertThat(scrape.value("talkwatch_poll_cycle_duration_seconds_bucket{le=\"2.5\"}"))
                .isEqualTo(1);
        assertThat(scrape.value("talkwatch_feed_polls_total{status=\"ok\"}")).isEqualTo(2);
        assertThat(scrape.value("talkwatch_feed_polls_total{status=\"error\"}")).isEqualTo(1);
        assertThat(scrape.value("talkwatch_feed_polls_total{status=\"not_modified\"}"))
                .isZero();
        assertThat(scrape.value("talkwatch_feed_polls_total{status=\"skipped\"}"))
                .isZero();
        assertThat(scrape.value("talkwatch_articles_new_total")).isEqualTo(6);
        assertThat(scrape.value("talkwatch_articles_matched_total")).isEqualTo(2);
        assertThat(scrape.value("talkwatch_sends_total{outcome=\"sent\"}")).isEqualTo(2);
        assertThat(scrape.value("talkwatch_sends_total{outcome=\"429\"}")).isEqualTo(1);
        assertThat(scrape.value("talkwatch_sends_total{outcome=\"blocked\"}")).isEqualTo(1);
        assertThat(scrape.value("talkwatch_sends_total{outcome=\"error\"}")).isZero();
        assertThat(scrape.text())
                .contains("# TYPE talkwatch_sends_total counter")
                .contains("# TYPE talkwatch_poll_cycle_duration_seconds histogram")
                .contains("# TYPE talkwatch_outbox_depth gauge");
        // the JVM's basics
        assertThat(scrape.samples().keySet())
                .anyMatch(name -> name.startsWith("jvm_memory_used_bytes{"))
                .contains("jvm_threads_current", "process_cpu_seconds_total");
    }

    @Test
    void readsTheOutboxDepthAndItsOldestDeliverysAgeFromTheDatabaseAtEachScrape() throws Exception {
        assertThat(MetricsScrape.of(metrics.port()).value("talkwatch_outbox_depth"))
                .isZero();
        assertThat(MetricsScrape.of(metrics.port()).value("talkwatch_outbox_oldest_age_seconds"))
                .isZero();
        stores.subscriptions().subscribe(1, "private", Set.of("astana"));
        stores.subscriptions().subscribe(2, "private", Set.of("astana"));
        stores.articles().save(article("first"));
        clock.advance(Duration.ofSeconds(90));
        stores.articles().save(article("second"));
        clock.advance(Duration.ofSeconds(30));

        MetricsScrape waiting = MetricsScrape.of(metrics.port());

        assertThat(waiting.value("talkwatch_outbox_depth")).isEqualTo(4);
        assertThat(waiting.value("talkwatch_outbox_oldest_age_seconds")).isEqualTo(120);

        for (Delivery delivery : stores.outbox().due(100)) {
            stores.outbox().claim(List.of(delivery.id()));
            stores.outbox().markSent(delivery.id(), 500 + delivery.id());
        }
        MetricsScrape sent = MetricsScrape.of(metrics.port());
        assertThat(sent.value("talkwatch_outbox_depth")).isZero();
        assertThat(sent.value("talkwatch_outbox_oldest_age_seconds")).isZero();
    }

    @Test
    void servesNothingElse() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String base = "http://127.0.0.1:" + metrics.port();

        assertThat(http.send(HttpRequest.newBuilder(URI.create(base + "/")).build(), BodyHandlers.discarding())
                        .statusCode())
                .isEqualTo(404);
        assertThat(http.send(
                                HttpRequest.newBuilder(URI.create(base + "/metrics"))
                                        .POST(HttpRequest.BodyPublishers.noBody())
                                        .build(),
                                BodyHandlers.discarding())
                        .statusCode())
                .isEqualTo(405);
    }

    private NewArticle article(String key) {
        return new NewArticle(
                new Article(
                        "feed",
                        key,
                        "https://example.org/" + key,
                        "جولة جديدة من محادثات أستانا " + key,
                        "نص الخبر",
                        clock.instant()),
                "وكالة الاختبار",
                List.of("astana"),
                List.of("ملخص " + key));
    }
}
