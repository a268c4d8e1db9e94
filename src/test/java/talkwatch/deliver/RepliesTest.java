package talkwatch.deliver;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import talkwatch.fake.FakeBotApi;
import talkwatch.fake.SentMessage;

/** The bot's answers to commands, through the real client, against a fake Bot API that refuses as Telegram does. */
class RepliesTest {

    private static final Duration PATIENCE = Duration.ofSeconds(10);

    private FakeBotApi telegram;
    private Pacer pacer;
    private Replies replies;

    @BeforeEach
    void start() throws Exception {
        telegram = new FakeBotApi().start();
        pacer = new Pacer(DeliveryLimits.defaults(), Instant.now());
        replies = new Replies(
                new OkHttpTelegramClient(new OkHttpClient(), telegram.token(), telegram.telegramUrl()),
                pacer,
                Clock.systemUTC());
    }

    @AfterEach
    void stop() {
        replies.close();
        telegram.close();
    }

    @Test
    void waitsOutFloodControlAndThenSendsEveryPartInOrder() {
        telegram.failNextWithRetryAfter("sendMessage", 1);
        long start = System.nanoTime();

        send(1, false, "<b>آخر الأخبار</b> الجزء الأول", "الجزء الثاني", "الجزء الثالث");

        List<SentMessage> sent = telegram.awaitMessages(1, 3, PATIENCE);
        assertThat(sent)
                .extracting(SentMessage::text)
                .containsExactly("<b>آخر الأخبار</b> الجزء الأول", "الجزء الثاني", "الجزء الثالث");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(950));
        assertThat(telegram.tooManyRequestsSent()).isEqualTo(1);
    }

    @Test
    void countsAgainstTheSameLimitsAsTheSummaries() {
        long start = System.nanoTime();
        // what the deliverer does when it sends three summaries to the chat: its whole burst
        pacer.take(7, false, Pacer.CHAT_BURST, Instant.now());

        send(7, false, "نتائج البحث عن «المعتقلين»");

        telegram.awaitMessages(7, 1, PATIENCE);
        // one message a second once the burst is spent
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(950));
    }

    @Test
    void aChatThatMustWaitDoesNotHoldUpTheOthers() {
        long start = System.nanoTime();
        pacer.pauseChat(1, Instant.now().plusSeconds(3));

        send(1, false, "إلى المحادثة الأولى");
        send(2, false, "إلى المحادثة الثانية");

        telegram.awaitMessages(2, 1, PATIENCE);
        assertThat(telegram.messagesTo(1)).isEmpty();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(2500));
        telegram.awaitMessages(1, 1, PATIENCE);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(2950));
    }

    @Test
    void sendsAsPlainTextWhatTelegramCannotParse() {
        telegram.failNext("sendMessage", 400, "Bad Request: can't parse entities: Unsupported start tag \"x\"");

        send(3, false, "<b>جولة جديدة</b> في أستانا");

        SentMessage sent = telegram.awaitMessages(3, 1, PATIENCE).get(0);
        assertThat(sent.text()).isEqualTo("جولة جديدة في أستانا");
        assertThat(sent.parseMode()).isEmpty();
    }

    @Test
    void triesAgainAfterAServerErrorAndGivesUpARefusedMessageButNotTheNext() {
        telegram.failNext("sendMessage", 502, "Bad Gateway");

        send(4, true, "بعد خطأ الخادم");

        assertThat(telegram.awaitMessages(4, 1, PATIENCE).get(0).text()).isEqualTo("بعد خطأ الخادم");

        telegram.failNext("sendMessage", 400, "Bad Request: message is too long");
        send(4, true, "رسالة طويلة جداً", "الرسالة التالية");

        List<SentMessage> sent = telegram.awaitMessages(4, 2, PATIENCE);
        assertThat(sent).extracting(SentMessage::text).containsExactly("بعد خطأ الخادم", "الرسالة التالية");
    }

    @Test
    void stopsQueueingForAChatThatFloodsTheBot() throws Exception {
        replies.close();
        pacer = new Pacer(new DeliveryLimits(1000, 1000, 1000, false), Instant.now());
        replies = new Replies(
                new OkHttpTelegramClient(new OkHttpClient(), telegram.token(), telegram.telegramUrl()),
                pacer,
                Clock.systemUTC());
        pacer.pauseChat(5, Instant.now().plusSeconds(1));

        for (int i = 1; i <= Replies.MAX_WAITING_PER_CHAT + 5; i++) {
            send(5, false, "الرد رقم " + i);
        }

        telegram.awaitMessages(5, Replies.MAX_WAITING_PER_CHAT, PATIENCE);
        Thread.sleep(500);
        assertThat(telegram.messagesTo(5))
                .hasSize(Replies.MAX_WAITING_PER_CHAT)
                .last()
                .extracting(SentMessage::text)
                .isEqualTo("الرد رقم " + Replies.MAX_WAITING_PER_CHAT);
    }

    private void send(long chatId, boolean group, String... html) {
        replies.send(chatId, group, Optional.empty(), List.of(html), Optional.empty());
    }
}
