package talkwatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import talkwatch.bot.Webhook;
import talkwatch.config.Config;
import talkwatch.config.ConfigException;
import talkwatch.fake.FakeBotApi;
import talkwatch.testing.BotConfig;

/**
 * Updates by webhook: the real application serves {@code telegram.webhook}, the fake Bot API calls it as Telegram does
 * (after setWebhook, with the secret header), and the real TelegramBots client answers through the fake.
 */
class WebhookTest {

    private static final long USER = 5552020;
    private static final String SECRET = "Sh4red-secret_of-the-operator";
    private static final Duration PATIENCE = Duration.ofSeconds(20);
    private static final String WELCOME = "مرحباً بك";

    @TempDir
    Path dir;

    private FakeBotApi telegram;
    private Application application;
    private int port;
    private final ListAppender<ILoggingEvent> logs = new ListAppender<>();
    private final Logger webhookLog = (Logger) LoggerFactory.getLogger(Webhook.class);

    @BeforeEach
    void start() throws Exception {
        logs.start();
        webhookLog.addAppender(logs);
        telegram = new FakeBotApi().start();
        port = freePort();
        application = Application.start(
                BotConfig.load(telegram, dir, """
                telegram:
                  webhook:
                    url: http://127.0.0.1:%d/telegram/updates
                    listen: 127.0.0.1:%d
                feeds:
                  - id: test-news
                    name: "وكالة الاختبار"
                    url: http://127.0.0.1:9/none.xml
                topics:
                  - id: astana
                    name: "محادثات أستانا"
                    keywords: ["أستانا"]
                """.formatted(port, port), Map.of("TELEGRAM_WEBHOOK_SECRET", SECRET)));
    }

    @AfterEach
    void stop() throws Exception {
        webhookLog.detachAppender(logs);
        if (application != null) {
            application.close();
        }
        telegram.close();
    }

    @Test
    void setsTheWebhookWithItsSecretAndAnswersACommandItBrings() {
        assertThat(telegram.calls("setWebhook")).singleElement().satisfies(call -> {
            assertThat(call.path("url").asText()).isEqualTo("http://127.0.0.1:" + port + "/telegram/updates");
            assertThat(call.path("secret_token").asText()).isEqualTo(SECRET);
            assertThat(call.path("allowed_updates").toString())
                    .isEqualTo("[\"message\",\"callback_query\",\"my_chat_member\",\"inline_query\"]");
        });

        telegram.sendUserMessage(USER, USER, "/subscribe أستانا");

        assertThat(telegram.awaitMessages(USER, 1, PATIENCE).get(0).text())
                .isEqualTo("تم اشتراكك في: محادثات أستانا.\nستصلك ملخصات الأخبار الجديدة فور نشرها.");
        // the reply can reach the fake before the webhook's own answer does
        await().atMost(PATIENCE).until(() -> !telegram.webhookAnswers().isEmpty());
        assertThat(telegram.webhookAnswers()).containsExactly(200);
        assertThat(telegram.requests("getUpdates")).isZero();
    }

    @Test
    void aRequestWithoutTheSecretOrWithAnotherGets401AndIsNotProcessed() {
        String update = telegram.messageUpdate(USER, "/start");

        assertThat(telegram.postToWebhook(update, Optional.empty())).isEqualTo(401);
        assertThat(telegram.postToWebhook(update, Optional.of(SECRET + "x"))).isEqualTo(401);
        assertThat(telegram.postToWebhook(update, Optional.of(SECRET.substring(1))))
                .isEqualTo(401);
        // not even recorded as seen: the same update with the secret is still answered, once
        assertThat(telegram.postToWebhook(update, Optional.of(SECRET))).isEqualTo(200);

        assertThat(telegram.awaitMessages(USER, 1, PATIENCE).get(0).text()).contains(WELCOME);
        assertThat(logLines())
                .contains("Webhook: a request from 127.0.0.1 without the secret header; answered 401, nothing read")
                .contains("Webhook: a request from 127.0.0.1 with the wrong value in the secret header; answered 401,"
                        + " nothing read");
        settle();
        assertThat(telegram.messagesTo(USER)).hasSize(1);
    }

    @Test
    void anUpdateDeliveredTwiceIsHandledOnce() {
        String update = telegram.messageUpdate(USER, "/start");

        assertThat(telegram.postToWebhook(update, Optional.of(SECRET))).isEqualTo(200);
        assertThat(telegram.postToWebhook(update, Optional.of(SECRET))).isEqualTo(200);

        assertThat(telegram.awaitMessages(USER, 1, PATIENCE).get(0).text()).contains(WELCOME);
        String another = telegram.messageUpdate(USER, "/start");
        assertThat(telegram.postToWebhook(another, Optional.of(SECRET))).isEqualTo(200);
        assertThat(telegram.awaitMessages(USER, 2, PATIENCE)).hasSize(2);
        settle();
        assertThat(telegram.messagesTo(USER))
                .as("the repeat of the first update was not answered")
                .hasSize(2);
    }

    @Test
    void aBodyThatIsNoUpdateAndAnUpdateOfAKindItDoesNotReadGet200AndALogLine() {
        assertThat(telegram.postToWebhook("{\"update_id\": 77, \"message\": {\"text\": ", Optional.of(SECRET)))
                .isEqualTo(200);
        assertThat(telegram.postToWebhook("[1, 2, 3]", Optional.of(SECRET))).isEqualTo(200);
        assertThat(telegram.postToWebhook(
                        "{\"update_id\": 78, \"message_reaction\": {\"chat\": {\"id\": 5552020, \"type\": \"private\"},"
                                + " \"message_id\": 5, \"date\": 1764000000, \"old_reaction\": [], \"new_reaction\":"
                                + " [{\"type\": \"emoji\", \"emoji\": \"👍\"}]}}",
                        Optional.of(SECRET)))
                .isEqualTo(200);

        assertThat(logLines())
                .anyMatch(line -> line.startsWith("Webhook: a request's body is not an update (Unexpected end-of-input")
                        && line.endsWith("); answered 200, nothing done")
                        && !line.contains("\n"))
                .anyMatch(line -> line.startsWith("Webhook: a request's body is not an update (Cannot deserialize")
                        && line.endsWith("); answered 200, nothing done"))
                .contains("Webhook: update 78 is message_reaction, which talkwatch does not read; answered 200,"
                        + " nothing done");
        // the conversation goes on
        telegram.sendUserMessage(USER, USER, "/start");
        assertThat(telegram.awaitMessages(USER, 1, PATIENCE).get(0).text()).contains(WELCOME);
    }

    @Test
    void servesOnlyTheWebhooksPathByPostAndAHealthCheck() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String base = "http://127.0.0.1:" + port;

        assertThat(status(http, HttpRequest.newBuilder(URI.create(base + "/telegram/updates"))))
                .isEqualTo(405);
        assertThat(status(
                        http,
                        HttpRequest.newBuilder(URI.create(base + "/telegram/updates/x"))
                                .POST(HttpRequest.BodyPublishers.ofString("{}"))))
                .isEqualTo(404);
        assertThat(status(http, HttpRequest.newBuilder(URI.create(base + "/telegram"))))
                .isEqualTo(404);
        assertThat(status(http, HttpRequest.newBuilder(URI.create(base + "/healthz"))))
                .isEqualTo(200);
    }

    @Test
    void stoppingNeverDeletesTheWebhookAndClosesThePort() throws Exception {
        telegram.sendUserMessage(USER, USER, "/start");
        telegram.awaitMessages(USER, 1, PATIENCE);

        application.close();
        application = null;

        assertThat(telegram.requests("deleteWebhook")).isZero();
        assertThat(telegram.requests("getUpdates")).isZero();
        assertThatThrownBy(() -> telegram.postToWebhook(telegram.messageUpdate(USER, "/help"), Optional.of(SECRET)))
                .isInstanceOf(UncheckedIOException.class);
    }

    @Test
    void aWebhookTelegramRefusesStopsTheStartWithOneLineNamingTheKey() throws Exception {
        application.close(); // one run at a time in a process (its Quartz scheduler)
        application = null;
        Path other = Files.createDirectories(dir.resolve("other"));
        try (FakeBotApi refusing = new FakeBotApi().start()) {
            refusing.failNext(
                    "setWebhook", 400, "Bad Request: bad webhook: Failed to resolve host: Name or service not known");
            int otherPort = freePort();
            Config config = BotConfig.load(
                    refusing,
                    other,
                    Files.readString(dir.resolve("talkwatch.yml"))
                            .replace("127.0.0.1:" + port, "127.0.0.1:" + otherPort),
                    Map.of("TELEGRAM_WEBHOOK_SECRET", SECRET));

            assertThatThrownBy(() -> Application.start(config))
                    .isInstanceOf(ConfigException.class)
                    .hasMessage(other.resolve("talkwatch.yml")
                            + ": telegram.webhook.url: Telegram refused http://127.0.0.1:"
                            + otherPort
                            + "/telegram/updates (400 Bad Request: bad webhook: Failed to resolve host: Name"
                            + " or service not known); expected a URL it can call");
            assertThat(refusing.requests("getUpdates")).isZero();
            // the port it had opened is closed again
            assertThatThrownBy(() -> status(
                            HttpClient.newHttpClient(),
                            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + otherPort + "/healthz"))))
                    .isInstanceOf(ConnectException.class);
        }
    }

    private List<String> logLines() {
        await().atMost(PATIENCE).until(() -> !logs.list.isEmpty());
        return logs.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
    }

    /** Time for an answer that should not come, had it been sent. */
    private static void settle() {
        await().pollDelay(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(2)).until(() -> true);
    }

    private static int status(HttpClient http, HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0, 0, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
