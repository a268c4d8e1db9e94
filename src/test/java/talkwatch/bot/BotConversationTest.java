package talkwatch.bot;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
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
import talkwatch.store.NewArticle;
import talkwatch.store.Storage;
import talkwatch.testing.BotConfig;
import talkwatch.testing.TestDatabase;

/** Conversations with the running bot through the real TelegramBots client and a fake Bot API, on either database. */
@ParameterizedClass
@EnumSource(TestDatabase.class)
class BotConversationTest {

    @Parameter
    TestDatabase kind;

    private static final Duration PATIENCE = Duration.ofSeconds(10);
    private static final AtomicLong users = new AtomicLong(1000);

    @TempDir
    static Path dir;

    private static FakeBotApi telegram;
    private static Application application;
    private static Stores stores;

    @BeforeParameterizedClassInvocation
    static void start(TestDatabase kind) throws Exception {
        telegram = new FakeBotApi().start();
        Storage storage = kind.create(dir);
        application = Application.start(BotConfig.against(telegram, dir, storage));
        stores = Stores.open(storage, Clock.systemUTC());
    }

    @AfterParameterizedClassInvocation
    static void stop() throws Exception {
        if (application != null) {
            application.close();
            stores.close();
        }
        if (telegram != null) {
            telegram.close();
        }
        application = null;
        telegram = null;
    }

    @Test
    void helpListsEveryCommandWithAnArabicExample() {
        String help = say(users.incrementAndGet(), "/help");

        assertThat(help)
                .contains(
                        "/subscribe",
                        "/unsubscribe",
                        "/topics",
                        "/latest",
                        "/search",
                        "<code>/subscribe أستانا</code>",
                        "<code>/summary https://www.example.com/news/123</code>",
                        "<code>/digest 08:00</code>",
                        "<code>/quiet 23:00-07:00</code>",
                        "<code>/timezone Asia/Damascus</code>",
                        "<code>@talkwatch_fake_bot كلمات</code>");
    }

    @Test
    void setsTheCommandMenuInArabicOnceAtStartUp() {
        assertThat(telegram.calls("setMyCommands")).singleElement().satisfies(call -> {
            assertThat(call.path("commands").findValuesAsText("command"))
                    .containsExactly(
                            "latest",
                            "topics",
                            "subscribe",
                            "unsubscribe",
                            "search",
                            "summary",
                            "settings",
                            "digest",
                            "quiet",
                            "timezone",
                            "help");
            assertThat(call.path("commands").findValuesAsText("description"))
                    .contains("آخر الملخصات", "البحث في الأخبار المحفوظة")
                    .allSatisfy(description -> assertThat(description).containsPattern("[\\u0621-\\u064A]{3}"));
        });
    }

    @Test
    void searchFindsStoredSummariesByAnyFormOfTheirWords() {
        // older than what the /latest test saves: the tests share one store
        save("s1", "الدول الضامنة تبحث ملف المعتقلين في أستانا", "astana", "2026-10-05T10:00:00Z");
        save("s2", "جولة جديدة لتبادل المعتقلين بين الطرفين", "astana", "2026-10-06T10:00:00Z");
        save("s3", "دي ميستورا يدعو إلى اجتماع في جنيف", "geneva", "2026-10-07T10:00:00Z");
        long user = users.incrementAndGet();

        String found = say(user, "/search معتقلين");

        assertThat(found).startsWith("<b>نتائج البحث عن «معتقلين»</b>");
        assertThat(found.indexOf("جولة جديدة لتبادل المعتقلين")).isLessThan(found.indexOf("الدول الضامنة تبحث"));
        assertThat(found).doesNotContain("دي ميستورا");
        assertThat(say(user, "/search تبادل المعتقلين"))
                .contains("جولة جديدة لتبادل المعتقلين")
                .doesNotContain("الدول الضامنة تبحث");
        assertThat(say(user, "/search <b>سوتشي</b>"))
                .isEqualTo("لم أجد في الأخبار المحفوظة خبراً يتضمن «&lt;b&gt;سوتشي&lt;/b&gt;».\n"
                        + "جرّب كلمات أقل أو أعم، أو أرسل /latest لقراءة آخر الأخبار.");
        assertThat(say(user, "/search")).startsWith("اكتب بعد الأمر ما تبحث عنه");
        assertThat(say(user, "/search محادثات السلام السورية في أستانا وجنيف وسوتشي بين الحكومة والمعارضة"))
                .isEqualTo("اكتب كلمات البحث الأهم فقط، 8 كلمات على الأكثر، مثل: <code>/search تبادل المعتقلين</code>");
    }

    @Test
    void answersEveryOddCommandInArabicWithTelegramValidHtml() {
        List<String> odd = List.of(
                "/latest ٠",
                "/latest -1",
                "/latest 99999999999999999999",
                "/latest أستانا جنيف",
                "/latest <b>أستانا</b>",
                "/subscribe <script>",
                "/subscribe @",
                "/subscribe \u200fأستانا\u200e",
                "/unsubscribe &amp; جنيف",
                "/search \"\"",
                "/search " + "مفاوضات ".repeat(600),
                "/latest " + "جولة ".repeat(800),
                "/unsubscribe " + "x".repeat(4000),
                "/subscribe @" + "a".repeat(4000),
                "/topics extra words",
                "/help me",
                "/START",
                "/status");
        for (String text : odd) {
            // a user each: one user typing this fast would wait a second per answer (Telegram's limit per chat)
            long user = users.incrementAndGet();
            SentMessage answer = ask(user, text);
            // the fake answers 400 to HTML Telegram would refuse; the answer would then come again as plain text
            assertThat(answer.parseMode()).as(text).contains("HTML");
            assertThat(answer.text())
                    .as(text)
                    .containsPattern("[\\u0621-\\u064A]{3}")
                    .doesNotContain("Exception", "null", "<script>");
        }
    }

    @Test
    void subscribesByAnySpellingAndUnsubscribes() {
        long user = users.incrementAndGet();

        assertThat(say(user, "/subscribe استانة")).startsWith("تم اشتراكك في: محادثات أستانا.");
        assertThat(say(user, "/subscribe"))
                .isEqualTo("تم اشتراكك في: محادثات جنيف.\nستصلك ملخصات الأخبار الجديدة فور نشرها.\n"
                        + "أنت مشترك مسبقاً في: محادثات أستانا.");
        assertThat(stores.subscriptions().topicsOf(user)).containsExactly("astana", "geneva");

        assertThat(say(user, "/unsubscribe جنيف")).isEqualTo("تم إلغاء اشتراكك في: محادثات جنيف.");
        assertThat(say(user, "/unsubscribe")).isEqualTo("تم إلغاء اشتراكك في: محادثات أستانا.");
        assertThat(say(user, "/unsubscribe")).startsWith("لست مشتركاً في أي محادثات.");
    }

    @Test
    void namesAnUnknownTopicAndTheKnownOnes() {
        String reply = say(users.incrementAndGet(), "/subscribe <موسكو>");

        assertThat(reply).startsWith("لم أتعرّف على «&lt;موسكو&gt;».").contains("محادثات أستانا (<code>astana</code>)");
    }

    @Test
    void topicButtonsToggleTheSubscription() {
        long user = users.incrementAndGet();
        telegram.sendUserMessage(user, user, "/topics");
        SentMessage topics = telegram.awaitMessages(user, 1, PATIENCE).get(0);
        assertThat(buttonTexts(topics.replyMarkup().orElseThrow()))
                .containsExactly("➕ محادثات أستانا", "➕ محادثات جنيف");

        telegram.pressButton(user, user, topics.messageId(), "topic:geneva");

        org.awaitility.Awaitility.await()
                .atMost(PATIENCE)
                .until(() -> telegram.edits().stream().anyMatch(edit -> edit.chatId() == user));
        assertThat(stores.subscriptions().topicsOf(user)).containsExactly("geneva");
        SentMessage edited = telegram.edits().stream()
                .filter(e -> e.chatId() == user)
                .findFirst()
                .orElseThrow();
        assertThat(buttonTexts(edited.replyMarkup().orElseThrow()))
                .containsExactly("➕ محادثات أستانا", "✅ محادثات جنيف");
        assertThat(telegram.calls("answerCallbackQuery"))
                .anyMatch(call -> call.path("text").asText().equals("تم الاشتراك في محادثات جنيف"));
    }

    @Test
    void latestShowsTheNewestSummariesOfATopic() {
        save("a1", "انطلاق الجولة الأولى في أستانا", "astana", "2026-11-01T10:00:00Z");
        save("a2", "اختتام الجولة الثانية في أستانا", "astana", "2026-11-02T10:00:00Z");
        save("g1", "اجتماع اللجنة الدستورية في جنيف", "geneva", "2026-11-03T10:00:00Z");
        long user = users.incrementAndGet();

        String latest = say(user, "/latest أستانا ٢");

        assertThat(latest).startsWith("<b>آخر الأخبار</b> (محادثات أستانا)");
        assertThat(latest.indexOf("اختتام الجولة الثانية")).isLessThan(latest.indexOf("انطلاق الجولة الأولى"));
        assertThat(latest).doesNotContain("اللجنة الدستورية");
        assertThat(say(user, "/latest 50")).isEqualTo("العدد يجب أن يكون بين 1 و10، مثل: <code>/latest 5</code>");
    }

    @Test
    void latestSendsAllItWasAskedForInAsManyMessagesAsItTakesAndWaitsOutFloodControl() {
        String sentence = "وقال المبعوث الأممي إن الوفدين ناقشا في جنيف جدول أعمال الجولة المقبلة من اجتماعات اللجنة"
                + " الدستورية وآليات عملها، مؤكداً أن التقدم ما زال بطيئاً لكنه ممكن إذا توافرت الإرادة السياسية";
        List<String> ordinals = List.of(
                "الأول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع", "العاشر");
        for (int i = 1; i <= 10; i++) {
            String title = "الاجتماع " + ordinals.get(i - 1) + " في جنيف حول الدستور";
            // old news: kept for /latest, sent to nobody (the other tests' subscribers must not get these)
            stores.articles()
                    .save(new NewArticle(
                            new Article(
                                    "test-news",
                                    "long-" + i,
                                    "https://example.org/long-" + i,
                                    title,
                                    sentence,
                                    Instant.parse("2026-12-01T10:00:00Z").plusSeconds(60L * i)),
                            "وكالة الاختبار",
                            List.of("geneva"),
                            List.of(sentence + " " + i + ".", sentence + ".", sentence + "."),
                            true));
        }
        long user = users.incrementAndGet();
        // Telegram's flood control on the answer: it is sent once the wait is over, not lost
        telegram.failNextWithRetryAfter("sendMessage", 1);
        int refusedBefore = telegram.tooManyRequestsSent();

        telegram.sendUserMessage(user, user, "/latest جنيف 10");

        org.awaitility.Awaitility.await()
                .atMost(PATIENCE)
                .until(() -> telegram.messagesTo(user).stream()
                        .map(SentMessage::text)
                        .anyMatch(text -> text.contains("الاجتماع الأول في جنيف")));
        List<String> messages =
                telegram.messagesTo(user).stream().map(SentMessage::text).toList();
        assertThat(messages).hasSizeGreaterThan(1);
        assertThat(telegram.tooManyRequestsSent()).isEqualTo(refusedBefore + 1);
        assertThat(messages.get(0)).startsWith("<b>آخر الأخبار</b> (محادثات جنيف)");
        String all = String.join("\n", messages);
        for (int i = 9; i > 0; i--) {
            assertThat(all.indexOf("الاجتماع " + ordinals.get(i) + " في"))
                    .isNotNegative()
                    .isLessThan(all.indexOf("الاجتماع " + ordinals.get(i - 1) + " في"));
        }
    }

    @Test
    void answersStrayTextAndUnknownCommandsWithAHint() {
        long user = users.incrementAndGet();

        assertThat(say(user, "مرحبا، ما الجديد؟")).contains("/help");
        assertThat(say(user, "/weather")).isEqualTo("لم أفهم هذا الأمر. أرسل /help لعرض الأوامر المتاحة.");
    }

    @Test
    void greetsAGroupThatAddsItAndStopsAtOnceWhenRemovedKeepingTheSubscriptionsForItsReturn() {
        long user = users.incrementAndGet();
        FakeChat group = FakeChat.supergroup(-100_000_000_000L - user, "متابعو المفاوضات");
        telegram.groupAdmins(group.id(), Set.of(user));

        telegram.addBot(group, user);

        String greeting = telegram.awaitMessages(group.id(), 1, PATIENCE).get(0).text();
        assertThat(greeting)
                .startsWith("شكراً لإضافتي إلى المجموعة.")
                .contains("محادثات أستانا، محادثات جنيف", "/subscribe", "/topics", "/latest");
        telegram.sendUserMessage(group, user, "/subscribe أستانا");
        telegram.awaitMessages(group.id(), 2, PATIENCE);

        telegram.removeBot(group, user);

        org.awaitility.Awaitility.await()
                .atMost(PATIENCE)
                .until(() -> !stores.subscriptions().isActive(group.id()));
        assertThat(stores.subscriptions().topicsOf(group.id())).containsExactly("astana");

        telegram.addBot(group, user);

        assertThat(telegram.awaitMessages(group.id(), 3, PATIENCE).get(2).text())
                .isEqualTo("شكراً لإعادتي إلى المجموعة. ستصلها من جديد ملخصات أخبار: محادثات أستانا.\n"
                        + "لإيقافها يرسل أحد المشرفين /unsubscribe");
        assertThat(stores.subscriptions().isActive(group.id())).isTrue();
    }

    @Test
    void followsAGroupThatBecomesASupergroup() {
        long user = users.incrementAndGet();
        FakeChat group = FakeChat.group(-user, "متابعو محادثات جنيف");
        telegram.groupAdmins(group.id(), Set.of(user));
        telegram.sendUserMessage(group, user, "/subscribe جنيف");
        telegram.awaitMessages(group.id(), 1, PATIENCE);
        long supergroup = -100_000_000_000L - user;

        telegram.upgradeToSupergroup(group, supergroup, user);

        org.awaitility.Awaitility.await()
                .atMost(PATIENCE)
                .until(() -> stores.subscriptions().topicsOf(supergroup).contains("geneva"));
        assertThat(stores.subscriptions().isActive(supergroup)).isTrue();
        assertThat(stores.subscriptions().isActive(group.id())).isFalse();
        assertThat(stores.subscriptions().topicsOf(group.id())).isEmpty();
    }

    @Test
    void aUserWhoBlocksTheBotIsNoLongerSentAnything() {
        long user = users.incrementAndGet();
        say(user, "/subscribe جنيف");
        assertThat(stores.subscriptions().isActive(user)).isTrue();

        telegram.blockBot(user);

        org.awaitility.Awaitility.await()
                .atMost(PATIENCE)
                .until(() -> !stores.subscriptions().isActive(user));
        assertThat(stores.subscriptions().topicsOf(user)).containsExactly("geneva");
        assertThat(telegram.messagesTo(user)).hasSize(1);
    }

    @Test
    void inAGroupAnswersOnlyCommandsForThisBot() {
        long user = users.incrementAndGet();
        FakeChat group = FakeChat.supergroup(-100_000_000_000L - user, "متابعو المفاوضات");
        telegram.groupAdmins(group.id(), Set.of(user));

        telegram.sendUserMessage(group, user, "صباح الخير للجميع");
        telegram.sendUserMessage(group, user, "/subscribe@another_bot جنيف");
        telegram.sendUserMessage(group, user, "/subscribe@talkwatch_fake_bot جنيف");

        List<SentMessage> replies = telegram.awaitMessages(group.id(), 1, PATIENCE);
        assertThat(replies.get(0).text()).startsWith("تم اشتراكك في: محادثات جنيف.");
        assertThat(stores.subscriptions().topicsOf(group.id())).containsExactly("geneva");
        org.awaitility.Awaitility.await().pollDelay(Duration.ofMillis(300)).until(() -> true);
        assertThat(telegram.messagesTo(group.id())).hasSize(1);
    }

    @Test
    void inAGroupOnlyAdministratorsChangeTheSubscriptionsAndEveryoneReads() {
        long admin = users.incrementAndGet();
        long member = users.incrementAndGet();
        FakeChat group = FakeChat.group(-200_000_000L - admin, "قراء الأخبار");
        telegram.groupAdmins(group.id(), Set.of(admin));
        String adminsOnly = "في المجموعات يغيّر الاشتراك مشرفو المجموعة وحدهم. اطلب ذلك من أحد المشرفين، أو اشترك في"
                + " محادثتك الخاصة معي.";

        telegram.sendUserMessage(group, member, "/subscribe جنيف");
        assertThat(telegram.awaitMessages(group.id(), 1, PATIENCE).get(0).text())
                .isEqualTo(adminsOnly);
        telegram.sendUserMessage(group, admin, "/subscribe جنيف");
        assertThat(telegram.awaitMessages(group.id(), 2, PATIENCE).get(1).text())
                .startsWith("تم اشتراكك في: محادثات جنيف.");
        telegram.sendUserMessage(group, member, "/unsubscribe");
        assertThat(telegram.awaitMessages(group.id(), 3, PATIENCE).get(2).text())
                .isEqualTo(adminsOnly);
        telegram.sendAnonymousAdminMessage(group, "/subscribe أستانا");
        assertThat(telegram.awaitMessages(group.id(), 4, PATIENCE).get(3).text())
                .startsWith("تم اشتراكك في: محادثات أستانا.");
        telegram.sendUserMessage(group, member, "/topics");
        SentMessage topics = telegram.awaitMessages(group.id(), 5, PATIENCE).get(4);
        telegram.pressButton(group.id(), member, topics.messageId(), "topic:geneva");
        org.awaitility.Awaitility.await()
                .atMost(PATIENCE)
                .until(() -> telegram.calls("answerCallbackQuery").stream()
                        .anyMatch(call -> call.path("text").asText().equals(adminsOnly)
                                && call.path("show_alert").asBoolean()));
        telegram.sendUserMessage(group, member, "/latest");
        assertThat(telegram.awaitMessages(group.id(), 6, PATIENCE).get(5).text())
                .doesNotContain(adminsOnly);

        assertThat(stores.subscriptions().topicsOf(group.id())).containsExactlyInAnyOrder("geneva", "astana");
    }

    @Test
    void anAdministratorSubscribesAChannelFromAPrivateChat() {
        long user = users.incrementAndGet();
        long channel = -1_009_000_000_000L - user;
        telegram.addChannel(channel, "peace_news_" + user, Set.of(user), true);

        assertThat(say(user, "/subscribe @peace_news_" + user + " جنيف"))
                .isEqualTo("تم اشتراك القناة @peace_news_" + user
                        + " في: محادثات جنيف.\nستُنشر فيها ملخصات الأخبار الجديدة فور نشرها.");
        assertThat(stores.subscriptions().topicsOf(channel)).containsExactly("geneva");
        assertThat(stores.subscriptions().topicsOf(user)).isEmpty();
    }

    @Test
    void refusesAChannelUnlessBothTheUserAndTheBotAdministerIt() {
        long user = users.incrementAndGet();
        telegram.addChannel(-1_009_100_000_000L - user, "not_mine_" + user, Set.of(1L), true);
        telegram.addChannel(-1_009_200_000_000L - user, "no_bot_" + user, Set.of(user), false);

        assertThat(say(user, "/subscribe @not_mine_" + user))
                .isEqualTo("لا يمكنك إشراك القناة @not_mine_" + user + " لأنك لست من مشرفيها.");
        assertThat(say(user, "/subscribe @no_bot_" + user))
                .isEqualTo("لست مشرفاً في القناة @no_bot_" + user
                        + ". أضفني إليها مشرفاً بصلاحية نشر الرسائل، ثم أعد المحاولة.");
        assertThat(say(user, "/subscribe @nowhere_" + user)).startsWith("لم أجد القناة @nowhere_" + user + ".");
        assertThat(stores.subscriptions().topicsOf(-1_009_100_000_000L - user)).isEmpty();
        assertThat(stores.subscriptions().topicsOf(-1_009_200_000_000L - user)).isEmpty();
    }

    @Test
    void aSubscriptionMadeInAForumTopicIsDeliveredToThatTopic() {
        long user = users.incrementAndGet();
        FakeChat topic =
                FakeChat.supergroup(-100_500_000_000L - user, "منتدى المفاوضات").inThread(42);
        telegram.groupAdmins(topic.id(), Set.of(user));

        telegram.sendUserMessage(topic, user, "/subscribe جنيف");
        SentMessage reply = telegram.awaitMessages(topic.id(), 1, PATIENCE).get(0);
        assertThat(reply.messageThreadId()).contains(42);
        save("forum-" + user, "جولة جديدة من محادثات جنيف", "geneva", "2026-11-29T10:00:00Z");

        SentMessage summary = telegram.awaitMessages(topic.id(), 2, PATIENCE).get(1);
        assertThat(summary.text()).contains("جولة جديدة من محادثات جنيف");
        assertThat(summary.messageThreadId()).contains(42);
    }

    private static String say(long user, String text) {
        return ask(user, text).text();
    }

    private static SentMessage ask(long user, String text) {
        int before = telegram.messagesTo(user).size();
        telegram.sendUserMessage(user, user, text);
        return telegram.awaitMessages(user, before + 1, PATIENCE).get(before);
    }

    private static void save(String key, String title, String topic, String published) {
        stores.articles()
                .save(new NewArticle(
                        new Article(
                                "test-news", key, "https://example.org/" + key, title, title, Instant.parse(published)),
                        "وكالة الاختبار",
                        List.of(topic),
                        List.of(title + ".")));
    }

    private static List<String> buttonTexts(JsonNode markup) {
        return markup.path("inline_keyboard").findValues("text").stream()
                .map(JsonNode::asText)
                .toList();
    }
}
