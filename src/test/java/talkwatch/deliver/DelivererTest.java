package talkwatch.deliver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import talkwatch.Stores;
import talkwatch.fake.FakeBotApi;
import talkwatch.fake.SentMessage;
import talkwatch.feed.Article;
import talkwatch.store.NewArticle;
import talkwatch.store.Outbox;
import talkwatch.store.OutboxBatch;
import talkwatch.store.Storage;
import talkwatch.testing.Closer;
import talkwatch.testing.TestDatabase;

/** The sender against a fake Bot API that refuses, throttles and fails the way Telegram does. */
@ParameterizedClass
@EnumSource(TestDatabase.class)
class DelivererTest {

    @Parameter
    TestDatabase kind;

    @RegisterExtension
    final Closer closer = new Closer();

    private Storage storage;

    private static final Duration PATIENCE = Duration.ofSeconds(10);

    @TempDir
    Path dir;

    private FakeBotApi telegram;
    private Stores stores;
    private Deliverer deliverer;
    private Thread sender;

    @BeforeEach
    void start() throws Exception {
        storage = kind.create(dir);
        telegram = new FakeBotApi().start();
        stores = closer.add(Stores.open(storage, Clock.systemUTC()));
        deliverer = new Deliverer(
                stores.outbox(),
                stores.subscriptions(),
                new OkHttpTelegramClient(new OkHttpClient(), telegram.token(), telegram.telegramUrl()),
                new MessageFormatter(),
                Deliverer.Options.of(DeliveryLimits.defaults()),
                Clock.systemUTC());
    }

    @AfterEach
    void stop() throws Exception {
        if (deliverer != null) {
            deliverer.stop();
        }
        if (sender != null) {
            sender.join(5000);
        }
        if (telegram != null) {
            telegram.close();
        }
    }

    @Test
    void marksADeliverySentOnlyOnceTelegramAcceptedIt() {
        subscribe(1, 2);
        queueArticle("a1");

        run();

        assertThat(telegram.awaitMessages(1, 1, PATIENCE).get(0).text()).contains("محادثات أستانا");
        telegram.awaitMessages(2, 1, PATIENCE);
        await().atMost(PATIENCE).until(() -> stores.outbox().pending() == 0);
    }

    @Test
    void waitsOutFloodControlAndSendsOnce() {
        subscribe(1);
        queueArticle("a1");
        telegram.failNextWithRetryAfter("sendMessage", 1);
        Instant start = Instant.now();

        run();

        telegram.awaitMessages(1, 1, PATIENCE);
        assertThat(Duration.between(start, Instant.now())).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
        assertThat(telegram.tooManyRequestsSent()).isEqualTo(1);
        await().atMost(PATIENCE).until(() -> stores.outbox().pending() == 0);
        assertThat(telegram.messagesTo(1)).hasSize(1);
    }

    @Test
    void deactivatesAChatThatBlockedTheBotAndGoesOnWithTheOthers() {
        subscribe(1, 2, 3);
        telegram.blockChat(1);
        telegram.chatNotFound(2);
        queueArticle("a1");

        run();

        telegram.awaitMessages(3, 1, PATIENCE);
        await().atMost(PATIENCE).until(() -> stores.outbox().pending() == 0);
        assertThat(stores.subscriptions().isActive(1)).isFalse();
        assertThat(stores.subscriptions().isActive(2)).isFalse();
        assertThat(stores.subscriptions().topicsOf(1)).containsExactly("astana");

        stores.subscriptions().activate(1, "private");
        queueArticle("a2");
        assertThat(stores.outbox().pending()).isEqualTo(2);
    }

    @Test
    void resendsAsPlainTextWhenTelegramCannotParseTheHtml() {
        subscribe(1);
        queueArticle("a1");
        telegram.failNext("sendMessage", 400, "Bad Request: can't parse entities: Unsupported start tag \"x\"");

        run();

        SentMessage message = telegram.awaitMessages(1, 1, PATIENCE).get(0);
        assertThat(message.parseMode()).isEmpty();
        assertThat(message.text())
                .startsWith("محادثات أستانا تحدد موعد الجولة المقبلة")
                .doesNotContain("<b>");
    }

    @Test
    void retriesAfterAServerError() {
        subscribe(1);
        queueArticle("a1");
        telegram.failNext("sendMessage", 502, "Bad Gateway");

        run();

        telegram.awaitMessages(1, 1, PATIENCE);
        await().atMost(PATIENCE).until(() -> stores.outbox().pending() == 0);
        assertThat(telegram.requests("sendMessage")).isEqualTo(2);
    }

    @Test
    void movesTheSubscriptionsAndQueueOfAMigratedGroupToItsNewId() {
        stores.subscriptions().subscribe(-100, "group", Set.of("astana"));
        telegram.migrateChat(-100, -1001234);
        queueArticle("a1");

        run();

        telegram.awaitMessages(-1001234, 1, PATIENCE);
        await().atMost(PATIENCE).until(() -> stores.outbox().pending() == 0);
        assertThat(stores.subscriptions().topicsOf(-1001234)).containsExactly("astana");
        assertThat(stores.subscriptions().topicsOf(-100)).isEmpty();
        assertThat(stores.subscriptions().isActive(-100)).isFalse();
        queueArticle("a2");
        telegram.awaitMessages(-1001234, 2, PATIENCE);
    }

    @Test
    void waitsForSlowAnswersWithoutLosingOrRepeatingAMessage() {
        subscribe(1, 2, 3, 4, 5);
        telegram.delayResponses(Duration.ofMillis(1500));
        queueArticle("a1");

        run();

        await().atMost(PATIENCE).until(() -> stores.outbox().pending() == 0);
        assertThat(telegram.messageCounts())
                .containsOnly(Map.entry(1L, 1), Map.entry(2L, 1), Map.entry(3L, 1), Map.entry(4L, 1), Map.entry(5L, 1));
    }

    @Test
    void sendsAgainWhenTheConnectionDropsMidRequestAtMostOnceMore() {
        subscribe(1);
        telegram.dropConnectionNext("sendMessage");
        queueArticle("a1");

        run();

        await().atMost(PATIENCE).until(() -> stores.outbox().pending() == 0);
        assertThat(telegram.requests("sendMessage")).isEqualTo(2);
        assertThat(telegram.messagesTo(1)).hasSize(2);
    }

    @Test
    void foldsABacklogForOneChatIntoOneDigest() {
        subscribe(1);
        for (int i = 0; i < 6; i++) {
            queueArticle("a" + i);
        }

        run();

        await().atMost(PATIENCE).until(() -> stores.outbox().pending() == 0);
        List<SentMessage> messages = telegram.messagesTo(1);
        assertThat(messages).hasSize(1);
        assertThat(messages.get(0).text())
                .startsWith("📬 <b>أخبار فاتتك</b>")
                .contains("https://example.org/a0", "https://example.org/a3", "https://example.org/a5");
    }

    @Test
    void postsToTheForumTopicTheSubscriptionWasMadeIn() {
        stores.subscriptions().subscribe(-100777, "supergroup", Optional.of(77), Set.of("astana"));
        queueArticle("a1");

        run();

        assertThat(telegram.awaitMessages(-100777, 1, PATIENCE).get(0).messageThreadId())
                .contains(77);
    }

    @Test
    void sendsASummaryLongerThanOneMessageInPartsInOrder() {
        subscribe(1);
        String sentence = "هذه جملة طويلة عن مفاوضات السلام السورية في أستانا وجنيف وسوتشي.";
        queueArticle("long", Collections.nCopies(150, sentence));

        run();

        await().atMost(PATIENCE).until(() -> stores.outbox().pending() == 0);
        List<SentMessage> parts = telegram.messagesTo(1);
        assertThat(parts).hasSizeGreaterThan(1);
        assertThat(parts.get(0).text()).startsWith("<b><a href=\"https://example.org/long\">");
        assertThat(parts.get(parts.size() - 1).text()).endsWith("(غرينتش)");
        assertThat(parts).allMatch(part -> part.text().length() <= MessageFormatter.TELEGRAM_LIMIT);
    }

    @Test
    void sendsWhatWasInFlightWhenTheProcessDied() {
        subscribe(1, 2);
        queueArticle("a1");
        long id = stores.outbox().due(10).get(0).id();
        diedWhileSending(id, new OutboxBatch());

        run();

        telegram.awaitMessages(1, 1, PATIENCE);
        telegram.awaitMessages(2, 1, PATIENCE);
        await().atMost(PATIENCE).until(() -> stores.outbox().pending() == 0);
    }

    @Test
    void resumesASplitMessageAfterTheLastPartTelegramAccepted() {
        subscribe(1);
        String sentence = "هذه جملة طويلة عن مفاوضات السلام السورية في أستانا وجنيف وسوتشي.";
        queueArticle("long", Collections.nCopies(150, sentence));
        long id = stores.outbox().due(10).get(0).id();
        diedWhileSending(id, new OutboxBatch().partSent(id, 1, 555));

        run();

        await().atMost(PATIENCE).until(() -> stores.outbox().pending() == 0);
        List<SentMessage> parts = telegram.messagesTo(1);
        assertThat(parts).isNotEmpty();
        assertThat(parts.get(0).text()).doesNotContain("<b>").startsWith(sentence);
        assertThat(parts.get(parts.size() - 1).text()).endsWith("(غرينتش)");
    }

    /**
     * An instance claimed the delivery, recorded {@code progress}, and died: on SQLite the next start takes its claims
     * back ({@link Outbox#recover}); on PostgreSQL its lease ends (here at once).
     */
    private void diedWhileSending(long id, OutboxBatch progress) {
        Outbox dead = new Outbox(stores.database(), Clock.systemUTC(), "dead");
        dead.claim(List.of(id));
        dead.write(progress);
        if (kind == TestDatabase.POSTGRESQL) {
            TestDatabase.execute(storage, "UPDATE delivery SET lease_until = 0 WHERE claimed_by = 'dead'");
        }
    }

    @Test
    void staysUnderTheRateTelegramEnforcesWithoutA429() {
        long[] chats = new long[60];
        for (int i = 0; i < chats.length; i++) {
            chats[i] = 1000 + i;
        }
        subscribe(chats);
        telegram.enforceRate(30);
        queueArticle("a1");

        run();

        await().atMost(PATIENCE).until(() -> stores.outbox().pending() == 0);
        assertThat(telegram.messageCounts()).hasSize(60);
        assertThat(telegram.tooManyRequestsSent()).isZero();
    }

    @Test
    void asksForPaidBroadcastOnlyWhenConfigured() throws Exception {
        deliverer = new Deliverer(
                stores.outbox(),
                stores.subscriptions(),
                new OkHttpTelegramClient(new OkHttpClient(), telegram.token(), telegram.telegramUrl()),
                new MessageFormatter(),
                Deliverer.Options.of(new DeliveryLimits(500, 1, 20, true)),
                Clock.systemUTC());
        subscribe(1);
        queueArticle("a1");

        run();

        telegram.awaitMessages(1, 1, PATIENCE);
        assertThat(telegram.calls("sendMessage")
                        .get(0)
                        .path("allow_paid_broadcast")
                        .asBoolean())
                .isTrue();
    }

    private void run() {
        sender = new Thread(deliverer, "test-deliverer");
        sender.start();
    }

    private void subscribe(long... chats) {
        for (long chat : chats) {
            stores.subscriptions().subscribe(chat, "private", Set.of("astana"));
        }
    }

    private void queueArticle(String key) {
        queueArticle(key, List.of("وأضاف كمالدينوف أن الجولة التالية ستعقد في الثالث والرابع من مايو/أيار."));
    }

    private void queueArticle(String key, List<String> summary) {
        stores.articles()
                .save(new NewArticle(
                        new Article(
                                "news",
                                key,
                                "https://example.org/" + key,
                                "محادثات أستانا تحدد موعد الجولة المقبلة",
                                "نص",
                                Instant.parse("2026-11-29T08:00:00Z")),
                        "وكالة الاختبار",
                        List.of("astana"),
                        summary));
    }
}
