package talkwatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import talkwatch.config.Config;
import talkwatch.fake.FakeBotApi;
import talkwatch.fake.SentMessage;
import talkwatch.testing.BotConfig;
import talkwatch.testing.FeedServer;
import talkwatch.testing.Rss;
import talkwatch.testing.SeedArticle;

/**
 * The whole product: the real application, driven by the real TelegramBots client, against a fake Bot
 * API server and a news feed, both on 127.0.0.1.
 */
class EndToEndTest {

    private static final long USER = 5551234;
    private static final Duration PATIENCE = Duration.ofSeconds(20);
    /** A few hours ago, whatever the day: older items would be old news (delivery.maxAge) and never sent. */
    private static final ZonedDateTime MORNING =
            ZonedDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.HOURS).minusHours(6);

    @TempDir
    Path dir;

    private FakeBotApi telegram;
    private FeedServer feeds;
    private Application application;

    @BeforeEach
    void start() throws Exception {
        telegram = new FakeBotApi().start();
        feeds = new FeedServer();
        feeds.publish(
                "/news.xml",
                new Rss()
                        .add(new Rss.Item(
                                "sport-1", "المنتخب يفوز بالمباراة الودية", "فاز المنتخب بثلاثة أهداف.", MORNING))
                        .xml());
        Config config = BotConfig.load(telegram, dir, """
                telegram:
                  admins: [%d]
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
                  - id: geneva
                    name: "محادثات جنيف"
                    keywords: ["جنيف"]
                """.formatted(USER, feeds.url("/news.xml")));
        application = Application.start(config);
    }

    @AfterEach
    void stop() throws Exception {
        application.close();
        telegram.close();
        feeds.close();
    }

    @Test
    void aSubscriberGetsEachTalksArticleOnceAndNothingElse() {
        telegram.sendUserMessage(USER, USER, "/start");
        assertThat(telegram.awaitMessages(USER, 1, PATIENCE).get(0).text()).contains("مرحباً بك");

        telegram.sendUserMessage(USER, USER, "/subscribe أستانا");
        assertThat(telegram.awaitMessages(USER, 2, PATIENCE).get(1).text())
                .isEqualTo("تم اشتراكك في: محادثات أستانا.\nستصلك ملخصات الأخبار الجديدة فور نشرها.");

        Rss news = new Rss()
                .add(new Rss.Item("sport-1", "المنتخب يفوز بالمباراة الودية", "فاز المنتخب بثلاثة أهداف.", MORNING))
                .add(new Rss.Item(
                        "seed", SeedArticle.headline(), "<p>" + SeedArticle.body() + "</p>", MORNING.plusHours(1)));
        feeds.publish("/news.xml", news.xml());

        SentMessage summary = telegram.awaitMessages(USER, 3, PATIENCE).get(2);
        assertThat(summary.parseMode()).contains("HTML");
        // Numbers and Latin runs are wrapped in Unicode isolates (U+2066…U+2069) to keep the Arabic order.
        assertThat(summary.text().replaceAll("[\u2066-\u2069]", ""))
                .startsWith("<b><a href=\"https://example.org/news/seed\">" + SeedArticle.headline() + "</a></b>")
                .contains("ستعقد في الثالث والرابع من مايو")
                .contains("وكالة الاختبار");

        waitForPolls(3);
        assertThat(telegram.messagesTo(USER)).hasSize(3);

        news.add(new Rss.Item(
                        "weather",
                        "موجة حر تضرب المنطقة",
                        "توقعت الأرصاد ارتفاعاً في درجات الحرارة.",
                        MORNING.plusHours(2)))
                .add(new Rss.Item(
                        "round-4",
                        "انطلاق جولة جديدة من محادثات أستانة",
                        "انطلقت اليوم في العاصمة الكازاخية جولة جديدة من المحادثات السورية بمشاركة الدول الضامنة.",
                        MORNING.plusHours(3)));
        feeds.publish("/news.xml", news.xml());

        assertThat(telegram.awaitMessages(USER, 4, PATIENCE).get(3).text())
                .contains("انطلاق جولة جديدة من محادثات أستانة");
        waitForPolls(3);
        List<SentMessage> all = telegram.messagesTo(USER);
        assertThat(all).hasSize(4);
        assertThat(all).noneMatch(m -> m.text().contains("موجة حر") || m.text().contains("المنتخب"));
    }

    @Test
    void anAdminSeesTheStatusAndOthersAreTurnedAway() {
        waitForPolls(1);
        telegram.sendUserMessage(USER, USER, "/subscribe جنيف");
        telegram.awaitMessages(USER, 1, PATIENCE);
        telegram.sendUserMessage(USER, USER, "/status");
        assertThat(telegram.awaitMessages(USER, 2, PATIENCE).get(1).text())
                .contains("حالة البوت")
                .contains("رسائل تنتظر الإرسال: 0")
                .contains("المحادثات المشتركة: 1\nالمشتركون في كل محادثة: محادثات أستانا 0، محادثات جنيف 1\n")
                .containsPattern(
                        "الأخبار المحفوظة: 1، أقدمها قُرئ في [^؛]+؛ يُحذف يومياً ما صار أقدم من .+ ولم يعد في مصادره")
                // the first poll's counts, or "no news" when a second poll (1 s apart) got a 304 before /status
                .containsPattern("وكالة الاختبار — [^\\n]*: (الأخبار \\d+، الجديد منها \\d+|لا جديد)");

        long stranger = 777;
        telegram.sendUserMessage(stranger, stranger, "/status");
        assertThat(telegram.awaitMessages(stranger, 1, PATIENCE).get(0).text())
                .isEqualTo("هذا الأمر متاح لمشرفي البوت فقط.");
    }

    private void waitForPolls(int polls) {
        int seen = feeds.requests();
        await().atMost(PATIENCE).until(() -> feeds.requests() >= seen + polls);
        // let the last poll's deliveries, if any (there must be none), reach the fake
        await().pollDelay(Duration.ofMillis(500)).atMost(Duration.ofSeconds(2)).until(() -> true);
    }
}
