package talkwatch.bot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import talkwatch.Application;
import talkwatch.Stores;
import talkwatch.fake.FakeBotApi;
import talkwatch.fake.FakeChat;
import talkwatch.fake.SentMessage;
import talkwatch.feed.Article;
import talkwatch.rhythm.Digest;
import talkwatch.rhythm.QuietHours;
import talkwatch.store.ChatSettings;
import talkwatch.store.NewArticle;
import talkwatch.store.Storage;
import talkwatch.testing.BotConfig;
import talkwatch.testing.Closer;
import talkwatch.testing.TestDatabase;

/** /settings, /digest, /quiet, /timezone and the settings buttons, against the running bot and a fake Bot API. */
@ParameterizedClass
@EnumSource(TestDatabase.class)
class SettingsConversationTest {

    @Parameter
    TestDatabase kind;

    @RegisterExtension
    final Closer closer = new Closer();

    private static Storage storage;

    private static final Duration PATIENCE = Duration.ofSeconds(10);
    private static final AtomicLong users = new AtomicLong(7000);

    @TempDir
    static Path dir;

    private static FakeBotApi telegram;
    private static Application application;

    @BeforeParameterizedClassInvocation
    static void start(TestDatabase kind) throws Exception {
        storage = kind.create(dir);
        telegram = new FakeBotApi().start();
        application = Application.start(BotConfig.against(telegram, dir, storage));
    }

    @AfterParameterizedClassInvocation
    static void stop() throws Exception {
        if (application != null) {
            application.close();
            application = null;
        }
        if (telegram != null) {
            telegram.close();
            telegram = null;
        }
    }

    @Test
    void showsTheDefaultsWithAButtonForEachSetting() {
        SentMessage settings = ask(users.incrementAndGet(), "/settings");

        assertThat(settings.text())
                .isEqualTo("⚙️ <b>إعدادات هذه المحادثة</b>\n"
                        + "• الإيقاع: كل خبر فور نشره\n"
                        + "• ساعات الهدوء: غير مفعّلة\n"
                        + "• المنطقة الزمنية: \u2068UTC\u2069 (غرينتش)\n"
                        + "• معاينة الروابط: معطّلة\n\n"
                        + "اضغط على الأزرار لتغييرها، أو أرسل مثلاً: <code>/digest 08:00</code> أو <code>/quiet"
                        + " 23:00-07:00</code> أو <code>/timezone Asia/Damascus</code>");
        assertThat(buttons(settings))
                .containsExactly("🗓 الإيقاع", "🌙 ساعات الهدوء", "🕰 المنطقة الزمنية", "🔗 معاينة الروابط: معطّلة");
    }

    @Test
    void buttonsOpenTheChoicesInPlaceAndStoreTheOneChosen() {
        long user = users.incrementAndGet();
        SentMessage settings = ask(user, "/settings");

        telegram.pressButton(user, user, settings.messageId(), "set:" + user + ":m:z");
        SentMessage zones = awaitEdit(user, 1);
        assertThat(buttons(zones)).startsWith("دمشق", "بيروت", "عمّان").contains("القاهرة", "برلين", "↩️ رجوع");

        telegram.pressButton(user, user, settings.messageId(), "set:" + user + ":z:Asia/Damascus");
        SentMessage chosen = awaitEdit(user, 2);
        assertThat(chosen.text()).contains("• المنطقة الزمنية: دمشق: \u2068Asia/Damascus\u2069 (غرينتش\u2068+3\u2069)");
        assertThat(buttons(chosen)).contains("🗓 الإيقاع");

        telegram.pressButton(user, user, settings.messageId(), "set:" + user + ":m:r");
        assertThat(buttons(awaitEdit(user, 3)))
                .startsWith("✅ ⚡ فوري", "يومياً 06:00")
                .contains("كل ساعة", "كل ساعتين", "كل 3 ساعات", "كل 12 ساعة");
        telegram.pressButton(user, user, settings.messageId(), "set:" + user + ":d:every 12h");
        assertThat(awaitEdit(user, 4).text()).contains("• الإيقاع: موجز كل 12 ساعة");

        telegram.pressButton(user, user, settings.messageId(), "set:" + user + ":m:q");
        assertThat(buttons(awaitEdit(user, 5))).contains("23:00–07:00", "✅ بلا ساعات هدوء");
        telegram.pressButton(user, user, settings.messageId(), "set:" + user + ":q:23:00-07:00");
        assertThat(awaitEdit(user, 6).text())
                .contains("• ساعات الهدوء: من 23:00 إلى 07:00، تصل فيها الأخبار دون تنبيه");

        telegram.pressButton(user, user, settings.messageId(), "set:" + user + ":p:1");
        assertThat(awaitEdit(user, 7).text()).contains("• معاينة الروابط: مفعّلة");

        assertThat(settingsOf(user))
                .isEqualTo(new ChatSettings(
                        Optional.of(new Digest.Every(12)),
                        Optional.of(new QuietHours(LocalTime.of(23, 0), LocalTime.of(7, 0))),
                        Optional.of(ZoneId.of("Asia/Damascus")),
                        true,
                        settingsOf(user).rhythmSince()));
        assertThat(telegram.calls("answerCallbackQuery"))
                .anyMatch(call -> call.path("text").asText().equals("تم الحفظ"));
    }

    @Test
    void answersBadInputWithAnExampleAndChangesNothing() {
        long user = users.incrementAndGet();

        assertThat(say(user, "/digest 25:99"))
                .isEqualTo("لم أفهم «25:99». اكتب وقتاً بين 00:00 و23:59، أو عدد ساعات يقسم اليوم (1 أو 2 أو 3 أو 4"
                        + " أو 6 أو 8 أو 12)، مثل: <code>/digest 08:00</code> أو <code>/digest every 6h</code> أو"
                        + " <code>/digest off</code>");
        assertThat(say(user, "/digest every 5h")).startsWith("لم أفهم «every 5h».");
        assertThat(say(user, "/quiet nonsense"))
                .isEqualTo("لم أفهم «nonsense». اكتب بداية ساعات الهدوء ونهايتها بنظام 24 ساعة، مثل: <code>/quiet"
                        + " 23:00-07:00</code>، أو <code>/quiet off</code> لإلغائها.");
        assertThat(say(user, "/quiet 23:00-23:00")).startsWith("لم أفهم «23:00-23:00».");
        assertThat(say(user, "/timezone Mars/Olympus_Mons"))
                .isEqualTo("لا أعرف المنطقة الزمنية «Mars/Olympus_Mons». اكتب اسمها الدولي (المنطقة/المدينة)، مثل:"
                        + " <code>/timezone Asia/Damascus</code> أو <code>/timezone Europe/Berlin</code>، أو أرسل"
                        + " /settings لاختيارها بالأزرار.");
        assertThat(say(user, "/timezone <b>بلدي</b>")).startsWith("لا أعرف المنطقة الزمنية «&lt;b&gt;بلدي&lt;/b&gt;».");
        assertThat(say(user, "/digest")).startsWith("اختر إيقاع الأخبار:");
        assertThat(say(user, "/timezone")).endsWith("المنطقة الحالية: \u2068UTC\u2069 (غرينتش)");

        assertThat(settingsOf(user)).isEqualTo(ChatSettings.DEFAULTS);
    }

    @Test
    void readsTimesPeriodsAndZonesAsPeopleWriteThem() {
        long user = users.incrementAndGet();

        assertThat(say(user, "/timezone asia/beirut"))
                .startsWith("تم. صارت المنطقة الزمنية بيروت: \u2068Asia/Beirut\u2069");
        assertThat(say(user, "/timezone القاهرة"))
                .startsWith("تم. صارت المنطقة الزمنية القاهرة: \u2068Africa/Cairo\u2069");
        assertThat(say(user, "/digest كل ٣ ساعات")).startsWith("تم. سيصلك موجز كل 3 ساعات بتوقيت القاهرة،");
        assertThat(say(user, "/digest ٧:٣٠")).startsWith("تم. سيصلك موجز يومي في الساعة 07:30 بتوقيت القاهرة،");
        assertThat(say(user, "/quiet ٢٢:٠٠ - ٠٦:٠٠"))
                .startsWith("تم. ما يصل من ملخصات الأخبار والموجزات بين الساعة 22:00 والساعة 06:00");
        assertThat(say(user, "/quiet إيقاف")).isEqualTo("تم. ألغيت ساعات الهدوء: تصل الأخبار كلها بتنبيه.");

        assertThat(settingsOf(user).digest()).contains(new Digest.Daily(LocalTime.of(7, 30)));
        assertThat(settingsOf(user).quiet()).isEmpty();
    }

    @Test
    void inAGroupEveryoneSeesTheSettingsAndOnlyAdministratorsChangeThem() {
        long admin = users.incrementAndGet();
        long member = users.incrementAndGet();
        FakeChat group = FakeChat.group(-300_000_000L - admin, "متابعو المفاوضات");
        telegram.groupAdmins(group.id(), Set.of(admin));
        String adminsOnly = "في المجموعات والقنوات يغيّر الإعدادات مشرفوها وحدهم. اطلب ذلك من أحد المشرفين.";

        telegram.sendUserMessage(group, member, "/digest 08:00");
        assertThat(telegram.awaitMessages(group.id(), 1, PATIENCE).get(0).text())
                .isEqualTo(adminsOnly);
        telegram.sendUserMessage(group, member, "/settings");
        SentMessage settings = telegram.awaitMessages(group.id(), 2, PATIENCE).get(1);
        assertThat(settings.text()).startsWith("⚙️ <b>إعدادات هذه المحادثة</b>");
        telegram.pressButton(group.id(), member, settings.messageId(), "set:" + group.id() + ":p:1");
        await().atMost(PATIENCE)
                .until(() -> telegram.calls("answerCallbackQuery").stream()
                        .anyMatch(call -> call.path("text").asText().equals(adminsOnly)
                                && call.path("show_alert").asBoolean()));
        telegram.sendUserMessage(group, admin, "/quiet 23:00-07:00");
        assertThat(telegram.awaitMessages(group.id(), 3, PATIENCE).get(2).text())
                .startsWith("تم. ما يصل من ملخصات الأخبار");

        assertThat(settingsOf(group.id()).quiet()).isPresent();
        assertThat(settingsOf(group.id()).previews()).isFalse();
        assertThat(settingsOf(group.id()).digest()).isEmpty();
    }

    @Test
    void anAdministratorSetsAChannelsRhythmFromAPrivateChat() {
        long user = users.incrementAndGet();
        long channel = -1_008_000_000_000L - user;
        telegram.addChannel(channel, "peace_digest_" + user, Set.of(user), true);
        telegram.addChannel(-1_008_100_000_000L - user, "others_" + user, Set.of(1L), true);

        assertThat(say(user, "/digest @peace_digest_" + user + " 07:00"))
                .startsWith("تم. سيصلك موجز يومي في الساعة 07:00");
        SentMessage settings = ask(user, "/settings @peace_digest_" + user);
        assertThat(settings.text())
                .startsWith("⚙️ <b>إعدادات القناة @peace_digest_" + user + "</b>\n• الإيقاع: موجز يومي"
                        + " في الساعة 07:00");
        telegram.pressButton(user, user, settings.messageId(), "set:" + channel + ":p:1");
        assertThat(awaitEdit(user, 1).text())
                .startsWith("⚙️ <b>إعدادات القناة @peace_digest_" + user + "</b>")
                .contains("• معاينة الروابط: مفعّلة");
        assertThat(say(user, "/quiet @others_" + user + " 23:00-07:00"))
                .isEqualTo("لا يمكنك تغيير إعدادات القناة @others_" + user + " لأنك لست من مشرفيها.");

        assertThat(settingsOf(channel).previews()).isTrue();
        assertThat(settingsOf(user)).isEqualTo(ChatSettings.DEFAULTS);
        assertThat(settingsOf(-1_008_100_000_000L - user)).isEqualTo(ChatSettings.DEFAULTS);
    }

    @Test
    void withPreviewsOnTelegramShowsTheArticlesLinkAndOtherChatsStayAsTheyWere() {
        long reader = users.incrementAndGet();
        long other = users.incrementAndGet();
        SentMessage settings = ask(reader, "/settings");
        telegram.pressButton(reader, reader, settings.messageId(), "set:" + reader + ":p:1");
        awaitEdit(reader, 1);
        say(reader, "/subscribe جنيف");
        say(other, "/subscribe جنيف");

        closer.add(Stores.open(storage, Clock.systemUTC()))
                .articles()
                .save(new NewArticle(
                        new Article(
                                "test-news",
                                "preview-" + reader,
                                "https://example.org/preview-" + reader,
                                "جولة جديدة للجنة الدستورية في جنيف",
                                "نص",
                                Instant.now()),
                        "وكالة الاختبار",
                        List.of("geneva"),
                        List.of("تبدأ اللجنة الدستورية جولة جديدة في جنيف.")));

        SentMessage shown = telegram.awaitMessages(reader, 3, PATIENCE).get(2);
        assertThat(shown.text()).contains("جولة جديدة للجنة الدستورية");
        assertThat(shown.linkPreviewDisabled()).isFalse();
        assertThat(telegram.awaitMessages(other, 2, PATIENCE).get(1).linkPreviewDisabled())
                .isTrue();
    }

    /** The settings as stored: a fresh read of the database, as after a restart. */
    private ChatSettings settingsOf(long chatId) {
        try (Stores stores = Stores.open(storage, Clock.systemUTC())) {
            return stores.chatSettings().get(chatId);
        }
    }

    private static String say(long user, String text) {
        return ask(user, text).text();
    }

    private static SentMessage ask(long user, String text) {
        int before = telegram.messagesTo(user).size();
        telegram.sendUserMessage(user, user, text);
        return telegram.awaitMessages(user, before + 1, PATIENCE).get(before);
    }

    /** The {@code n}th edit of a message in the chat. */
    private static SentMessage awaitEdit(long chatId, int n) {
        await().atMost(PATIENCE)
                .until(() -> telegram.edits().stream()
                                .filter(e -> e.chatId() == chatId)
                                .count()
                        >= n);
        return telegram.edits().stream()
                .filter(e -> e.chatId() == chatId)
                .skip(n - 1)
                .findFirst()
                .orElseThrow();
    }

    private static List<String> buttons(SentMessage message) {
        return message.replyMarkup().orElseThrow().path("inline_keyboard").findValues("text").stream()
                .map(JsonNode::asText)
                .toList();
    }
}
