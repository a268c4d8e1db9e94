package talkwatch.config;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The servers an instance runs besides its work: the webhook Telegram calls ({@code telegram.webhook} and {@code
 * TELEGRAM_WEBHOOK_SECRET}) and the Prometheus endpoint ({@code metrics.listen}).
 */
final class Endpoints {

    /**
     * The ports Telegram calls a webhook on (https://core.telegram.org/bots/api#setwebhook); a self-hosted Bot API
     * server on a loopback address calls any.
     */
    private static final Set<Integer> TELEGRAM_PORTS = Set.of(443, 80, 88, 8443);
    /** Telegram's rule for {@code secret_token}. */
    private static final Pattern SECRET = Pattern.compile("[A-Za-z0-9_-]{1,256}");

    static final String SECRET_EXPECTED = "1 to 256 characters of A-Z, a-z, 0-9, _ and -";
    private static final String LISTEN_EXPECTED = "host:port, such as 0.0.0.0:8443 or 127.0.0.1:9464 (port 1 to 65535)";
    private static final Pattern IPV4 = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})");

    private Endpoints() {}

    /** {@code telegram.webhook}, if set; the secret is checked when given, and required only by {@code run}. */
    static Optional<Config.Webhook> webhook(Optional<Section> telegram, Map<String, String> environment) {
        Optional<String> secret = Optional.ofNullable(environment.get(ConfigLoader.WEBHOOK_SECRET_VARIABLE))
                .map(String::trim)
                .filter(value -> !value.isEmpty());
        if (secret.isPresent() && !SECRET.matcher(secret.get()).matches()) {
            // never echoed: it is a secret
            throw new ConfigException(ConfigLoader.WEBHOOK_SECRET_VARIABLE + ": expected " + SECRET_EXPECTED
                    + " (Telegram's rule for secret_token), got "
                    + (secret.get().length() > 256
                            ? secret.get().length() + " characters"
                            : "a value with other characters"));
        }
        Optional<Section> webhook = telegram.flatMap(section -> section.optional("webhook"));
        if (webhook.isEmpty()) {
            return Optional.empty();
        }
        Section section = webhook.get().allowOnly(Set.of("url", "listen"));
        URI url = webhookUrl(
                section.required("url", "the https URL Telegram calls, such as https://bot.example.org/telegram"));
        ListenAddress listen = listen(section.required("listen", LISTEN_EXPECTED));
        return Optional.of(new Config.Webhook(url, listen, secret));
    }

    /** {@code metrics.listen}, if set. */
    static Optional<ListenAddress> metrics(Optional<Section> metrics) {
        return metrics.map(section -> section.allowOnly(Set.of("listen")))
                .flatMap(section -> section.optional("listen"))
                .map(Endpoints::listen);
    }

    private static URI webhookUrl(Section value) {
        String expected = "an https URL on port 443, 80, 88 or 8443, such as https://bot.example.org/telegram (http"
                + " and any port only on a loopback address)";
        String text = value.text(expected);
        URI url;
        try {
            url = new URI(text);
        } catch (URISyntaxException e) {
            throw value.error("expected " + expected + ", got \"" + text + "\" (" + e.getReason() + ")");
        }
        if (url.getScheme() == null
                || !(url.getScheme().equals("https") || url.getScheme().equals("http"))
                || url.getHost() == null
                || url.getRawFragment() != null) {
            throw value.error("expected " + expected + ", got \"" + text + "\"");
        }
        if (isLoopback(url.getHost())) {
            return url;
        }
        if (!url.getScheme().equals("https")) {
            throw value.error("expected " + expected + ", got \"" + text + "\": Telegram calls a public host over"
                    + " https only");
        }
        int port = url.getPort() < 0 ? 443 : url.getPort();
        if (!TELEGRAM_PORTS.contains(port)) {
            throw value.error("expected " + expected + ", got \"" + text + "\": Telegram calls no other port");
        }
        return url;
    }

    private static ListenAddress listen(Section value) {
        String text = value.text(LISTEN_EXPECTED);
        int colon = text.lastIndexOf(':');
        String host = colon < 0 ? "" : text.substring(0, colon);
        boolean bracketed = host.startsWith("[") && host.endsWith("]");
        if (host.isEmpty() || (host.contains(":") && !bracketed) || host.contains("/")) {
            throw value.error("expected " + LISTEN_EXPECTED + ", got \"" + text + "\"");
        }
        int port;
        try {
            port = Integer.parseInt(text.substring(colon + 1));
        } catch (NumberFormatException e) {
            port = -1;
        }
        if (port < 1 || port > 65535) {
            throw value.error("expected " + LISTEN_EXPECTED + ", got \"" + text + "\"");
        }
        return new ListenAddress(host, port);
    }

    /**
     * Whether {@code host} is a loopback address: {@code localhost}, 127.0.0.0/8 or ::1. Only literals are read, never
     * looked up.
     */
    static boolean isLoopback(String host) {
        String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        if (bare.equalsIgnoreCase("localhost")) {
            return true;
        }
        var ipv4 = IPV4.matcher(bare);
        if (ipv4.matches()) {
            for (int i = 1; i <= 4; i++) {
                if (Integer.parseInt(ipv4.group(i)) > 255) {
                    return false;
                }
            }
            return Integer.parseInt(ipv4.group(1)) == 127;
        }
        if (!bare.contains(":")) {
            return false;
        }
        try {
            // with a colon it is taken as an IPv6 literal, never looked up
            return InetAddress.getByName(bare).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
