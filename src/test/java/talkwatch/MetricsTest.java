package talkwatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import talkwatch.fake.FakeBotApi;
import talkwatch.testing.BotConfig;
import talkwatch.testing.FeedServer;
import talkwatch.testing.MetricsScrape;
import talkwatch.testing.Rss;
import talkwatch.testing.SeedArticle;

/**
 * {@code metrics.listen}: the running bot's counts, scraped over HTTP as Prometheus does, after real poll cycles over a
 * feed on loopback and real sends through the fake Bot API, Telegram's refusals included.
 */
class MetricsTest {

    private static final long READER = 5553001;
    private static final long GONE = 5553002;
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final ZonedDateTime MORNING =
            ZonedDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.HOURS).minusHours(6);

    @TempDir
    Path dir;

    private FakeBotApi telegram;
    private FeedServer feeds;
    private Application application;
    private int port;
    private Rss news;

    @BeforeEach
    void start() throws Exception {
        telegram = new FakeBotApi().start();
        feeds = new FeedServer();
        news = new Rss()
                .add(new Rss.Item("sport-1", "المنتخب يفوز بالمباراة الودية", "فاز المنتخب بثلاثة أهداف.", MORNING));
        feeds.publish("/news.xml", news.xml());
        port = WebhookTest.freePort();
        application = Application.start(BotConfig.load(telegram, dir, """
                metrics:
                  listen: 127.0.0.1:%d
                schedule:
                  pollEvery: 1s
                feeds:
                  - id: test-news
                    name: "وكالة الاختبار"
                    url: %s
                topics:
                  - id: astana
                    name: "محادثات أستانا"
                    keywords: ["أستانا", "أستانة"]
                    context: ["محادثات", "مفاوضات", "جولة"]
                """.formatted(port, feeds.url("/news.xml"))));
    }

    @AfterEach
    void stop() throws Exception {
        application.close();
        telegram.close();
        feeds.close();
    }

    @Test
    void countsPollCyclesFeedsArticlesAndSendsByOutcome() throws Exception {
        for (long chat : new long[] {READER, GONE}) {
            telegram.sendUserMessage(chat, chat, "/subscribe أستانا");
            telegram.awaitMessages(chat, 1, PATIENCE);
        }
        // what Telegram does to the summary's sends: one flood control, one server error, one chat that blocked the bot
        telegram.blockChat(GONE);
        telegram.failNextWithRetryAfter("sendMessage", 1);
        telegram.failNext("sendMessage", 500, "Internal Server Error");
        feeds.publish(
                "/news.xml",
                news.add(new Rss.Item(
                                "seed",
                                SeedArticle.headline(),
                                "<p>" + SeedArticle.body() + "</p>",
                                MORNING.plusHours(1)))
                        .xml());

        assertThat(telegram.awaitMessages(READER, 2, PATIENCE).get(1).text())
                .contains("ستعقد في الثالث والرابع من مايو");
        await().atMost(PATIENCE).until(() -> {
            MetricsScrape scrape = MetricsScrape.of(port);
            return scrape.value("talkwatch_sends_total{outcome=\"blocked\"}") == 1
                    && scrape.value("talkwatch_outbox_depth") == 0;
        });

        MetricsScrape scrape = MetricsScrape.of(port);
        assertThat(scrape.contentType()).startsWith("text/plain; version=0.0.4");
        assertThat(scrape.value("talkwatch_sends_total{outcome=\"sent\"}")).isEqualTo(1);
        assertThat(scrape.value("talkwatch_sends_total{outcome=\"429\"}")).isEqualTo(1);
        assertThat(scrape.value("talkwatch_sends_total{outcome=\"error\"}")).isEqualTo(1);
        assertThat(scrape.value("talkwatch_sends_total{outcome=\"blocked\"}")).isEqualTo(1);
        assertThat(scrape.value("talkwatch_articles_new_total")).isEqualTo(2);
        assertThat(scrape.value("talkwatch_articles_matched_total")).isEqualTo(1);
        assertThat(scrape.value("talkwatch_feed_polls_total{status=\"ok\"}")).isGreaterThanOrEqualTo(2);
        assertThat(scrape.value("talkwatch_feed_polls_total{status=\"error\"}")).isZero();
        double cycles = scrape.value("talkwatch_poll_cycle_duration_seconds_count");
        assertThat(cycles).isGreaterThanOrEqualTo(2);
        // each cycle polls the one feed, which is always due (pollEvery 1s, no hints from the server)
        assertThat(scrape.value("talkwatch_feed_polls_total{status=\"ok\"}")
                        + scrape.value("talkwatch_feed_polls_total{status=\"not_modified\"}")
                        + scrape.value("talkwatch_feed_polls_total{status=\"skipped\"}"))
                .isBetween(cycles - 1, cycles + 1);
        assertThat(scrape.value("talkwatch_poll_cycle_duration_seconds_sum")).isPositive();
        assertThat(scrape.value("talkwatch_outbox_oldest_age_seconds")).isZero();
        assertThat(scrape.value("jvm_threads_current")).isPositive();
    }
}
