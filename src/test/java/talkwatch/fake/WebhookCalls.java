package talkwatch.fake;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Telegram's side of a webhook (https://core.telegram.org/bots/api#setwebhook): once setWebhook named a URL, each
 * pending update is POSTed there as JSON with the header {@code X-Telegram-Bot-Api-Secret-Token}, one at a time and in
 * order; an answer other than 2xx (or none) keeps the update and tries it again after 1 s, 2 s, 4 s … (at most 8 s
 * here). Thread-safe.
 */
final class WebhookCalls {

    static final String SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";
    private static final Duration MAX_RETRY = Duration.ofSeconds(8);

    /** One POST of an update and the status it got; 0 for no answer. */
    record Answer(long updateId, int status) {}

    private final UpdateQueue updates;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final List<Answer> answers = new ArrayList<>();
    private Optional<URI> url = Optional.empty();
    private Optional<String> secret = Optional.empty();
    private Optional<Instant> lastErrorAt = Optional.empty();
    private String lastError = "";
    private Thread sender;

    WebhookCalls(UpdateQueue updates) {
        this.updates = updates;
    }

    /** setWebhook: from now on updates go to {@code url}; false when the same webhook was set already. */
    synchronized boolean set(URI url, Optional<String> secret) {
        boolean same = this.url.equals(Optional.of(url)) && this.secret.equals(secret);
        this.url = Optional.of(url);
        this.secret = secret;
        if (sender == null) {
            sender = new Thread(this::deliver, "fake-telegram-webhook");
            sender.setDaemon(true);
            sender.start();
        }
        return !same;
    }

    /** deleteWebhook: updates wait for getUpdates again; false when none was set. */
    boolean delete() {
        Thread stopped;
        synchronized (this) {
            if (url.isEmpty()) {
                return false;
            }
            url = Optional.empty();
            secret = Optional.empty();
            stopped = sender;
            sender = null;
        }
        stopped.interrupt();
        try {
            stopped.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return true;
    }

    synchronized Optional<URI> url() {
        return url;
    }

    /** getWebhookInfo's result. */
    synchronized ObjectNode info() {
        ObjectNode info = ApiReply.JSON
                .createObjectNode()
                .put("url", url.map(URI::toString).orElse(""))
                .put("has_custom_certificate", false)
                .put("pending_update_count", updates.pending());
        if (url.isPresent()) {
            info.put("max_connections", 40);
        }
        lastErrorAt.ifPresent(
                at -> info.put("last_error_date", at.getEpochSecond()).put("last_error_message", lastError));
        return info;
    }

    /** Every POST of an update the webhook got, in order, with its answer. */
    synchronized List<Answer> answers() {
        return List.copyOf(answers);
    }

    /**
     * POSTs {@code body} to the webhook as Telegram would, with the secret header when {@code secret} is given; the
     * HTTP status of the answer.
     */
    int post(String body, Optional<String> secret) throws IOException, InterruptedException {
        URI target = url().orElseThrow(() -> new IllegalStateException("no webhook was set (setWebhook)"));
        HttpRequest.Builder request = HttpRequest.newBuilder(target)
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        secret.ifPresent(value -> request.header(SECRET_HEADER, value));
        return http.send(request.build(), HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    private void deliver() {
        Duration wait = Duration.ofSeconds(1);
        try {
            while (!Thread.currentThread().isInterrupted()) {
                Optional<ObjectNode> next = updates.first(Duration.ofMillis(200));
                if (next.isEmpty()) {
                    continue;
                }
                long updateId = next.get().get("update_id").asLong();
                int status;
                try {
                    status = post(next.get().toString(), secret());
                } catch (IOException | IllegalStateException e) {
                    status = 0;
                }
                synchronized (this) {
                    answers.add(new Answer(updateId, status));
                    if (status < 200 || status > 299) {
                        lastErrorAt = Optional.of(Instant.now());
                        lastError = status == 0 ? "Connection refused" : "Wrong response from the webhook: " + status;
                    }
                }
                if (status >= 200 && status <= 299) {
                    updates.confirm(updateId);
                    wait = Duration.ofSeconds(1);
                } else {
                    Thread.sleep(wait.toMillis());
                    wait = wait.multipliedBy(2).compareTo(MAX_RETRY) > 0 ? MAX_RETRY : wait.multipliedBy(2);
                }
            }
        } catch (InterruptedException e) {
            // deleteWebhook, or the fake closes
        }
    }

    private synchronized Optional<String> secret() {
        return secret;
    }

    /** Stops calling the webhook; it stays set. */
    void close() {
        Thread stopped;
        synchronized (this) {
            stopped = sender;
            sender = null;
        }
        if (stopped != null) {
            stopped.interrupt();
        }
    }
}
