package talkwatch.bot;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.Update;
import talkwatch.Application;
import talkwatch.fake.FakeBotApi;
import talkwatch.fake.SentMessage;
import talkwatch.testing.BotConfig;

/** Long polling against a Bot API that holds getUpdates for the requested time, as Telegram does. */
class LongPollingTest {

    private static final long USER = 4242;

    @TempDir
    Path dir;

    private final ListAppender<ILoggingEvent> logs = new ListAppender<>();
    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    private FakeBotApi telegram;

    @BeforeEach
    void watchTheLog() throws Exception {
        logs.start();
        root.addAppender(logs);
        telegram = new FakeBotApi().start();
    }

    @AfterEach
    void stop() {
        telegram.close();
        root.detachAppender(logs);
    }

    @Test
    void anIdleBotLogsNothingAndAnswersACommandAtOnce() throws Exception {
        assertThat(LongPolling.READ_TIMEOUT).isGreaterThan(LongPolling.HOLD.plusSeconds(10));
        try (Application application = Application.start(BotConfig.against(telegram, dir))) {
            Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> telegram.requests("getUpdates") == 1);
            // Past the 10 s an HTTP client gives up reading by default.
            Thread.sleep(12_000);

            assertThat(telegram.requests("getUpdates"))
                    .as("one request held all along")
                    .isEqualTo(1);
            long asked = System.nanoTime();
            telegram.sendUserMessage(USER, USER, "/help");
            List<SentMessage> answers = telegram.awaitMessages(USER, 1, Duration.ofSeconds(5));
            Duration answeredIn = Duration.ofNanos(System.nanoTime() - asked);

            assertThat(answers.get(0).text()).contains("/subscribe");
            assertThat(answeredIn).isLessThan(Duration.ofSeconds(1));
        }
        assertThat(telegram.calls("getUpdates").get(0).get("timeout").asInt()).isEqualTo(50);
        assertThat(logs.list)
                .as("nothing went wrong, so nothing is logged as if it had")
                .noneMatch(event -> event.getLevel().isGreaterOrEqual(Level.ERROR))
                .noneMatch(event -> event.getThrowableProxy() != null)
                .noneMatch(event -> event.getLoggerName().contains("LongPolling")
                        && event.getLevel().isGreaterOrEqual(Level.WARN));
    }

    @Test
    void eachFailureIsOneWarningAndTheWaitStartsOverAfterAnAnswer() throws Exception {
        List<Update> received = new CopyOnWriteArrayList<>();
        telegram.failNext("getUpdates", 502, "Bad Gateway");
        telegram.failNext("getUpdates", 409, "Conflict: terminated by other getUpdates request");
        try (LongPolling polling = LongPolling.start(
                telegram.token(),
                telegram.telegramUrl(),
                List.of("message"),
                update -> {
                    received.add(update);
                    // fails the request that confirms this update
                    telegram.failNext("getUpdates", 500, "Internal Server Error");
                },
                new LongPolling.Retry(Duration.ofSeconds(1), Duration.ofSeconds(60)))) {
            Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> telegram.requests("getUpdates") == 3);
            telegram.sendUserMessage(USER, USER, "/latest");
            Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> telegram.requests("getUpdates") == 5);
        }

        assertThat(received)
                .singleElement()
                .satisfies(update -> assertThat(update.getMessage().getText()).isEqualTo("/latest"));
        List<String> warnings = logs.list.stream()
                .filter(event -> event.getLoggerName().endsWith("LongPolling"))
                .peek(event -> assertThat(event.getThrowableProxy()).isNull())
                .filter(event -> event.getLevel() == Level.WARN)
                .map(ILoggingEvent::getFormattedMessage)
                .toList();
        assertThat(warnings)
                .containsExactly(
                        "Could not get updates from Telegram (502 Bad Gateway); asking again in 1 s",
                        "Could not get updates from Telegram (409 Conflict: terminated by other getUpdates request:"
                                + " another process is receiving this bot's updates (a second talkwatch run with the"
                                + " same token, or a webhook); only one may); asking again in 2 s",
                        "Could not get updates from Telegram (500 Internal Server Error); asking again in 1 s");
        assertThat(warnings).allSatisfy(line -> assertThat(line).doesNotContain(telegram.token()));
    }

    @Test
    void theWaitDoublesUpToItsCapAndTakesALongerRetryAfter() {
        LongPolling.Retry retry = new LongPolling.Retry(Duration.ofSeconds(1), Duration.ofSeconds(5));

        assertThat(List.of(
                        retry.next(Duration.ZERO),
                        retry.next(Duration.ZERO),
                        retry.next(Duration.ZERO),
                        retry.next(Duration.ZERO),
                        retry.next(Duration.ofSeconds(30))))
                .containsExactly(
                        Duration.ofSeconds(1),
                        Duration.ofSeconds(2),
                        Duration.ofSeconds(4),
                        Duration.ofSeconds(5),
                        Duration.ofSeconds(30));
        retry.reset();
        assertThat(retry.next(Duration.ZERO)).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void aNetworkFailureSaysWhatHappenedWithoutAStackTrace() {
        assertThat(LongPolling.reason(new org.telegram.telegrambots.meta.exceptions.TelegramApiException(
                        "Unable to execute getUpdates method", new java.net.ConnectException("Connection refused"))))
                .isEqualTo("cannot reach Telegram: Connection refused");
        assertThat(LongPolling.reason(new org.telegram.telegrambots.meta.exceptions.TelegramApiException(
                        "Unable to execute getUpdates method", new java.net.SocketTimeoutException("timeout"))))
                .isEqualTo("no answer within 70 s");
    }
}
