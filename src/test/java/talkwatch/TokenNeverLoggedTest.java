package talkwatch;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.StackTraceElementProxy;
import ch.qos.logback.core.read.ListAppender;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import talkwatch.fake.FakeBotApi;
import talkwatch.testing.BotConfig;

/**
 * The token and the webhook's secret are secrets: whatever goes wrong with Telegram, no log line, message or stack
 * trace holds them.
 */
class TokenNeverLoggedTest {

    @TempDir
    Path dir;

    @Test
    void noLogHoldsTheTokenWhenTelegramFailsInEveryWay() throws Exception {
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        ListAppender<ILoggingEvent> logs = new ListAppender<>();
        logs.start();
        root.addAppender(logs);
        // debug too: a library that logs its requests would do it there
        Level level = root.getLevel();
        root.setLevel(Level.DEBUG);
        try (FakeBotApi telegram = new FakeBotApi().start()) {
            telegram.failNext("setMyCommands", 500, "Internal Server Error");
            telegram.dropConnectionNext("getUpdates");
            telegram.failNext("getUpdates", 502, "Bad Gateway");
            telegram.failNext("sendMessage", 500, "Internal Server Error");
            try (Application application = Application.start(BotConfig.against(telegram, dir))) {
                telegram.sendUserMessage(7001, 7001, "/start"); // its answer gets the 500
                telegram.sendUserMessage(7001, 7001, "/help");
                telegram.awaitMessages(7001, 1, Duration.ofSeconds(20));
                telegram.dropConnectionNext("sendMessage");
                telegram.sendUserMessage(7001, 7001, "/latest");
                telegram.awaitMessages(7001, 2, Duration.ofSeconds(20));
            }
        } finally {
            root.detachAppender(logs);
            root.setLevel(level);
        }

        String secret = FakeBotApi.DEFAULT_TOKEN.substring(FakeBotApi.DEFAULT_TOKEN.indexOf(':') + 1);
        List<String> texts = texts(logs);
        assertThat(texts)
                .as("Telegram's refusals were logged")
                .anyMatch(text -> text != null && text.contains("Could not set the command menu"))
                .anyMatch(text -> text != null && text.contains("Could not answer chat 7001"));
        assertThat(texts).noneMatch(text -> text != null && text.contains(secret));
    }

    @Test
    void noLogHoldsTheWebhooksSecretNorTheToken() throws Exception {
        String webhookSecret = "Webhook-secret_never-in-a-log";
        ListAppender<ILoggingEvent> logs = new ListAppender<>();
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        logs.start();
        root.addAppender(logs);
        Level level = root.getLevel();
        root.setLevel(Level.DEBUG);
        try (FakeBotApi telegram = new FakeBotApi().start()) {
            telegram.failNext("setWebhook", 502, "Bad Gateway");
            int port = WebhookTest.freePort();
            String yaml = Files.readString(BotConfig.against(telegram, dir).file())
                    + "telegram:\n  webhook:\n    url: http://127.0.0.1:%d/hook\n    listen: 127.0.0.1:%d\n"
                            .formatted(port, port);
            try (Application application = Application.start(
                    BotConfig.load(telegram, dir, yaml, Map.of("TELEGRAM_WEBHOOK_SECRET", webhookSecret)))) {
                telegram.sendUserMessage(7002, 7002, "/start");
                telegram.awaitMessages(7002, 1, Duration.ofSeconds(20));
                String update = telegram.messageUpdate(7002, "/help");
                telegram.postToWebhook(update, Optional.of(webhookSecret + "-guessed"));
                telegram.postToWebhook("{not json", Optional.of(webhookSecret));
            }
        } finally {
            root.detachAppender(logs);
            root.setLevel(level);
        }

        List<String> texts = texts(logs);
        assertThat(texts)
                .as("the failures were logged")
                .anyMatch(text -> text != null && text.startsWith("Could not set the webhook (502 Bad Gateway)"))
                .anyMatch(text -> text != null && text.contains("the wrong value in the secret header"));
        String token = FakeBotApi.DEFAULT_TOKEN.substring(FakeBotApi.DEFAULT_TOKEN.indexOf(':') + 1);
        assertThat(texts).noneMatch(text -> text != null && (text.contains(webhookSecret) || text.contains(token)));
    }

    private static List<String> texts(ListAppender<ILoggingEvent> logs) {
        List<String> texts = new ArrayList<>();
        for (ILoggingEvent event : logs.list) {
            texts.add(event.getFormattedMessage());
            for (IThrowableProxy thrown = event.getThrowableProxy(); thrown != null; thrown = thrown.getCause()) {
                texts.add(thrown.getClassName() + ": " + thrown.getMessage());
                for (StackTraceElementProxy frame : thrown.getStackTraceElementProxyArray()) {
                    texts.add(frame.getSTEAsString());
                }
            }
        }
        return texts;
    }
}
