package talkwatch.deliver;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * Sends the bot's answers to commands, in order within each chat and inside the flood limits the deliverer keeps (the
 * same {@link Pacer}): a long {@code /latest} in a group counts against its 20 messages a minute like the summaries
 * do, and waits its turn rather than being refused. A 429 is waited out and the message sent again; a network or
 * server error is tried again twice; HTML that Telegram cannot parse goes again as plain text. Nothing here blocks the
 * conversation: a chat that has to wait does not hold up the others. Thread-safe.
 */
public final class Replies implements AutoCloseable {

    /** A chat with this many messages still waiting gets no more until they are out (someone is flooding the bot). */
    static final int MAX_WAITING_PER_CHAT = 30;
    /** Telegram says wait; after this many waits in a row the message is given up. */
    static final int MAX_FLOOD_WAITS = 5;

    static final int MAX_ERRORS = 3;
    /** How far ahead a message's turn may be booked; a later turn is asked for again when it comes. */
    private static final Duration SLACK = Duration.ofMillis(200);

    private static final Logger log = LoggerFactory.getLogger(Replies.class);

    private final TelegramClient telegram;
    private final Pacer pacer;
    private final Clock clock;
    private final ScheduledThreadPoolExecutor workers;
    private final ProblemLog problems = new ProblemLog(Replies.class);
    /** Per chat, the messages not yet sent, the first one being worked on; guarded by {@code this}. */
    private final Map<Long, ArrayDeque<Waiting>> waiting = new HashMap<>();

    /** One message, with when its turn is booked and how often it failed. Touched by one worker at a time. */
    private static final class Waiting {
        final SendMessage message;
        final boolean group;
        Instant booked;
        int floodWaits;
        int errors;

        Waiting(SendMessage message, boolean group) {
            this.message = message;
            this.group = group;
        }
    }

    public Replies(TelegramClient telegram, Pacer pacer, Clock clock) {
        this.telegram = telegram;
        this.pacer = pacer;
        this.clock = clock;
        this.workers = new ScheduledThreadPoolExecutor(2, runnable -> {
            Thread thread = new Thread(runnable, "replies");
            thread.setDaemon(true);
            return thread;
        });
        workers.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
    }

    /**
     * Queues one answer for the chat: its HTML messages, in the forum topic {@code thread} if any, with {@code
     * buttons} under the last; they go out in order, after what the chat still waits for.
     */
    public void send(
            long chatId,
            boolean group,
            Optional<Integer> thread,
            List<String> html,
            Optional<InlineKeyboardMarkup> buttons) {
        if (html.isEmpty()) {
            return;
        }
        List<SendMessage> messages = new ArrayList<>(html.size());
        for (String text : html) {
            messages.add(Sender.message(chatId, thread, text, true, false));
        }
        buttons.ifPresent(messages.get(messages.size() - 1)::setReplyMarkup);
        boolean idle;
        synchronized (this) {
            ArrayDeque<Waiting> queue = waiting.computeIfAbsent(chatId, id -> new ArrayDeque<>());
            if (queue.size() + messages.size() > MAX_WAITING_PER_CHAT) {
                problems.once(
                        "replies-full",
                        "Chat {} has {} answers waiting for Telegram's flood limits; not answering it more until they"
                                + " are sent",
                        chatId,
                        queue.size());
                return;
            }
            idle = queue.isEmpty();
            messages.forEach(message -> queue.add(new Waiting(message, group)));
        }
        if (idle) {
            run(chatId, Duration.ZERO);
        }
    }

    /** Sends the chat's waiting messages until one has to wait; then it comes back when that one may go. */
    private void drain(long chatId) {
        try {
            while (true) {
                Waiting next;
                synchronized (this) {
                    next = waiting.get(chatId).peek();
                }
                Instant now = clock.instant();
                if (next.booked == null) {
                    Pacer.Turn turn = pacer.book(chatId, next.group, now, SLACK);
                    if (!turn.booked()) {
                        run(chatId, Duration.between(now, turn.at()));
                        return;
                    }
                    next.booked = turn.at();
                }
                if (next.booked.isAfter(now)) {
                    run(chatId, Duration.between(now, next.booked));
                    return;
                }
                Optional<Duration> again = attempt(chatId, next);
                if (again.isPresent()) {
                    next.booked = null;
                    run(chatId, again.get());
                    return;
                }
                synchronized (this) {
                    ArrayDeque<Waiting> queue = waiting.get(chatId);
                    queue.poll();
                    if (queue.isEmpty()) {
                        waiting.remove(chatId);
                        return;
                    }
                }
            }
        } catch (RuntimeException e) {
            log.error("Answering chat {} failed; its waiting answers are dropped", chatId, e);
            synchronized (this) {
                waiting.remove(chatId);
            }
        }
    }

    /** Sends one message: empty when it is done with (sent, or given up), else how long to wait before trying again. */
    private Optional<Duration> attempt(long chatId, Waiting message) {
        try {
            telegram.execute(message.message);
            return Optional.empty();
        } catch (TelegramApiException e) {
            Refusal refusal = Refusal.of(e);
            switch (refusal.kind()) {
                case FLOOD -> {
                    Duration wait = Duration.ofSeconds(Math.max(1, refusal.retryAfterSeconds()));
                    pacer.pauseChat(chatId, clock.instant().plus(wait));
                    if (++message.floodWaits <= MAX_FLOOD_WAITS) {
                        log.info(
                                "Telegram flood control ({}): answering chat {} in {} s",
                                refusal.description(),
                                chatId,
                                wait.toSeconds());
                        return Optional.of(wait);
                    }
                }
                case BAD_HTML -> {
                    if (message.message.getParseMode() != null) {
                        problems.once(
                                "reply-bad-html",
                                "Telegram refused the HTML of an answer to chat {} ({}): sending it as plain text",
                                chatId,
                                refusal.description());
                        message.message.setText(Sender.plain(message.message.getText()));
                        message.message.setParseMode(null);
                        return Optional.of(Duration.ZERO);
                    }
                }
                case TRANSIENT -> {
                    if (++message.errors < MAX_ERRORS) {
                        Duration wait = Duration.ofSeconds(1L << message.errors);
                        log.warn(
                                "Could not answer chat {} ({}); trying again in {} s",
                                chatId,
                                refusal.description(),
                                wait.toSeconds());
                        return Optional.of(wait);
                    }
                }
                default -> {}
            }
            log.warn("Could not answer chat {}: {}", chatId, refusal.description());
            return Optional.empty();
        }
    }

    private void run(long chatId, Duration after) {
        try {
            workers.schedule(() -> drain(chatId), Math.max(0, after.toMillis()), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException stopping) {
            synchronized (this) {
                waiting.remove(chatId);
            }
        }
    }

    /** Lets the messages being sent finish (up to 5 s); what still waits for its turn is not sent. */
    @Override
    public void close() {
        workers.shutdown();
        try {
            workers.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        workers.shutdownNow();
        synchronized (this) {
            int left = waiting.values().stream().mapToInt(ArrayDeque::size).sum();
            if (left > 0) {
                log.info("{} answers to commands were not sent: talkwatch is stopping", left);
            }
            waiting.clear();
        }
    }
}
