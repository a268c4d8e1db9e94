package talkwatch.bot;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import talkwatch.Application;
import talkwatch.Stores;
import talkwatch.fake.FakeBotApi;
import talkwatch.fake.SentMessage;
import talkwatch.testing.BotConfig;

/**
 * The largest configuration the loader accepts (30 topics, names and ids at their longest) and 300 feeds, all
 * failing: every reply that lists talks or feeds must still be one message Telegram accepts (the fake refuses texts
 * over 4096 characters and keyboards over 100 buttons, as Telegram does, and then no reply arrives).
 */
class LargeDeploymentTest {

    private static final Duration PATIENCE = Duration.ofSeconds(10);
    private static final long ADMIN = 777;
    private static final int TOPICS = 30;
    private static final int FEEDS = 300;
    private static final AtomicLong users = new AtomicLong(5000);

    @TempDir
    static Path dir;

    private static FakeBotApi telegram;
    private static Application application;

    @BeforeAll
    static void start() throws Exception {
        telegram = new FakeBotApi().start();
        StringBuilder yaml = new StringBuilder("telegram:\n  admins: [" + ADMIN + "]\nschedule:\n  pollEvery: 1h\n");
        yaml.append("feeds:\n");
        for (int i = 1; i <= FEEDS; i++) {
            // nothing listens on port 9: each feed fails at once with a one-line reason
            yaml.append(
                    "  - id: feed-%d\n    name: \"وكالة الأنباء الإقليمية رقم %d\"\n    url: http://127.0.0.1:9/%d.xml\n"
                            .formatted(i, i, i));
        }
        yaml.append("topics:\n");
        for (int i = 1; i <= TOPICS; i++) {
            String id = ("talks-" + i + "-").repeat(10).substring(0, 40);
            String name = ("محادثات السلام والجولة رقم " + i + " ")
                    .repeat(3)
                    .substring(0, 60)
                    .strip();
            yaml.append("  - id: %s\n    name: \"%s\"\n    keywords: [\"الجولة %d\"]\n".formatted(id, name, i));
        }
        application = Application.start(BotConfig.load(telegram, dir, yaml.toString()));
        Stores stores = Stores.open(dir.resolve("talkwatch.db"), Clock.systemUTC());
        Awaitility.await()
                .atMost(Duration.ofSeconds(60))
                .until(() -> stores.feedStates().lastRun().isPresent());
    }

    @AfterAll
    static void stop() throws Exception {
        application.close();
        telegram.close();
    }

    @Test
    void statusListsTheFailingFeedsThatFitAndCountsTheRest() {
        String status = say(ADMIN, "/status");

        assertThat(status)
                .startsWith("<b>حالة البوت</b>")
                .contains("مصادر سليمة: 0، مصادر بها أخطاء: 300")
                .contains("⚠️ وكالة الأنباء الإقليمية رقم 1 — ");
        String omitted = status.substring(status.lastIndexOf('\n') + 1);
        assertThat(omitted).matches("… مصادر أخرى لم تتسع لها الرسالة: (\\d+) \\(بها أخطاء: \\1\\)");
        int listed = status.split("\n⚠️ ").length - 1;
        int counted = Integer.parseInt(omitted.replaceAll("\\D+(\\d+).*", "$1"));
        // 30 talks of 60-character names take half the message with their subscriber counts
        assertThat(listed).isGreaterThan(5);
        assertThat(listed + counted).isEqualTo(FEEDS);
    }

    @Test
    void everyReplyThatListsTheTalksFitsInOneMessage() {
        long user = users.incrementAndGet();

        assertThat(say(user, "/start")).contains("محادثات السلام والجولة رقم 30");
        assertThat(say(user, "/help")).contains("<code>/subscribe الجولة 1</code>");
        assertThat(say(user, "/subscribe موسكو"))
                .startsWith("لم أتعرّف على «موسكو».")
                .contains("talks-30-");
        assertThat(say(user, "/subscribe")).startsWith("تم اشتراكك في: محادثات السلام والجولة رقم 1");
        assertThat(say(user, "/subscribe")).startsWith("أنت مشترك مسبقاً في: ");
        assertThat(say(user, "/unsubscribe")).startsWith("تم إلغاء اشتراكك في: ");

        int before = telegram.messagesTo(user).size();
        telegram.sendUserMessage(user, user, "/topics");
        SentMessage topics = telegram.awaitMessages(user, before + 1, PATIENCE).get(before);
        assertThat(topics.replyMarkup().orElseThrow().path("inline_keyboard")).hasSize(TOPICS);
    }

    private static String say(long user, String text) {
        int before = telegram.messagesTo(user).size();
        telegram.sendUserMessage(user, user, text);
        List<SentMessage> messages = telegram.awaitMessages(user, before + 1, PATIENCE);
        return messages.get(before).text();
    }
}
