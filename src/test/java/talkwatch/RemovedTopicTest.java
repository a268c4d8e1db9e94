package talkwatch;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import talkwatch.config.Config;
import talkwatch.fake.FakeBotApi;
import talkwatch.testing.BotConfig;

/** Subscriptions are stored under topic ids: one the configuration lost must be said at start-up, not go silent. */
class RemovedTopicTest {

    @TempDir
    Path dir;

    @Test
    void warnsAtStartUpOfSubscriptionsToATopicNoLongerConfigured() throws Exception {
        Stores stores = Stores.open(dir.resolve("talkwatch.db"), Clock.systemUTC());
        stores.subscriptions().subscribe(11, "private", Set.of("sochi", "astana"));
        stores.subscriptions().subscribe(12, "private", Set.of("sochi"));
        Logger logger = (Logger) LoggerFactory.getLogger(Application.class);
        ListAppender<ILoggingEvent> logs = new ListAppender<>();
        logs.start();
        logger.addAppender(logs);

        try (FakeBotApi telegram = new FakeBotApi().start()) {
            Config config = BotConfig.against(telegram, dir);
            Application.start(config).close();

            assertThat(logs.list)
                    .filteredOn(event -> event.getLevel().toString().equals("WARN"))
                    .extracting(ILoggingEvent::getFormattedMessage)
                    .containsExactly("2 chats are subscribed to topic \"sochi\", which " + config.file()
                            + " no longer has: they get nothing for it. If the topic was renamed, give it its old"
                            + " id back (change its name instead)");
        } finally {
            logger.detachAppender(logs);
        }
        // /status counts the chats that follow a configured topic: chat 12 follows only the removed one
        assertThat(stores.subscriptions().activeSubscribers(List.of("astana", "geneva")))
                .isEqualTo(1);
    }
}
