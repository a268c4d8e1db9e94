package talkwatch.bot;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import talkwatch.Application;
import talkwatch.Stores;
import talkwatch.fake.FakeBotApi;
import talkwatch.fake.FakeChat;
import talkwatch.feed.Article;
import talkwatch.store.NewArticle;
import talkwatch.testing.BotConfig;
import talkwatch.testing.FaultServer;
import talkwatch.testing.TestClock;

/** /summary and bare links, against the running bot, a fake Bot API and real pages on loopback. */
class SummaryConversationTest {

    private static final Duration PATIENCE = Duration.ofSeconds(15);
    private static final AtomicLong users = new AtomicLong(9000);
    private static final String ASTANA = "<!doctype html><html><head><meta charset=utf-8>"
            + "<meta property=\"og:title\" content=\"انطلاق الجولة الثانية والعشرين من محادثات أستانا\">"
            + "<meta property=\"og:site_name\" content=\"موقع الأخبار\">"
            + "<meta property=\"article:published_time\" content=\"2026-11-30T08:15:00+03:00\">"
            + "</head><body><article>"
            + "<p>انطلقت اليوم في أستانا الجولة الثانية والعشرون من المحادثات السورية، بحضور وفود الدول الضامنة.</p>"
            + "<p>وبحثت الوفود في اليوم الأول ملف المعتقلين، وتثبيت وقف إطلاق النار في إدلب، والخطوات المقبلة.</p>"
            + "</article></body></html>";
    private static final String WEATHER = "<!doctype html><html><head><meta charset=utf-8>"
            + "<title>طقس معتدل في دمشق</title></head><body><article>"
            + "<p>تشهد دمشق اليوم طقساً معتدلاً مع سماء صافية، وتتراوح درجات الحرارة بين خمس عشرة وعشرين درجة.</p>"
            + "<p>ويتوقع أن تهطل الأمطار على المناطق الساحلية نهاية الأسبوع، مع انخفاض طفيف في درجات الحرارة.</p>"
            + "</article></body></html>";

    @TempDir
    static Path dir;

    private static FakeBotApi telegram;
    private static Application application;
    private static FaultServer pages;
    private static TestClock clock;
    private static final AtomicInteger astanaRequests = new AtomicInteger();

    @BeforeAll
    static void start() throws Exception {
        telegram = new FakeBotApi().start();
        pages = new FaultServer();
        pages.route("/astana", exchange -> {
            astanaRequests.incrementAndGet();
            FaultServer.send(exchange, 200, ASTANA.getBytes(StandardCharsets.UTF_8), "text/html; charset=utf-8");
        });
        pages.serve("/weather", 200, WEATHER.getBytes(StandardCharsets.UTF_8), "text/html; charset=utf-8");
        pages.serve("/report.pdf", 200, "%PDF-1.7".getBytes(StandardCharsets.US_ASCII), "application/pdf");
        pages.serve("/gone", 404, "غير موجودة".getBytes(StandardCharsets.UTF_8), "text/html");
        clock = TestClock.ticking(Instant.parse("2026-11-30T09:00:00Z"));
        application = Application.start(BotConfig.load(telegram, dir, """
                        schedule:
                          pollEvery: 1h
                        feeds:
                          - id: test-news
                            name: "وكالة الاختبار"
                            url: http://127.0.0.1:9/none.xml
                        topics:
                          - id: astana
                            name: "محادثات أستانا"
                            keywords: ["أستانا", "أستانة"]
                          - id: geneva
                            name: "محادثات جنيف"
                            keywords: ["جنيف"]
                        links:
                          allowNetworks: [127.0.0.1/32]   # the test's pages
                          perUserPerMinute: 3
                          perUserPerDay: 5
                        """), clock);
    }

    @AfterAll
    static void stop() throws Exception {
        application.close();
        pages.close();
        telegram.close();
    }

    @Test
    void summarizesALinkAndNamesTheTalksItIsAbout() {
        String answer = say(users.incrementAndGet(), "/summary " + pages.url("/astana"));

        assertThat(answer)
                .startsWith("<b><a href=\"" + pages.url("/astana") + "\">انطلاق الجولة الثانية والعشرين من محادثات"
                        + " أستانا</a></b>\n\n")
                .contains("ملف المعتقلين")
                .contains("📰 موقع الأخبار · \u206830\u2069 نوفمبر \u20682026\u2069، \u206805:15\u2069 (غرينتش)")
                .endsWith("\n\n🏷 يتعلق بـ: محادثات أستانا");
    }

    @Test
    void aBareLinkInAPrivateChatIsASummaryAndOneAboutNoTalkSaysSo() {
        long user = users.incrementAndGet();

        assertThat(say(user, pages.url("/weather").toString()))
                .startsWith("<b><a href=\"" + pages.url("/weather") + "\">طقس معتدل في دمشق</a></b>")
                .endsWith("\n\n🏷 لا يتعلق بأي من المحادثات التي أتابعها.");
        // in a group, the bot reads only commands
        FakeChat group = FakeChat.group(-400_000_000L - user, "مجموعة");
        telegram.sendUserMessage(group, user, pages.url("/weather").toString());
        telegram.sendUserMessage(group, user, "/summary " + pages.url("/weather"));
        assertThat(telegram.awaitMessages(group.id(), 1, PATIENCE).get(0).text())
                .startsWith("<b><a href=\"" + pages.url("/weather") + "\">طقس معتدل");
    }

    @Test
    void anArticleAlreadyStoredIsAnsweredFromTheStoreAndALinkAskedAgainFromTheCache() {
        // an Arabic path, as feeds give it: the client would percent-encode it
        String link = "https://example.org/news/وفد-المعارضة-" + users.get();
        Stores.open(dir.resolve("talkwatch.db"), clock)
                .articles()
                .save(new NewArticle(
                        new Article(
                                "test-news",
                                link,
                                link,
                                "وفد المعارضة يصل إلى جنيف",
                                "نص",
                                Instant.parse("2026-11-29T10:00:00Z")),
                        "وكالة الاختبار",
                        List.of("geneva"),
                        List.of("وصل وفد المعارضة إلى جنيف للمشاركة في اجتماعات اللجنة الدستورية.")));

        assertThat(say(users.incrementAndGet(), "/summary " + link))
                .startsWith("<b><a href=\"" + link + "\">وفد المعارضة يصل إلى جنيف</a></b>")
                .contains("📰 وكالة الاختبار")
                .endsWith("🏷 يتعلق بـ: محادثات جنيف");

        int before = astanaRequests.get();
        String first = say(users.incrementAndGet(), "/summary " + pages.url("/astana") + "?cached");
        String again = say(users.incrementAndGet(), "/summary " + pages.url("/astana") + "?cached");
        assertThat(again).isEqualTo(first);
        assertThat(astanaRequests.get() - before).isEqualTo(1);
    }

    @Test
    void refusesEveryPrivateAddressInEveryNotationInArabic() {
        String refused = "لا أستطيع فتح هذا الرابط: لا أقرأ إلا صفحات الويب العامة، عبر http أو https وعلى منافذهما"
                + " المعتادة.";
        for (String link : new String[] {
            "http://2130706433/",
            "http://0x7f.0.0.1/",
            "http://127.1/",
            "http://[::1]/",
            "http://[::ffff:169.254.169.254]/latest/meta-data/",
            "http://169.254.169.254/latest/meta-data/",
            "http://10.0.0.1/admin",
            "http://127.0.0.2/", // loopback, outside the allowed 127.0.0.1/32
            "http://[::ffff:7f00:2]:8080/"
        }) {
            // a user each: the limits allow three a minute
            assertThat(say(users.incrementAndGet(), "/summary " + link))
                    .as(link)
                    .isEqualTo(refused);
        }
    }

    @Test
    void explainsEachPageItCannotSummarize() {
        long user = users.incrementAndGet();

        assertThat(say(user, "/summary " + pages.url("/report.pdf")))
                .isEqualTo("هذا الرابط لا يؤدي إلى صفحة ويب، بل إلى ملف من نوع آخر، فلا أستطيع تلخيصه.");
        assertThat(say(user, "/summary " + pages.url("/gone")))
                .isEqualTo("ردّ الموقع بخطأ (الرمز 404)، فلم أستطع قراءة الصفحة. تأكد من الرابط وحاول مرة أخرى.");
        assertThat(say(users.incrementAndGet(), "/summary ftp://example.org/file"))
                .isEqualTo("«ftp://example.org/file» ليس رابطاً لصفحة ويب. أرسل رابطاً يبدأ بـ https:// أو http://،"
                        + " مثل: <code>/summary https://www.example.com/news/123</code>");
        assertThat(say(users.incrementAndGet(), "/summary")).startsWith("أرسل بعد الأمر رابط الخبر");
    }

    @Test
    void aUserMayAskForThreeAMinuteAndFiveADay() {
        long user = users.incrementAndGet();
        String link = "/summary " + pages.url("/weather");
        for (int i = 0; i < 3; i++) {
            assertThat(say(user, link)).startsWith("<b><a href=");
        }
        assertThat(say(user, link))
                .isEqualTo("بلغتَ الحد الأقصى لطلبات التلخيص في الدقيقة (3). حاول مرة أخرى بعد دقيقة.");

        clock.advance(Duration.ofMinutes(2));
        assertThat(say(user, link)).startsWith("<b><a href=");
        assertThat(say(user, link)).startsWith("<b><a href=");
        assertThat(say(user, link))
                .isEqualTo("بلغتَ الحد الأقصى لطلبات التلخيص في اليوم (5). يمكنك المتابعة غداً، وتبقى الأخبار المحفوظة"
                        + " في متناولك عبر /latest و/search.");
        assertThat(say(users.incrementAndGet(), link)).startsWith("<b><a href=");
    }

    private static String say(long user, String text) {
        int before = telegram.messagesTo(user).size();
        telegram.sendUserMessage(user, user, text);
        return telegram.awaitMessages(user, before + 1, PATIENCE).get(before).text();
    }
}
