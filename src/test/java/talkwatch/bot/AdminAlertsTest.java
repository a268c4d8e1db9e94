package talkwatch.bot;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import talkwatch.deliver.TimeDisplay;
import talkwatch.fake.FakeBotApi;
import talkwatch.fake.SentMessage;
import talkwatch.feed.Feed;
import talkwatch.poll.FeedAlerts;

class AdminAlertsTest {
    private static final Duration PATIENCE = Duration.ofSeconds(10);
    private static final Feed FEED =
            new Feed("enab", "عنب <بلدي> & شركاه", URI.create("https://www.enabbaladi.net/feed"));
    private static final Instant SINCE = Instant.parse("2026-11-28T06:30:00Z");

    private FakeBotApi telegram;
    private AdminAlerts alerts;

    @BeforeEach
    void start() throws Exception {
        telegram = new FakeBotApi().start();
        alerts = new AdminAlerts(
                new OkHttpTelegramClient(new OkHttpClient(), telegram.token(), telegram.telegramUrl()),
                Set.of(42L, 43L),
                new TimeDisplay(ZoneId.of("Asia/Damascus")));
    }

    @AfterEach
    void stop() {
        telegram.close();
    }

    @Test
    void tellsEachAdminInArabicWithTheReasonEscaped() {
        boolean told =
                alerts.tell(List.of(new FeedAlerts.Down(FEED, SINCE, "HTTP 503 <Service Unavailable>")), List.of());

        assertThat(told).isTrue();
        for (long admin : new long[] {42, 43}) {
            SentMessage message = telegram.awaitMessages(admin, 1, PATIENCE).get(0);
            assertThat(message.parseMode()).contains("HTML");
            assertThat(message.text())
                    .isEqualTo("⚠️ <b>مصدر متعطل منذ يوم</b>\n"
                            + "المصدر عنب &lt;بلدي&gt; &amp; شركاه (<code>enab</code>) يفشل في كل محاولة جلب منذ"
                            + " \u20682026-11-28 09:30:00\u2069 (غرينتش\u2068+3\u2069).\n"
                            + "السبب: HTTP 503 &lt;Service Unavailable&gt;\n"
                            + "سأواصل المحاولة على فترات متباعدة، وأخبرك عند عودته. تحقق من الرابط في ملف الإعداد"
                            + " أو أرسل /status.");
        }
    }

    @Test
    void tellsThemWhenTheFeedRecovers() {
        assertThat(alerts.tell(List.of(), List.of(new FeedAlerts.Recovered(FEED, SINCE))))
                .isTrue();

        assertThat(telegram.awaitMessages(42, 1, PATIENCE).get(0).text())
                .isEqualTo("✅ <b>عاد المصدر إلى العمل</b>\n"
                        + "المصدر عنب &lt;بلدي&gt; &amp; شركاه (<code>enab</code>) يعمل من جديد بعد تعطله منذ"
                        + " \u20682026-11-28 09:30:00\u2069 (غرينتش\u2068+3\u2069).");
    }

    @Test
    void tellsOfAThousandFeedsInOneMessageThatFits() {
        List<FeedAlerts.Down> down = IntStream.rangeClosed(1, 1000)
                .mapToObj(i -> new FeedAlerts.Down(
                        new Feed("feed-" + i, "وكالة الأنباء " + i, URI.create("https://example.org/" + i)),
                        SINCE,
                        "cannot connect: Network is unreachable"))
                .toList();
        List<FeedAlerts.Recovered> recovered = List.of(
                new FeedAlerts.Recovered(FEED, SINCE),
                new FeedAlerts.Recovered(new Feed("sana", "سانا", URI.create("https://sana.sy/feed")), SINCE));

        assertThat(alerts.tell(down, recovered)).isTrue();

        // the fake refuses a text over 4096 characters, as Telegram does: then nothing would arrive
        List<SentMessage> messages = telegram.awaitMessages(42, 1, PATIENCE);
        assertThat(messages).hasSize(1);
        String text = messages.get(0).text();
        assertThat(text)
                .startsWith("⚠️ <b>مصادر متعطلة منذ يوم على الأقل: 1000</b>\n• وكالة الأنباء 1 (<code>feed-1</code>)"
                        + " منذ \u20682026-11-28 09:30:00\u2069 (غرينتش\u2068+3\u2069): cannot connect: Network is"
                        + " unreachable\n")
                .contains("سأواصل المحاولة على فترات متباعدة، وأخبرك عند عودتها.")
                .endsWith("✅ <b>مصادر عادت إلى العمل: 2</b>\n"
                        + "• عنب &lt;بلدي&gt; &amp; شركاه (<code>enab</code>) بعد تعطله منذ"
                        + " \u20682026-11-28 09:30:00\u2069 (غرينتش\u2068+3\u2069)\n"
                        + "• سانا (<code>sana</code>) بعد تعطله منذ \u20682026-11-28 09:30:00\u2069"
                        + " (غرينتش\u2068+3\u2069)");
        int listed = text.split("\n• وكالة الأنباء ").length - 1;
        assertThat(text).contains("… ومصادر أخرى لم تتسع لها الرسالة: " + (1000 - listed) + "\n");
        assertThat(listed).isGreaterThan(10);
        assertThat(telegram.awaitMessages(43, 1, PATIENCE)).hasSize(1);
    }
}
