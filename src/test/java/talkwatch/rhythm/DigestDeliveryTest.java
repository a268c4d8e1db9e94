package talkwatch.rhythm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import talkwatch.Application;
import talkwatch.Stores;
import talkwatch.fake.FakeBotApi;
import talkwatch.fake.SentMessage;
import talkwatch.feed.Article;
import talkwatch.store.NewArticle;
import talkwatch.store.Storage;
import talkwatch.store.StoryNote;
import talkwatch.testing.BotConfig;
import talkwatch.testing.Closer;
import talkwatch.testing.TestClock;
import talkwatch.testing.TestDatabase;

/**
 * A chat's own rhythm with the whole bot, the real TelegramBots client and a fake Bot API: digests at the minute set,
 * quiet hours, the chat's clock across midnight and daylight saving. The clock is moved, never waited for.
 */
@ParameterizedClass
@EnumSource(TestDatabase.class)
class DigestDeliveryTest {

    @Parameter
    TestDatabase kind;

    @RegisterExtension
    final Closer closer = new Closer();

    private Storage storage;

    private static final Duration PATIENCE = Duration.ofSeconds(15);
    private static final long USER = 501;
    private static final String FSI = "\u2068";
    private static final String PDI = "\u2069";

    @TempDir
    Path dir;

    private FakeBotApi telegram;
    private TestClock clock;
    private Application application;
    private Stores stores;

    @BeforeEach
    void fake() throws Exception {
        storage = kind.create(dir);
        telegram = new FakeBotApi().start();
    }

    @AfterEach
    void stop() throws Exception {
        if (application != null) {
            application.close();
        }
        if (telegram != null) {
            telegram.close();
        }
    }

    @Test
    void aDailyDigestComesAtItsMinuteWithEveryStorySinceGroupedByTalks() throws Exception {
        start(Instant.parse("2026-11-30T03:00:00Z")); // 06:00 in Damascus
        say("/timezone Asia/Damascus");
        assertThat(say("/digest 08:00"))
                .isEqualTo("تم. سيصلك موجز يومي في الساعة 08:00 بتوقيت دمشق، يجمع في رسالة واحدة ما نُشر منذ الموجز"
                        + " السابق، ولا موجز إن لم يكن هناك جديد.\nللعودة إلى الإرسال الفوري أرسل <code>/digest"
                        + " off</code>");
        say("/subscribe");
        long first = save("a1", "انطلاق الجولة الثانية والعشرين من محادثات أستانا", "astana", "وكالة الاختبار");
        save("g1", "اللجنة الدستورية تستأنف اجتماعاتها في جنيف", "geneva", "وكالة الاختبار");
        save("a2", "وفد المعارضة يصل إلى أستانا", "astana", "وكالة الاختبار");
        repeat(first, "a1-sana", "بدء الجولة 22 من مفاوضات أستانا", "سانا");
        int before = telegram.messagesTo(USER).size();

        Instant eight = Instant.parse("2026-11-30T05:00:00Z");
        SentMessage digest = digestAt(eight, 3, before);
        assertThat(digest.text())
                .isEqualTo("🗞 <b>موجز الأخبار</b>\n" + FSI + "30" + PDI + " نوفمبر " + FSI + "2026" + PDI + "، " + FSI
                        + "08:00" + PDI + " (غرينتش" + FSI + "+3" + PDI + ")\n\n"
                        + "<b>محادثات أستانا</b>\n\n"
                        + "<b><a href=\"https://example.org/a1\">انطلاق الجولة الثانية والعشرين من محادثات"
                        + " أستانا</a></b>\n"
                        + "انطلقت الجولة الثانية والعشرون من محادثات أستانا بحضور الدول الضامنة.\n"
                        + "📰 وكالة الاختبار، سانا\n\n"
                        + "<b><a href=\"https://example.org/a2\">وفد المعارضة يصل إلى أستانا</a></b>\n"
                        + "وصل وفد المعارضة إلى أستانا بحضور الدول الضامنة.\n"
                        + "📰 وكالة الاختبار\n\n"
                        + "<b>محادثات جنيف</b>\n\n"
                        + "<b><a href=\"https://example.org/g1\">اللجنة الدستورية تستأنف اجتماعاتها في جنيف</a></b>\n"
                        + "استأنفت اللجنة الدستورية اجتماعاتها في جنيف بحضور الدول الضامنة.\n"
                        + "📰 وكالة الاختبار");
        assertThat(digest.silent()).isFalse();
        await().atMost(PATIENCE).until(() -> stores.outbox().pending() == 0);
        assertThat(sentMessageIds()).containsExactly((long) digest.messageId());

        // the next morning, with no news: no digest
        clock.advanceTo(eight.plus(Duration.ofDays(1)).plusSeconds(30));
        save("g2", "المبعوث الأممي يلتقي الوفدين في جنيف", "geneva", "وكالة الاختبار");
        awaitHeld(1, eight.plus(Duration.ofDays(2)));
        assertThat(telegram.messagesTo(USER)).hasSize(before + 1);
    }

    @Test
    void aStoryAndItsFollowUpAreOneEntryOfTheDigest() throws Exception {
        aStoryWithAFollowUpForADigestAtEight();
        int before = telegram.messagesTo(USER).size();

        String digest =
                digestAt(Instant.parse("2026-11-30T05:00:00Z"), 2, before).text();
        assertThat(digest)
                .contains("انطلاق الجولة الثانية والعشرين من محادثات أستانا")
                .contains("📰 وكالة الاختبار، عنب بلدي")
                .doesNotContain("وفد المعارضة يصل");
        await().atMost(PATIENCE).until(() -> stores.outbox().pending() == 0);
        assertThat(telegram.messagesTo(USER)).hasSize(before + 1);
    }

    @Test
    void aFollowUpWhoseNewsASecondOutletToldIsOneEntryWithThatStory() throws Exception {
        long followUp = aStoryWithAFollowUpForADigestAtEight();
        stores.articles()
                .save(
                        article("b1", "وفد المعارضة السورية في أستانا", "astana", "الجزيرة"),
                        StoryNote.newStory("signature-b1", followUp));
        int before = telegram.messagesTo(USER).size();

        String digest =
                digestAt(Instant.parse("2026-11-30T05:00:00Z"), 3, before).text();
        assertThat(digest)
                .contains("📰 وكالة الاختبار\n")
                .contains("وفد المعارضة يصل إلى أستانا للمشاركة في الجولة")
                .contains("📰 عنب بلدي، الجزيرة")
                .doesNotContain("وفد المعارضة السورية في أستانا");
    }

    @Test
    void aDigestDueWhileTheBotWasDownComesOnceWhenItIsBack() throws Exception {
        start(Instant.parse("2026-11-30T03:00:00Z"));
        say("/timezone Asia/Damascus");
        say("/digest 08:00");
        say("/subscribe");
        save("a1", "انطلاق الجولة الثانية والعشرين من محادثات أستانا", "astana", "وكالة الاختبار");
        awaitHeld(1, Instant.parse("2026-11-30T05:00:00Z"));
        int before = telegram.messagesTo(USER).size();
        application.close();

        clock.advanceTo(Instant.parse("2026-11-30T09:00:00Z")); // noon: the 08:00 digest was missed
        application = Application.start(BotConfig.against(telegram, dir, storage), clock);

        SentMessage digest = telegram.awaitMessages(USER, before + 1, PATIENCE).get(before);
        assertThat(digest.text()).startsWith("🗞 <b>موجز الأخبار</b>").contains("انطلاق الجولة الثانية والعشرين");
        save("a2", "وفد المعارضة يصل إلى أستانا", "astana", "وكالة الاختبار");
        awaitHeld(1, Instant.parse("2026-12-01T05:00:00Z")); // tomorrow's, not the missed one again
        application.close();
        application = Application.start(BotConfig.against(telegram, dir, storage), clock);
        awaitHeld(1, Instant.parse("2026-12-01T05:00:00Z"));
        assertThat(telegram.messagesTo(USER)).hasSize(before + 1);
    }

    @Test
    void keepsTheChatsLocalTimeAcrossTheChangeToSummerTime() throws Exception {
        // Berlin moves its clocks forward at 01:00 UTC on 29 March 2026: 08:00 is then 06:00 UTC, not 07:00
        start(Instant.parse("2026-03-28T23:00:00Z"));
        say("/timezone Europe/Berlin");
        say("/digest 08:00");
        say("/subscribe");
        save("a1", "انطلاق الجولة الثانية والعشرين من محادثات أستانا", "astana", "وكالة الاختبار");
        int before = telegram.messagesTo(USER).size();

        assertThat(digestAt(Instant.parse("2026-03-29T06:00:00Z"), 1, before).text())
                .startsWith("🗞 <b>موجز الأخبار</b>\n" + FSI + "29" + PDI + " مارس " + FSI + "2026" + PDI + "، " + FSI
                        + "08:00" + PDI + " (غرينتش" + FSI + "+2" + PDI + ")");
    }

    @Test
    void messagesInTheQuietHoursOfTheChatsNightArriveSilently() throws Exception {
        // 21:30 UTC on the 30th: still the 30th in London, already 00:30 on 1 December in Damascus
        start(Instant.parse("2026-11-30T21:30:00Z"));
        say("/timezone Asia/Damascus");
        assertThat(say("/quiet 23:00-07:00"))
                .isEqualTo(
                        "تم. ما يصل من ملخصات الأخبار والموجزات بين الساعة 23:00 والساعة 07:00 بتوقيت دمشق يصل دون تنبيه، ولا"
                                + " يُؤخَّر منه شيء.\nلإلغاء ساعات الهدوء أرسل <code>/quiet off</code>");
        say("/subscribe");
        long other = USER + 1;
        telegram.sendUserMessage(other, other, "/subscribe");
        telegram.awaitMessages(other, 1, PATIENCE);
        int before = telegram.messagesTo(USER).size();

        save("a1", "انطلاق الجولة الثانية والعشرين من محادثات أستانا", "astana", "وكالة الاختبار");

        SentMessage night = telegram.awaitMessages(USER, before + 1, PATIENCE).get(before);
        assertThat(night.silent()).isTrue();
        assertThat(night.text())
                .contains(FSI + "1" + PDI + " ديسمبر " + FSI + "2026" + PDI + "، " + FSI
                        + "00:30"); // on the chat's clock
        assertThat(telegram.awaitMessages(other, 2, PATIENCE).get(1).silent()).isFalse();

        clock.advanceTo(Instant.parse("2026-12-01T09:00:00Z")); // noon in Damascus
        save("a2", "وفد المعارضة يصل إلى أستانا", "astana", "وكالة الاختبار");
        assertThat(telegram.awaitMessages(USER, before + 2, PATIENCE)
                        .get(before + 1)
                        .silent())
                .isFalse();
    }

    @Test
    void backToInstantTheSummariesThatWaitedComeAtOnce() throws Exception {
        start(Instant.parse("2026-11-30T03:00:00Z"));
        say("/digest every 6h");
        say("/subscribe");
        save("a1", "انطلاق الجولة الثانية والعشرين من محادثات أستانا", "astana", "وكالة الاختبار");
        awaitHeld(1, Instant.parse("2026-11-30T06:00:00Z"));
        int before = telegram.messagesTo(USER).size();

        assertThat(say("/digest off")).isEqualTo("تم. سيصلك كل خبر فور نشره.");

        SentMessage summary = telegram.awaitMessages(USER, before + 2, PATIENCE).get(before + 1);
        assertThat(summary.text()).startsWith("<b><a href=\"https://example.org/a1\">انطلاق الجولة");
    }

    /**
     * A user in Damascus who takes a digest at eight, and the round's opening with a follow-up of another outlet; returns
     * the follow-up's article id.
     */
    private long aStoryWithAFollowUpForADigestAtEight() throws Exception {
        start(Instant.parse("2026-11-30T03:00:00Z"));
        say("/timezone Asia/Damascus");
        say("/digest 08:00");
        say("/subscribe");
        long story = save("a1", "انطلاق الجولة الثانية والعشرين من محادثات أستانا", "astana", "وكالة الاختبار");
        stores.articles()
                .save(
                        article("a1-enab", "وفد المعارضة يصل إلى أستانا للمشاركة في الجولة", "astana", "عنب بلدي"),
                        StoryNote.followUp("signature-a1-enab", story));
        return stores.articles().lastStoryReport();
    }

    private void start(Instant at) throws Exception {
        clock = TestClock.ticking(at);
        application = Application.start(BotConfig.against(telegram, dir, storage), clock);
        stores = closer.add(Stores.open(storage, clock));
    }

    private String say(String text) {
        int before = telegram.messagesTo(USER).size();
        telegram.sendUserMessage(USER, USER, text);
        return telegram.awaitMessages(USER, before + 1, PATIENCE).get(before).text();
    }

    /** Saves a new story of one talk; returns its article id. */
    private long save(String key, String title, String topic, String outlet) {
        NewArticle article = article(key, title, topic, outlet);
        stores.articles().save(article, StoryNote.newStory("signature-" + key));
        return stores.articles().latest(Optional.empty(), 50).stream()
                .filter(stored -> stored.link().endsWith("/" + key))
                .findFirst()
                .orElseThrow()
                .id();
    }

    /** Another outlet's report of the story {@code storyId}: named under it, never sent on its own. */
    private void repeat(long storyId, String key, String title, String outlet) {
        stores.articles()
                .save(article(key, title, "astana", outlet), StoryNote.repeat("signature-" + key, storyId, storyId));
    }

    private NewArticle article(String key, String title, String topic, String outlet) {
        String sentence = title.startsWith("انطلاق")
                ? "انطلقت الجولة الثانية والعشرون من محادثات أستانا بحضور الدول الضامنة."
                : title.startsWith("وفد")
                        ? "وصل وفد المعارضة إلى أستانا بحضور الدول الضامنة."
                        : title.startsWith("اللجنة")
                                ? "استأنفت اللجنة الدستورية اجتماعاتها في جنيف بحضور الدول الضامنة."
                                : title + ".";
        return new NewArticle(
                new Article("test-news", key, "https://example.org/" + key, title, sentence, clock.instant()),
                outlet,
                List.of(topic),
                List.of(sentence));
    }

    /** Waits until the delivery loop has put {@code count} summaries of the user aside until {@code until}. */
    /**
     * The digest due at {@code at}, once {@code held} deliveries wait for it: the clock moves there and the message
     * after the {@code before} the user had is returned.
     */
    private SentMessage digestAt(Instant at, int held, int before) {
        awaitHeld(held, at);
        clock.advanceTo(at);
        return telegram.awaitMessages(USER, before + 1, PATIENCE).get(before);
    }

    private void awaitHeld(int count, Instant until) {
        await().atMost(PATIENCE).until(() -> heldUntil(until) == count);
    }

    private int heldUntil(Instant until) throws Exception {
        try (Connection db = TestDatabase.connect(storage);
                PreparedStatement select = db.prepareStatement("SELECT COUNT(*) FROM delivery WHERE chat_id = ?"
                        + " AND status = 'pending' AND next_attempt_at = ?")) {
            select.setLong(1, USER);
            select.setLong(2, until.toEpochMilli());
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? rows.getInt(1) : 0;
            }
        }
    }

    private List<Long> sentMessageIds() throws Exception {
        try (Connection db = TestDatabase.connect(storage);
                PreparedStatement select = db.prepareStatement(
                        "SELECT DISTINCT message_id FROM delivery WHERE chat_id = ? AND status = 'sent'")) {
            select.setLong(1, USER);
            List<Long> ids = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                }
            }
            return ids;
        }
    }
}
