package talkwatch;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.StackTraceElementProxy;
import ch.qos.logback.core.read.ListAppender;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import talkwatch.fake.FakeBotApi;
import talkwatch.testing.BotConfig;

/** The token is a secret: whatever goes wrong with Telegram, no log line, message or stack trace holds it. */
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
        assertThat(texts)
                .as("Telegram's refusals were logged")
                .anyMatch(text -> text != null && text.contains("Could not set the command menu"))
                .anyMatch(text -> text != null && text.contains("Could not answer chat 7001"));
        assertThat(texts).noneMatch(text -> text != null && text.contains(secret));
    }
}
