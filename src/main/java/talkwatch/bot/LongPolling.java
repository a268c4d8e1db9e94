package talkwatch.bot;

import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.updates.DeleteWebhook;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * Receives the bot's updates by long polling, on a thread of its own. Each {@code getUpdates} asks Telegram to hold the
 * request for {@link #HOLD} while nothing happens, and the HTTP client under it waits {@link #READ_TIMEOUT} for the
 * answer, so a quiet hour is a series of empty answers, never an error, and an update is handed on the moment Telegram
 * has it. Updates go to the conversation in order; the next request confirms them.
 *
 * <p>A real failure (the network, a 5xx, a 429, a 409 because another process polls with the same token) is one WARN
 * line; the request is made again {@link #FIRST_RETRY} later, twice as long after each further failure up to
 * {@link #MAX_RETRY} (a 429's {@code retry_after} when longer), and the wait starts over after the first answer.
 */
public final class LongPolling implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(LongPolling.class);

    /** How long Telegram holds a getUpdates request when there is nothing to answer (its {@code timeout}). */
    static final Duration HOLD = Duration.ofSeconds(50);
    /** How long the HTTP client waits for an answer: the hold, and time for the answer to travel. */
    static final Duration READ_TIMEOUT = HOLD.plusSeconds(20);

    static final Duration FIRST_RETRY = Duration.ofSeconds(1);
    static final Duration MAX_RETRY = Duration.ofMinutes(1);
    private static final int BATCH = 100;

    private final OkHttpClient http;
    private final TelegramClient telegram;
    private final List<String> kinds;
    private final Consumer<Update> conversation;
    private final Retry retry;
    private final Thread thread;
    private volatile boolean running = true;
    /** The first update id not handled yet; 0 until the first update. */
    private int offset;

    private LongPolling(String token, TelegramUrl url, List<String> kinds, Consumer<Update> conversation, Retry retry) {
        this.http = new OkHttpClient.Builder()
                .connectTimeout(Duration.ofSeconds(10))
                .readTimeout(READ_TIMEOUT)
                .build();
        this.telegram = new OkHttpTelegramClient(http, token, url);
        this.kinds = List.copyOf(kinds);
        this.conversation = Objects.requireNonNull(conversation, "conversation");
        this.retry = retry;
        this.thread = new Thread(this::run, "long-polling");
        this.thread.setDaemon(true);
    }

    /**
     * Starts receiving the updates of the {@code kinds} named (Telegram's {@code allowed_updates}) and handing each to
     * {@code conversation}.
     */
    public static LongPolling start(String token, TelegramUrl url, List<String> kinds, Consumer<Update> conversation) {
        return start(token, url, kinds, conversation, new Retry(FIRST_RETRY, MAX_RETRY));
    }

    static LongPolling start(
            String token, TelegramUrl url, List<String> kinds, Consumer<Update> conversation, Retry retry) {
        LongPolling polling = new LongPolling(token, url, kinds, conversation, retry);
        polling.thread.start();
        return polling;
    }

    private void run() {
        // A webhook left behind by an earlier set-up would make every getUpdates a 409.
        perform(() -> telegram.execute(new DeleteWebhook()));
        while (running) {
            perform(() -> {
                for (Update update : telegram.execute(request())) {
                    offset = Math.max(offset, update.getUpdateId() + 1);
                    hand(update);
                }
            });
        }
    }

    private GetUpdates request() {
        return GetUpdates.builder()
                .offset(offset)
                .limit(BATCH)
                .timeout((int) HOLD.toSeconds())
                .allowedUpdates(kinds)
                .build();
    }

    private void hand(Update update) {
        try {
            conversation.accept(update);
        } catch (RuntimeException e) {
            log.error("Update {} failed; going on with the next one", update.getUpdateId(), e);
        }
    }

    /** Does one request to Telegram; a failure is logged in one line and waited out. */
    private void perform(Request request) {
        try {
            request.run();
            if (retry.failures() > 0) {
                log.info("Telegram answers again: receiving updates");
            }
            retry.reset();
        } catch (TelegramApiException e) {
            if (!running) {
                return;
            }
            Duration wait = retry.next(retryAfter(e));
            log.warn("Could not get updates from Telegram ({}); asking again in {}", reason(e), seconds(wait));
            try {
                Thread.sleep(wait.toMillis());
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                running = false;
            }
        }
    }

    private static Duration retryAfter(TelegramApiException e) {
        if (e instanceof TelegramApiRequestException refused
                && refused.getParameters() != null
                && refused.getParameters().getRetryAfter() != null) {
            return Duration.ofSeconds(refused.getParameters().getRetryAfter());
        }
        return Duration.ZERO;
    }

    /** What went wrong, in words an operator acts on. */
    static String reason(TelegramApiException e) {
        if (e instanceof TelegramApiRequestException refused && refused.getErrorCode() != null) {
            int code = refused.getErrorCode();
            String answer = code + " " + refused.getApiResponse();
            return switch (code) {
                case 409 ->
                    answer + ": another process is receiving this bot's updates (a second talkwatch run"
                            + " with the same token, or a webhook); only one may";
                case 401, 404 -> answer + ": Telegram no longer accepts the token; copy it again from @BotFather";
                case 429 -> answer + ": Telegram asks to slow down";
                default -> answer;
            };
        }
        Throwable cause = e.getCause() == null ? e : e.getCause();
        if (cause instanceof SocketTimeoutException || cause instanceof InterruptedIOException) {
            return "no answer within " + seconds(READ_TIMEOUT);
        }
        if (cause instanceof UnknownHostException || cause instanceof ConnectException) {
            return "cannot reach Telegram: " + cause.getMessage();
        }
        return "network error: " + cause.getClass().getSimpleName()
                + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
    }

    private static String seconds(Duration duration) {
        return duration.toSeconds() + " s";
    }

    /** Stops asking; an update being handled is finished first. */
    @Override
    public void close() throws InterruptedException {
        running = false;
        http.dispatcher().cancelAll(); // the request Telegram is holding
        thread.interrupt(); // a wait between failures
        thread.join(Duration.ofSeconds(10).toMillis());
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }

    @FunctionalInterface
    private interface Request {
        void run() throws TelegramApiException;
    }

    /** The wait before the next request after a failure: doubles up to a cap, starts over after a success. */
    static final class Retry {
        private final Duration first;
        private final Duration max;
        private Duration next;
        private int failures;

        Retry(Duration first, Duration max) {
            this.first = first;
            this.max = max;
            this.next = first;
        }

        /** The wait after one more failure; at least {@code atLeast} (a server's retry_after). */
        Duration next(Duration atLeast) {
            failures++;
            Duration wait = next.compareTo(atLeast) >= 0 ? next : atLeast;
            Duration doubled = next.multipliedBy(2);
            next = doubled.compareTo(max) > 0 ? max : doubled;
            return wait;
        }

        void reset() {
            next = first;
            failures = 0;
        }

        int failures() {
            return failures;
        }
    }
}
