package talkwatch.bot;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Set;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import talkwatch.deliver.TimeDisplay;
import talkwatch.fake.FakeBotApi;
import talkwatch.fake.SentMessage;
import talkwatch.feed.Feed;

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
        boolean told = alerts.down(FEED, "HTTP 503 <Service Unavailable>", SINCE);

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
        assertThat(alerts.recovered(FEED, SINCE)).isTrue();

        assertThat(telegram.awaitMessages(42, 1, PATIENCE).get(0).text())
                .isEqualTo("✅ <b>عاد المصدر إلى العمل</b>\n"
                        + "المصدر عنب &lt;بلدي&gt; &amp; شركاه (<code>enab</code>) يعمل من جديد بعد تعطله منذ"
                        + " \u20682026-11-28 09:30:00\u2069 (غرينتش\u2068+3\u2069).");
    }
}
