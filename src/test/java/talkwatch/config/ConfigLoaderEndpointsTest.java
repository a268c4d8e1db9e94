package talkwatch.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The servers of an instance: {@code telegram.webhook} with {@code TELEGRAM_WEBHOOK_SECRET}, and {@code metrics}. */
class ConfigLoaderEndpointsTest {

    private static final String MINIMAL = """
            feeds:
              - id: news
                name: "أخبار"
                url: https://example.org/rss.xml
            topics:
              - id: astana
                name: "محادثات أستانا"
                keywords: ["أستانا"]
            """;
    private static final String SECRET = "s3cret_Value-from-the-operator";

    @TempDir
    Path dir;

    @Test
    void longPollingAndNoMetricsUnlessConfigured() throws Exception {
        Config config = load(MINIMAL, Map.of());

        assertThat(config.telegram().webhook()).isEmpty();
        assertThat(config.metrics()).isEmpty();
    }

    @Test
    void readsTheWebhookWithItsSecretFromTheEnvironment() throws Exception {
        Config config = load(
                webhook("https://bot.example.org/telegram", "0.0.0.0:8443"), Map.of("TELEGRAM_WEBHOOK_SECRET", SECRET));

        Config.Webhook webhook = config.telegram().webhook().orElseThrow();
        assertThat(webhook.url()).isEqualTo(URI.create("https://bot.example.org/telegram"));
        assertThat(webhook.path()).isEqualTo("/telegram");
        assertThat(webhook.listen()).isEqualTo(new ListenAddress("0.0.0.0", 8443));
        assertThat(webhook.secret()).contains(SECRET);
        assertThat(config.telegram().toString()).contains("bot.example.org").doesNotContain(SECRET);
    }

    @Test
    void takesEveryPortTelegramCallsAndTheRootPath() throws Exception {
        for (String url : new String[] {
            "https://bot.example.org",
            "https://bot.example.org:80/x",
            "https://bot.example.org:88/x",
            "https://bot.example.org:8443/x",
            "https://bot.example.org:443/x"
        }) {
            assertThat(load(webhook(url, "0.0.0.0:8443"), Map.of()).telegram().webhook())
                    .as(url)
                    .isPresent();
        }
        assertThat(load(webhook("https://bot.example.org", "[::]:8443"), Map.of())
                        .telegram()
                        .webhook()
                        .orElseThrow()
                        .path())
                .isEqualTo("/");
    }

    @Test
    void takesHttpAndAnyPortOnALoopbackAddress() throws Exception {
        for (String url : new String[] {
            "http://127.0.0.1:8081/telegram",
            "http://localhost:9000/hook",
            "http://[::1]:7000/hook",
            "http://127.3.2.1/"
        }) {
            assertThat(load(webhook(url, "127.0.0.1:8081"), Map.of()).telegram().webhook())
                    .as(url)
                    .isPresent();
        }
    }

    @Test
    void refusesHttpOnAPublicHost() {
        assertThatThrownBy(() -> load(webhook("http://bot.example.org/telegram", "0.0.0.0:8443"), Map.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessage(dir.resolve("talkwatch.yml") + ": telegram.webhook.url: expected an https URL on port 443,"
                        + " 80, 88 or 8443, such as https://bot.example.org/telegram (http and any port only on a"
                        + " loopback address), got \"http://bot.example.org/telegram\": Telegram calls a public host"
                        + " over https only");
    }

    @Test
    void refusesAPortTelegramDoesNotCallOnAPublicHost() {
        assertThatThrownBy(() -> load(webhook("https://bot.example.org:8080/telegram", "0.0.0.0:8080"), Map.of()))
                .hasMessage(dir.resolve("talkwatch.yml") + ": telegram.webhook.url: expected an https URL on port 443,"
                        + " 80, 88 or 8443, such as https://bot.example.org/telegram (http and any port only on a"
                        + " loopback address), got \"https://bot.example.org:8080/telegram\": Telegram calls no other"
                        + " port");
        // a private address is not a loopback one: Telegram's servers would call it
        assertThatThrownBy(() -> load(webhook("http://10.0.0.5:8080/telegram", "0.0.0.0:8080"), Map.of()))
                .hasMessageContaining("telegram.webhook.url: expected an https URL");
        assertThatThrownBy(() -> load(webhook("https://128.0.0.1:8080/telegram", "0.0.0.0:8080"), Map.of()))
                .hasMessageEndingWith("Telegram calls no other port");
    }

    @Test
    void refusesAUrlThatIsNotOne() {
        assertThatThrownBy(() -> load(webhook("bot.example.org/telegram", "0.0.0.0:8443"), Map.of()))
                .hasMessageContaining("telegram.webhook.url: expected an https URL")
                .hasMessageEndingWith("got \"bot.example.org/telegram\"");
    }

    @Test
    void namesAMissingUrlOrListenAddress() {
        assertThatThrownBy(() -> load(MINIMAL + "telegram:\n  webhook:\n    listen: 0.0.0.0:8443\n", Map.of()))
                .hasMessage(dir.resolve("talkwatch.yml") + ": telegram.webhook.url: missing; expected the https URL"
                        + " Telegram calls, such as https://bot.example.org/telegram");
        assertThatThrownBy(() ->
                        load(MINIMAL + "telegram:\n  webhook:\n    url: https://bot.example.org/telegram\n", Map.of()))
                .hasMessage(dir.resolve("talkwatch.yml") + ": telegram.webhook.listen: missing; expected host:port,"
                        + " such as 0.0.0.0:8443 or 127.0.0.1:9464 (port 1 to 65535)");
    }

    @Test
    void refusesAListenAddressWithoutHostOrPort() {
        for (String listen : new String[] {"8443", ":8443", "0.0.0.0:", "0.0.0.0:99999", "::1:8443", "0.0.0.0:http"}) {
            assertThatThrownBy(() -> load(webhook("https://bot.example.org/telegram", listen), Map.of()))
                    .as(listen)
                    .hasMessageEndingWith(": telegram.webhook.listen: expected host:port, such as 0.0.0.0:8443 or"
                            + " 127.0.0.1:9464 (port 1 to 65535), got \"" + listen + "\"");
        }
    }

    @Test
    void refusesASecretTelegramWouldRefuseWithoutEchoingIt() {
        String spaced = "my secret words";
        assertThatThrownBy(() -> load(MINIMAL, Map.of("TELEGRAM_WEBHOOK_SECRET", spaced)))
                .hasMessage("TELEGRAM_WEBHOOK_SECRET: expected 1 to 256 characters of A-Z, a-z, 0-9, _ and -"
                        + " (Telegram's rule for secret_token), got a value with other characters");
        assertThatThrownBy(() -> load(MINIMAL, Map.of("TELEGRAM_WEBHOOK_SECRET", "a".repeat(257))))
                .hasMessageEndingWith("got 257 characters");
    }

    @Test
    void aMissingSecretIsOneLineNamingTheVariable() {
        assertThat(ConfigLoader.missingWebhookSecret(Path.of("config/talkwatch.yml")))
                .hasMessage("config/talkwatch.yml: telegram.webhook: TELEGRAM_WEBHOOK_SECRET is not set; expected 1 to"
                        + " 256 characters of A-Z, a-z, 0-9, _ and - in it, the secret Telegram sends back with each"
                        + " update, e.g. export TELEGRAM_WEBHOOK_SECRET=$(openssl rand -hex 32)");
    }

    @Test
    void readsWhereMetricsAreServed() throws Exception {
        assertThat(load(MINIMAL + "metrics:\n  listen: 127.0.0.1:9464\n", Map.of())
                        .metrics())
                .contains(new ListenAddress("127.0.0.1", 9464));
        assertThatThrownBy(() -> load(MINIMAL + "metrics:\n  listen: 9464\n", Map.of()))
                .hasMessageEndingWith(": metrics.listen: expected host:port, such as 0.0.0.0:8443 or 127.0.0.1:9464"
                        + " (port 1 to 65535), got \"9464\"");
        assertThatThrownBy(() -> load(MINIMAL + "metrics:\n  port: 9464\n", Map.of()))
                .hasMessageEndingWith(": metrics.port: unknown key; expected one of listen");
    }

    private static String webhook(String url, String listen) {
        return MINIMAL + "telegram:\n  webhook:\n    url: " + url + "\n    listen: \"" + listen + "\"\n";
    }

    private Config load(String yaml, Map<String, String> environment) throws Exception {
        Path file = Files.writeString(dir.resolve("talkwatch.yml"), yaml);
        return new ConfigLoader(environment).load(file);
    }
}
