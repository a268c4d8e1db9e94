package talkwatch.bot;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.Update;
import talkwatch.store.HandledUpdates;
import talkwatch.store.StoreException;

/**
 * Receives the bot's updates by webhook (https://core.telegram.org/bots/api#setwebhook), on the JDK's HTTP server:
 * Telegram POSTs each update as JSON to {@code telegram.webhook.url}, which a TLS proxy forwards here, on the same path.
 *
 * <p>Every request must carry the secret in {@code X-Telegram-Bot-Api-Secret-Token} (compared in constant time), or it
 * gets 401 and nothing is read. An update is recorded by its {@code update_id} ({@link HandledUpdates}), so one that
 * Telegram delivers twice, here or to another instance, is handled once; then it goes to the conversation, and the
 * answer is 200 with an empty body. An update that cannot be read or used is logged in one line and also answered 200:
 * any other answer makes Telegram hold back the chat's later updates and send it again, for up to a day. Only when the
 * database cannot record an update is the answer 500, so that Telegram sends it again.
 *
 * <p>{@code GET /healthz} answers 200, for a load balancer. Other paths get 404, other methods on the webhook's path
 * 405. Requests are handled by {@link #THREADS} threads; Telegram sends a chat's updates one after the other.
 */
public final class Webhook implements AutoCloseable {

    static final String SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";
    static final String HEALTH_PATH = "/healthz";
    /** Requests handled at once: Telegram opens up to 40 connections, but a chat's updates come one at a time. */
    static final int THREADS = 8;
    /** An update is a few kilobytes; a larger body is not one. */
    static final int MAX_BODY = 1 << 20;

    private static final Logger log = LoggerFactory.getLogger(Webhook.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String path;
    private final byte[] secret;
    private final Set<String> kinds;
    private final HandledUpdates handled;
    private final Consumer<Update> conversation;
    private final HttpServer server;
    private final ExecutorService handlers;

    private Webhook(
            HttpServer server,
            String path,
            String secret,
            List<String> kinds,
            HandledUpdates handled,
            Consumer<Update> conversation) {
        this.server = server;
        this.path = Objects.requireNonNull(path, "path");
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
        this.kinds = Set.copyOf(kinds);
        this.handled = Objects.requireNonNull(handled, "handled");
        this.conversation = Objects.requireNonNull(conversation, "conversation");
        this.handlers = Executors.newFixedThreadPool(THREADS, runnable -> {
            Thread thread = new Thread(runnable, "webhook");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(handlers);
        server.createContext("/", this::handle);
    }

    /**
     * Listens on {@code address} and hands each update of the {@code kinds} named (Telegram's {@code allowed_updates})
     * that comes to {@code path} with {@code secret} to {@code conversation}, once.
     *
     * @throws IOException when the address cannot be bound (in use, not this machine's)
     */
    public static Webhook start(
            InetSocketAddress address,
            String path,
            String secret,
            List<String> kinds,
            HandledUpdates handled,
            Consumer<Update> conversation)
            throws IOException {
        Webhook webhook = new Webhook(HttpServer.create(address, 0), path, secret, kinds, handled, conversation);
        webhook.server.start();
        return webhook;
    }

    /** The port it listens on. */
    public int port() {
        return server.getAddress().getPort();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String requested = exchange.getRequestURI().getRawPath();
            if (requested.equals(path)) {
                receive(exchange);
            } else if (requested.equals(HEALTH_PATH)
                    && exchange.getRequestMethod().equals("GET")) {
                answer(exchange, 200);
            } else {
                answer(exchange, 404);
            }
        } catch (IOException e) {
            log.debug("Webhook: the connection failed before the answer went out: {}", e.toString());
        }
    }

    private void receive(HttpExchange exchange) throws IOException {
        if (!exchange.getRequestMethod().equals("POST")) {
            exchange.getResponseHeaders().set("Allow", "POST");
            answer(exchange, 405);
            return;
        }
        String given = exchange.getRequestHeaders().getFirst(SECRET_HEADER);
        if (given == null || !MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), secret)) {
            log.warn(
                    "Webhook: a request from {} {} the secret header; answered 401, nothing read",
                    exchange.getRemoteAddress().getAddress().getHostAddress(),
                    given == null ? "without" : "with the wrong value in");
            answer(exchange, 401);
            return;
        }
        Optional<Update> update = read(exchange.getRequestBody());
        if (update.isPresent()) {
            long id = update.get().getUpdateId();
            try {
                if (handled.take(id)) {
                    hand(update.get());
                } else {
                    log.debug("Webhook: update {} was handled already; answered 200 again", id);
                }
            } catch (StoreException e) {
                log.warn(
                        "Webhook: could not record update {} ({}); answered 500, Telegram sends it again",
                        id,
                        e.getMessage());
                answer(exchange, 500);
                return;
            }
        }
        answer(exchange, 200);
    }

    /** The update in {@code body}, if it is one the conversation reads; else says why in one line. */
    private Optional<Update> read(InputStream body) throws IOException {
        byte[] bytes = body.readNBytes(MAX_BODY + 1);
        if (bytes.length > MAX_BODY) {
            log.warn("Webhook: a request's body is over {} bytes, not an update; answered 200, nothing done", MAX_BODY);
            return Optional.empty();
        }
        JsonNode tree;
        Update update;
        try {
            tree = JSON.readTree(bytes);
            update = JSON.treeToValue(tree, Update.class);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            String reason = e instanceof JsonProcessingException json ? json.getOriginalMessage() : e.getMessage();
            log.warn(
                    "Webhook: a request's body is not an update ({}); answered 200, nothing done",
                    oneLine(String.valueOf(reason)));
            return Optional.empty();
        }
        if (update == null || update.getUpdateId() == null) {
            log.warn("Webhook: a request's body is not an update (no update_id); answered 200, nothing done");
            return Optional.empty();
        }
        List<String> carried = new ArrayList<>();
        tree.fieldNames().forEachRemaining(carried::add);
        carried.remove("update_id");
        if (carried.stream().noneMatch(kinds::contains)) {
            log.warn(
                    "Webhook: update {} is {}, which talkwatch does not read; answered 200, nothing done",
                    update.getUpdateId(),
                    carried.isEmpty() ? "empty" : String.join(", ", carried));
            return Optional.empty();
        }
        return Optional.of(update);
    }

    private void hand(Update update) {
        try {
            conversation.accept(update);
        } catch (RuntimeException e) {
            log.error("Update {} failed; going on with the next one", update.getUpdateId(), e);
        }
    }

    private static void answer(HttpExchange exchange, int status) throws IOException {
        exchange.sendResponseHeaders(status, -1);
    }

    private static String oneLine(String text) {
        String line = text.replaceAll("\\s+", " ").strip();
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }

    /**
     * Stops listening; the updates being handled are finished first (up to 10 s). The webhook stays set at Telegram:
     * other instances may still be receiving with it, and it sends to them meanwhile.
     */
    @Override
    public void close() {
        server.stop(1);
        handlers.shutdown();
        try {
            if (!handlers.awaitTermination(Duration.ofSeconds(10).toMillis(), TimeUnit.MILLISECONDS)) {
                handlers.shutdownNow();
            }
        } catch (InterruptedException e) {
            handlers.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
