package talkwatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import talkwatch.config.Config;
import talkwatch.config.ConfigException;
import talkwatch.fake.FakeBotApi;
import talkwatch.testing.BotConfig;
import talkwatch.testing.FeedServer;
import talkwatch.testing.Rss;

/** {@code run} when Telegram is down at start-up, and when it refuses the token. */
class TelegramLoginTest {

    private static final long USER = 4242;

    @TempDir
    Path dir;

    @Test
    void readsTheFeedsWhileTelegramIsUnreachableAndSendsWhatWasQueuedOnceItAnswers() throws Exception {
        try (FakeBotApi telegram = new FakeBotApi().start();
                FeedServer feeds = new FeedServer()) {
            feeds.publish(
                    "/news.xml",
                    new Rss()
                            .add(new Rss.Item(
                                    "astana-1",
                                    "انطلاق جولة جديدة من محادثات أستانا",
                                    "انطلقت اليوم جولة جديدة من محادثات أستانا بمشاركة الدول الضامنة.",
                                    ZonedDateTime.now().minusHours(1)))
                            .xml());
            Config config = BotConfig.against(telegram, dir, feeds.url("/news.xml"));
            Stores.open(config.storage(), Clock.systemUTC())
                    .subscriptions()
                    .subscribe(USER, "private", Set.of("astana"));
            // the first try loses its connection, the second gets 429, the third (3 s after the first) is answered
            telegram.dropConnectionNext("getMe");
            telegram.failNext("getMe", 502, "Bad Gateway"); // answered to the first, but the client never sees it
            telegram.failNext("getMe", 429, "Too Many Requests: retry after 1");

            CompletableFuture<Application> started = CompletableFuture.supplyAsync(() -> {
                try {
                    return Application.start(config);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });

            await().atMost(Duration.ofSeconds(5)).until(() -> feeds.requests() >= 1);
            assertThat(started).isNotDone();
            try (Application application = started.get(20, TimeUnit.SECONDS)) {
                assertThat(telegram.requests("getMe")).isEqualTo(3);
                assertThat(telegram.awaitMessages(USER, 1, Duration.ofSeconds(10))
                                .get(0)
                                .text())
                        .contains("انطلاق جولة جديدة من محادثات أستانا");
            }
        }
    }

    @Test
    void aRefusedTokenStopsAtOnceWithOneLine() throws Exception {
        try (FakeBotApi telegram = new FakeBotApi().start()) {
            telegram.failNext("getMe", 401, "Unauthorized");
            Config config = BotConfig.against(telegram, dir);

            assertThatThrownBy(() -> Application.start(config))
                    .isInstanceOf(ConfigException.class)
                    .hasMessage("TELEGRAM_BOT_TOKEN: Telegram refused the token (401 Unauthorized); copy it again"
                            + " from @BotFather");
            // nothing was left running: the lock is free, and a second start works
            Application.start(config).close();
        }
    }
}
