package talkwatch.deliver;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.generics.TelegramClient;
import talkwatch.metrics.Metrics;
import talkwatch.store.Delivery;
import talkwatch.store.Outbox;
import talkwatch.store.OutboxBatch;
import talkwatch.store.StoredArticle;
import talkwatch.store.SubscriptionStore;

/**
 * Drains the outbox into Telegram, inside the flood limits, with several messages in flight at once
 * (never two to the same chat). A delivery is marked 'sending' just before it goes out and 'sent' only
 * after Telegram accepted it; after a crash {@link Outbox#recover} puts the ones in flight back, so at
 * most one message per chat arrives twice. Flood control, server and network errors keep a delivery
 * pending for a retry; a chat that blocked the bot or vanished is deactivated; a migrated group is
 * followed to its new id; a chat with a backlog gets one digest instead of a flood.
 *
 * <p>One thread runs {@link #run}; {@link #wake} and {@link #stop} may be called from any thread.
 */
public final class Deliverer implements Runnable {

    /** How the sender runs: the flood limits, and how many messages may be in flight at once. */
    public record Options(DeliveryLimits limits, int concurrency) {

        public Options {
            Objects.requireNonNull(limits, "limits");
            if (concurrency < 1) {
                throw new IllegalArgumentException("concurrency must be at least 1, got " + concurrency);
            }
        }

        /** Enough requests in flight to reach the overall rate when an answer takes ~150 ms. */
        public static Options of(DeliveryLimits limits) {
            return new Options(limits, Math.max(4, Math.min(128, limits.globalPerSecond() / 4)));
        }
    }

    static final int DIGEST_FROM = Pacer.CHAT_BURST + 1;
    static final int DIGEST_MAX = 30;

    private static final Logger log = LoggerFactory.getLogger(Deliverer.class);
    private static final int BATCH = 1000;
    private static final int CLAIM_CHUNK = 128;
    private static final Duration HORIZON = Duration.ofMillis(200);
    private static final Duration IDLE_WAIT = Duration.ofSeconds(2);
    /** How long an edit waits for its message, still on its way, before it is looked at again. */
    private static final Duration EDIT_WAIT = Duration.ofSeconds(1);
    /** After an answer while idle, how long to wait for the other answers in flight, to record them together. */
    private static final long GATHER_MILLIS = 10;

    private final Outbox outbox;
    private final MessageFormatter formatter;
    private final Pacer pacer;
    private final Sender sender;
    private final Outcomes outcomes;
    private final Clock clock;
    private final int concurrency;
    /**
     * Messages claimed and handed to the workers, sent or waiting for a free worker: twice the workers, so a
     * worker that gets an answer takes the next message at once while the loop records answers in batches.
     */
    private final int window;

    private final ExecutorService workers;
    private final Answers answers = new Answers();
    /**
     * Chats with a message sent whose outcome is not written yet: answered or not, nothing more goes to them
     * until it is, so that after a crash a chat gets at most that one message twice.
     */
    private final Set<Long> chatsInFlight = new HashSet<>();

    private volatile boolean running = true;

    public Deliverer(
            Outbox outbox,
            SubscriptionStore chats,
            TelegramClient telegram,
            MessageFormatter formatter,
            Options options,
            Clock clock) {
        this(outbox, chats, telegram, formatter, options, new Pacer(options.limits(), clock.instant()), clock);
    }

    /** With {@code pacer} shared with the bot's {@link Replies}, which must keep the same limits. */
    public Deliverer(
            Outbox outbox,
            SubscriptionStore chats,
            TelegramClient telegram,
            MessageFormatter formatter,
            Options options,
            Pacer pacer,
            Clock clock) {
        this(outbox, chats, telegram, formatter, options, pacer, clock, Metrics.NONE);
    }

    /** Counting Telegram's answers in {@code metrics}. */
    public Deliverer(
            Outbox outbox,
            SubscriptionStore chats,
            TelegramClient telegram,
            MessageFormatter formatter,
            Options options,
            Pacer pacer,
            Clock clock,
            Metrics metrics) {
        this.outbox = Objects.requireNonNull(outbox, "outbox");
        this.formatter = Objects.requireNonNull(formatter, "formatter");
        Objects.requireNonNull(chats, "chats");
        this.clock = Objects.requireNonNull(clock, "clock");
        ProblemLog problems = new ProblemLog(Deliverer.class);
        this.pacer = Objects.requireNonNull(pacer, "pacer");
        this.sender = new Sender(telegram, outbox, options.limits().paidBroadcast(), problems);
        this.outcomes = new Outcomes(chats, pacer, problems, Objects.requireNonNull(metrics, "metrics"), clock);
        this.concurrency = options.concurrency();
        this.window = 2 * concurrency;
        this.workers = Executors.newFixedThreadPool(concurrency, runnable -> {
            Thread thread = new Thread(runnable, "deliverer-send");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Tells the sender that new deliveries were queued. */
    public void wake() {
        answers.wake();
    }

    /** Stops taking new deliveries; {@link #run} returns once the messages in flight are answered. */
    public void stop() {
        running = false;
        answers.stop();
    }

    @Override
    public void run() {
        int recovered = outbox.recover();
        if (recovered > 0) {
            log.warn(
                    "{} deliveries were in flight when talkwatch last stopped; sending them again (a chat may get"
                            + " that one message twice)",
                    recovered);
        }
        try {
            while (running) {
                try {
                    waitUntil(deliverDue());
                } catch (RuntimeException e) {
                    log.error("Delivery loop failed, retrying in {} s: {}", IDLE_WAIT.toSeconds(), e.getMessage(), e);
                    waitUntil(clock.instant().plus(IDLE_WAIT));
                }
            }
        } finally {
            finish();
        }
    }

    /** Sends every due delivery whose chat is ready; returns when to look again. */
    Instant deliverDue() {
        Instant earliest = clock.instant().plus(IDLE_WAIT);
        List<Delivery> due = outbox.due(BATCH);
        Map<Long, List<Delivery>> byChat = new LinkedHashMap<>();
        for (Delivery delivery : due) {
            byChat.computeIfAbsent(delivery.chatId(), id -> new ArrayList<>(1)).add(delivery);
        }
        Map<Long, List<String>> partsOfArticle = new HashMap<>();
        List<Outgoing> chunk = new ArrayList<>();
        OutboxBatch postponed = new OutboxBatch();
        for (List<Delivery> chatDue : byChat.values()) {
            if (!running) {
                break;
            }
            List<Delivery> waiting = chatDue;
            Delivery first = waiting.get(0);
            if (first.kind() == Delivery.Kind.EDIT && first.refersTo().isEmpty()) {
                if (first.awaitsItsMessage()) {
                    // its message is on its way: edit it once Telegram has it (others in the chat go first)
                    Instant later = clock.instant().plus(EDIT_WAIT);
                    waiting.stream()
                            .filter(d -> d.kind() == Delivery.Kind.EDIT)
                            .forEach(d -> postponed.postpone(d.id(), later));
                    earliest = earliest.isBefore(later) ? earliest : later;
                    if (waiting.stream().allMatch(d -> d.kind() == Delivery.Kind.EDIT)) {
                        continue;
                    }
                    waiting = waiting.stream().filter(Delivery::news).toList();
                    first = waiting.get(0);
                } else {
                    // the message failed, or is gone from the store (forgotten, or its chat moved): nothing to edit
                    postponed.failed(first.id(), "no message to edit");
                    continue;
                }
            }
            boolean group = isGroup(first.chatType());
            Instant now = clock.instant();
            Instant ready = chatsInFlight.contains(first.chatId())
                    ? now.plusSeconds(1)
                    : pacer.chatReadyAt(first.chatId(), group, now);
            if (ready.isAfter(now)) {
                // Out of the due list until the chat may receive again, so other chats are not starved.
                waiting.forEach(d -> postponed.postpone(d.id(), ready));
                earliest = Pacer.max(now, earliest.isBefore(ready) ? earliest : ready);
                continue;
            }
            // Messages are scheduled up to HORIZON ahead, so one claim covers several of them even at
            // 25 msg/s; each worker waits for its message's moment.
            Instant at = Pacer.max(now, pacer.globalReadyAt(now));
            if (at.isAfter(now.plus(HORIZON)) || unanswered() >= window) {
                dispatch(chunk);
                waitForRoom(at.minus(HORIZON));
                now = clock.instant();
                at = Pacer.max(now, pacer.globalReadyAt(now));
            }
            Outgoing outgoing = compose(waiting, group, partsOfArticle, at);
            pacer.take(outgoing.chatId(), group, outgoing.messages(), at);
            chunk.add(outgoing);
            chatsInFlight.add(outgoing.chatId());
            if (chunk.size() >= CLAIM_CHUNK) {
                dispatch(chunk);
            }
        }
        dispatch(chunk);
        recordAnswers(postponed);
        if (due.size() == BATCH) {
            return clock.instant();
        }
        Instant now = clock.instant();
        Instant fallback = earliest;
        return outbox.nextDue()
                .filter(at -> at.isBefore(fallback))
                .map(at -> Pacer.max(at, now))
                .orElse(fallback);
    }

    /** Messages sent and not answered yet. */
    private int unanswered() {
        return chatsInFlight.size() - answers.waiting();
    }

    /**
     * One message for the chat's waiting deliveries: the article (or its remaining parts), a follow-up, a digest of
     * the news waiting, or an edit of a message already sent.
     */
    private Outgoing compose(
            List<Delivery> waiting, boolean group, Map<Long, List<String>> partsOfArticle, Instant at) {
        Delivery first = waiting.get(0);
        if (first.kind() == Delivery.Kind.EDIT) {
            // every edit of the same message waiting, done at once: the message names all their outlets
            List<Delivery> edits = waiting.stream()
                    .filter(d -> d.kind() == Delivery.Kind.EDIT && d.refersTo().equals(first.refersTo()))
                    .toList();
            return new Outgoing(
                    first.chatId(),
                    group,
                    first.threadId(),
                    edits,
                    List.of(formatter.format(first.article())),
                    0,
                    at,
                    Outgoing.Form.EDIT,
                    first.refersTo());
        }
        List<Delivery> news = waiting.stream().filter(Delivery::news).toList();
        if (news.size() >= DIGEST_FROM && first.partsSent() == 0) {
            List<Delivery> folded = news.subList(0, Math.min(DIGEST_MAX, news.size()));
            MessageFormatter.Digest digest =
                    formatter.digest(folded.stream().map(Delivery::article).toList());
            return new Outgoing(
                    first.chatId(),
                    group,
                    first.threadId(),
                    List.copyOf(folded.subList(0, digest.articles())),
                    List.of(digest.html()),
                    0,
                    at);
        }
        StoredArticle article = first.article();
        boolean followUp = first.kind() == Delivery.Kind.FOLLOW_UP;
        List<String> parts = followUp
                ? formatter.followUpParts(article)
                : partsOfArticle.computeIfAbsent(article.id(), id -> formatter.parts(article));
        int firstPart = Math.min(first.partsSent(), parts.size() - 1);
        return new Outgoing(
                first.chatId(),
                group,
                first.threadId(),
                List.of(first),
                parts,
                firstPart,
                at,
                followUp ? Outgoing.Form.SILENT : Outgoing.Form.RINGING,
                first.refersTo());
    }

    /**
     * Claims the chunk in the same transaction that records the answers so far, then hands it out: one
     * transaction per chunk, however many answers came in meanwhile.
     */
    private void dispatch(List<Outgoing> chunk) {
        if (chunk.isEmpty()) {
            return;
        }
        OutboxBatch batch = new OutboxBatch();
        for (Outgoing outgoing : chunk) {
            for (Delivery delivery : outgoing.deliveries()) {
                batch.claim(delivery.id());
            }
        }
        try {
            recordAnswers(batch);
        } catch (RuntimeException e) {
            // Not claimed, so not sent: the chats may receive again, the deliveries are still pending.
            chunk.forEach(outgoing -> chatsInFlight.remove(outgoing.chatId()));
            chunk.clear();
            throw e;
        }
        for (Outgoing outgoing : chunk) {
            workers.execute(() -> answers.add(sendSafely(outgoing)));
        }
        chunk.clear();
    }

    private Sender.Result sendSafely(Outgoing outgoing) {
        try {
            long wait = Duration.between(clock.instant(), outgoing.notBefore()).toMillis();
            if (wait > 0) {
                Thread.sleep(wait);
            }
            return sender.send(outgoing);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Sender.Result(
                    outgoing,
                    Optional.empty(),
                    Optional.of(new Refusal(Refusal.Kind.TRANSIENT, "interrupted before sending", 0, 0)));
        } catch (RuntimeException e) {
            return new Sender.Result(
                    outgoing,
                    Optional.empty(),
                    Optional.of(new Refusal(Refusal.Kind.TRANSIENT, "sending failed: " + e, 0, 0)));
        }
    }

    /**
     * Waits until {@code at}, and until room for several messages is free when all slots were taken. The
     * answers are not written here: the next {@link #dispatch} records them with its claim, in one transaction.
     */
    private void waitForRoom(Instant at) {
        int room = unanswered() >= window ? Math.max(1, concurrency / 2) : 1;
        while (running) {
            Instant now = clock.instant();
            boolean roomy = unanswered() <= window - room;
            if (!at.isAfter(now) && roomy) {
                return;
            }
            long millis =
                    at.isAfter(now) ? Math.max(1, Duration.between(now, at).toMillis()) : 1000;
            int wanted = roomy ? Integer.MAX_VALUE : chatsInFlight.size() - (window - room);
            try {
                answers.awaitAnswers(wanted, millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                running = false;
            }
        }
    }

    /** Records answers as they come in until {@code until} or a wake-up. */
    private void waitUntil(Instant until) {
        while (running) {
            recordAnswers(new OutboxBatch());
            long millis = Duration.between(clock.instant(), until).toMillis();
            if (millis <= 0) {
                return;
            }
            try {
                if (answers.awaitWakeOrAnswer(millis)) {
                    return;
                }
                // An answer: give the others in flight a moment, to record them in the same transaction.
                answers.awaitAnswers(chatsInFlight.size(), Math.min(millis, GATHER_MILLIS));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                running = false;
                return;
            }
        }
    }

    /**
     * Records every answer that came back, with {@code batch}, in one transaction; only then may their chats
     * receive again.
     */
    private void recordAnswers(OutboxBatch batch) {
        List<Sender.Result> drained = answers.drain();
        List<Sender.Result> aftermath = new ArrayList<>();
        for (Sender.Result result : drained) {
            outcomes.record(result, batch, aftermath);
        }
        try {
            outbox.write(batch);
        } catch (RuntimeException e) {
            answers.putBack(drained);
            throw e;
        }
        for (Sender.Result result : aftermath) {
            outcomes.settleChat(result);
        }
        for (Sender.Result result : drained) {
            chatsInFlight.remove(result.outgoing().chatId());
        }
    }

    /** Lets the messages in flight finish (up to 30 s) and records their answers. */
    private void finish() {
        workers.shutdown();
        try {
            workers.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        recordAnswers(new OutboxBatch());
        workers.shutdownNow();
    }

    private static boolean isGroup(String chatType) {
        return !"private".equals(chatType);
    }
}
