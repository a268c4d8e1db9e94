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
 * (never two to the same chat). A delivery is claimed ('sending') just before it goes out and marked 'sent' as
 * soon as Telegram accepted it, so that after a crash only the messages truly in flight can arrive twice, at most one
 * per chat: on SQLite {@link Outbox#recover} puts them back at the next start, on PostgreSQL their claims run out
 * ({@link Outbox#LEASE}). Of several instances sharing a PostgreSQL outbox one sends ({@link Outbox#isSender}), the
 * others stand by to take over. Flood control, server and network errors keep a delivery
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
    /** The stories of one digest (a chat in digest mode), at most; more go in another digest right after. */
    static final int DIGEST_STORIES = 100;

    private static final Logger log = LoggerFactory.getLogger(Deliverer.class);
    private static final int BATCH = 1000;
    /**
     * Messages claimed at once, at most. With {@link #HORIZON} it bounds the messages claimed before their time: what a
     * crash would send twice though Telegram never had it.
     */
    private static final int CLAIM_CHUNK = 32;
    /** How far ahead of its moment a message is claimed and handed to a worker, which waits for the moment. */
    private static final Duration HORIZON = Duration.ofMillis(20);
    /** How often a standby instance asks whether it sends now. */
    private static final Duration STANDBY_WAIT = Duration.ofSeconds(1);

    private static final Duration IDLE_WAIT = Duration.ofSeconds(2);
    /** How long an edit waits for its message, still on its way, before it is looked at again. */
    private static final Duration EDIT_WAIT = Duration.ofSeconds(1);
    /** After an answer while idle, how long to wait for the other answers in flight, to record them together. */
    private static final long GATHER_MILLIS = 10;

    private final Outbox outbox;
    private final ChatRhythm rhythm;
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
        this(outbox, chats, telegram, ChatRhythm.instant(formatter), options, pacer, clock, Metrics.NONE);
    }

    /**
     * With each chat's {@code rhythm} (its digest, quiet hours, link previews and clock), counting Telegram's answers
     * in {@code metrics}.
     */
    public Deliverer(
            Outbox outbox,
            SubscriptionStore chats,
            TelegramClient telegram,
            ChatRhythm rhythm,
            Options options,
            Pacer pacer,
            Clock clock,
            Metrics metrics) {
        this.outbox = Objects.requireNonNull(outbox, "outbox");
        this.rhythm = Objects.requireNonNull(rhythm, "rhythm");
        Objects.requireNonNull(chats, "chats");
        this.clock = Objects.requireNonNull(clock, "clock");
        ProblemLog problems = new ProblemLog(Deliverer.class);
        this.pacer = Objects.requireNonNull(pacer, "pacer");
        this.sender = new Sender(telegram, outbox, options.limits().paidBroadcast(), problems, rhythm, clock);
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
                    if (!outbox.isSender()) {
                        waitUntil(clock.instant().plus(STANDBY_WAIT));
                        continue;
                    }
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
        Map<MessageFormatter, Map<Long, List<String>>> partsOfArticle = new HashMap<>();
        List<Outgoing> chunk = new ArrayList<>();
        OutboxBatch postponed = new OutboxBatch();
        for (List<Delivery> all : byChat.values()) {
            if (!running) {
                break;
            }
            // A chat in digest mode: what waits for its digest time is out of the due list until then.
            ChatRhythm.Plan plan = rhythm.plan(all.get(0).chatId(), all, clock.instant());
            plan.held().forEach(postponed::postpone);
            List<Delivery> waiting = plan.ready();
            if (plan.digest()) {
                // a digest names every outlet of its stories: a message of it is never edited to name one more
                waiting.stream()
                        .filter(d -> !d.news())
                        .forEach(d -> postponed.failed(d.id(), "the chat reads digests: nothing to edit"));
                waiting = waiting.stream().filter(Delivery::news).toList();
            }
            if (waiting.isEmpty()) {
                continue;
            }
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
                // until half the horizon is left: then the next claim covers the other half, several messages even
                // at 1,000 msg/s, not one claim and one record of answers for each
                waitForRoom(at.minus(HORIZON.dividedBy(2)));
                now = clock.instant();
                at = Pacer.max(now, pacer.globalReadyAt(now));
            }
            Outgoing outgoing =
                    plan.digest() ? digest(waiting, group, at) : compose(waiting, group, partsOfArticle, at);
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

    /** The chat's digest: its ready deliveries folded into one message, or as few as Telegram's limit allows. */
    private Outgoing digest(List<Delivery> ready, boolean group, Instant at) {
        Delivery first = ready.get(0);
        List<Delivery> folded = ready.subList(0, Math.min(DIGEST_STORIES, ready.size()));
        List<String> parts = rhythm.digest(first.chatId(), folded, at);
        int sent = folded.stream().mapToInt(Delivery::partsSent).min().orElse(0);
        return new Outgoing(
                first.chatId(), group, first.threadId(), folded, parts, Math.min(sent, parts.size() - 1), at);
    }

    /**
     * One message for the chat's waiting deliveries: the article (or its remaining parts), a follow-up, a digest of
     * the news waiting, or an edit of a message already sent.
     */
    private Outgoing compose(
            List<Delivery> waiting,
            boolean group,
            Map<MessageFormatter, Map<Long, List<String>>> partsOfArticle,
            Instant at) {
        Delivery first = waiting.get(0);
        MessageFormatter formatter = rhythm.formatter(first.chatId());
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
                : partsOfArticle
                        .computeIfAbsent(formatter, f -> new HashMap<>())
                        .computeIfAbsent(article.id(), id -> formatter.parts(article));
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
        Set<Long> claimed;
        try {
            claimed = recordAnswers(batch);
        } catch (RuntimeException e) {
            // Not claimed, so not sent: the chats may receive again, the deliveries are still pending.
            chunk.forEach(outgoing -> chatsInFlight.remove(outgoing.chatId()));
            chunk.clear();
            throw e;
        }
        OutboxBatch notSent = new OutboxBatch();
        for (Outgoing outgoing : chunk) {
            if (outgoing.deliveries().stream().allMatch(d -> claimed.contains(d.id()))) {
                workers.execute(() -> answers.add(sendSafely(outgoing)));
            } else {
                // another instance holds one of them (a hand-over between senders): it is theirs to send
                outgoing.deliveries().stream()
                        .filter(d -> claimed.contains(d.id()))
                        .forEach(d -> notSent.release(d.id()));
                chatsInFlight.remove(outgoing.chatId());
            }
        }
        outbox.write(notSent);
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
     * Waits until {@code at}, and until room for several messages is free when all slots were taken. Answers that
     * came in are recorded before each wait, so that none stays unrecorded longer than a {@link #HORIZON}: what a
     * crash would send twice is only what Telegram has not answered yet.
     */
    private void waitForRoom(Instant at) {
        int room = unanswered() >= window ? Math.max(1, concurrency / 2) : 1;
        while (running) {
            if (answers.waiting() > 0) {
                recordAnswers(new OutboxBatch());
            }
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
     * receive again. Returns the deliveries {@code batch} claimed.
     */
    private Set<Long> recordAnswers(OutboxBatch batch) {
        List<Sender.Result> drained = answers.drain();
        List<Sender.Result> aftermath = new ArrayList<>();
        for (Sender.Result result : drained) {
            outcomes.record(result, batch, aftermath);
        }
        Set<Long> claimed;
        try {
            claimed = outbox.write(batch);
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
        return claimed;
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
        outbox.stopSending();
    }

    private static boolean isGroup(String chatType) {
        return !"private".equals(chatType);
    }
}
