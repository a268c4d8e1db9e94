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
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.generics.TelegramClient;
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
            return new Options(limits, Math.max(4, Math.min(64, limits.globalPerSecond() / 4)));
        }
    }

    static final int DIGEST_FROM = Pacer.CHAT_BURST + 1;
    static final int DIGEST_MAX = 30;

    private static final Logger log = LoggerFactory.getLogger(Deliverer.class);
    private static final int BATCH = 1000;
    private static final int CLAIM_CHUNK = 64;
    private static final Duration HORIZON = Duration.ofMillis(200);
    private static final Duration IDLE_WAIT = Duration.ofSeconds(2);
    private static final Duration MAX_BACKOFF = Duration.ofMinutes(10);
    private static final Duration SAME_FLOOD = Duration.ofSeconds(2);
    private static final Object WAKE = new Object();

    private final Outbox outbox;
    private final SubscriptionStore chats;
    private final MessageFormatter formatter = new MessageFormatter();
    private final Pacer pacer;
    private final Sender sender;
    private final Clock clock;
    private final int concurrency;
    private final ProblemLog problems = new ProblemLog();
    private final ExecutorService workers;
    private final LinkedBlockingQueue<Object> events = new LinkedBlockingQueue<>();
    private final Set<Long> chatsInFlight = new HashSet<>();
    private volatile boolean running = true;
    private Instant lastFlood = Instant.EPOCH;
    private long lastFloodChat;

    public Deliverer(Outbox outbox, SubscriptionStore chats, TelegramClient telegram, Options options, Clock clock) {
        this.outbox = Objects.requireNonNull(outbox, "outbox");
        this.chats = Objects.requireNonNull(chats, "chats");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.pacer = new Pacer(options.limits(), clock.instant());
        this.sender = new Sender(telegram, outbox, options.limits().paidBroadcast(), problems);
        this.concurrency = options.concurrency();
        this.workers = Executors.newFixedThreadPool(concurrency, runnable -> {
            Thread thread = new Thread(runnable, "deliverer-send");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Tells the sender that new deliveries were queued. */
    public void wake() {
        events.add(WAKE);
    }

    /** Stops taking new deliveries; {@link #run} returns once the messages in flight are answered. */
    public void stop() {
        running = false;
        wake();
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
            byChat.computeIfAbsent(delivery.chatId(), id -> new ArrayList<>()).add(delivery);
        }
        Map<Long, List<String>> partsOfArticle = new HashMap<>();
        List<Outgoing> chunk = new ArrayList<>();
        OutboxBatch postponed = new OutboxBatch();
        for (List<Delivery> waiting : byChat.values()) {
            if (!running) {
                break;
            }
            Delivery first = waiting.get(0);
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
            if (at.isAfter(now.plus(HORIZON)) || chatsInFlight.size() >= concurrency) {
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
        outbox.write(postponed);
        applyEvents();
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

    /** One message for the chat's waiting deliveries: the article (or its remaining parts), or a digest. */
    private Outgoing compose(
            List<Delivery> waiting, boolean group, Map<Long, List<String>> partsOfArticle, Instant at) {
        Delivery first = waiting.get(0);
        if (waiting.size() >= DIGEST_FROM && first.partsSent() == 0) {
            List<Delivery> folded = waiting.subList(0, Math.min(DIGEST_MAX, waiting.size()));
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
        List<String> parts = partsOfArticle.computeIfAbsent(article.id(), id -> formatter.parts(article));
        int firstPart = Math.min(first.partsSent(), parts.size() - 1);
        return new Outgoing(first.chatId(), group, first.threadId(), List.of(first), parts, firstPart, at);
    }

    private void dispatch(List<Outgoing> chunk) {
        if (chunk.isEmpty()) {
            return;
        }
        List<Long> ids = new ArrayList<>();
        chunk.forEach(outgoing -> ids.addAll(outgoing.ids()));
        outbox.claim(ids);
        for (Outgoing outgoing : chunk) {
            workers.execute(() -> events.add(sendSafely(outgoing)));
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

    /** Waits until {@code at} and until fewer than {@code concurrency} messages are in flight. */
    private void waitForRoom(Instant at) {
        while (running) {
            applyEvents();
            Instant now = clock.instant();
            if (!at.isAfter(now) && chatsInFlight.size() < concurrency) {
                return;
            }
            long millis =
                    at.isAfter(now) ? Math.max(1, Duration.between(now, at).toMillis()) : 1000;
            take(millis);
        }
    }

    private void waitUntil(Instant until) {
        while (running) {
            applyEvents();
            long millis = Duration.between(clock.instant(), until).toMillis();
            if (millis <= 0) {
                return;
            }
            if (take(millis) == WAKE) {
                return;
            }
        }
    }

    /** Waits up to {@code millis} for an answer or a wake-up, handles it, and returns it. */
    private Object take(long millis) {
        try {
            Object event = events.poll(millis, TimeUnit.MILLISECONDS);
            if (event instanceof Sender.Result result) {
                events.add(result);
            }
            return event;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
            return WAKE;
        }
    }

    /** Records every answer that came back, in one transaction. */
    private void applyEvents() {
        List<Object> drained = new ArrayList<>();
        events.drainTo(drained);
        OutboxBatch batch = new OutboxBatch();
        List<Sender.Result> aftermath = new ArrayList<>();
        for (Object event : drained) {
            if (event instanceof Sender.Result result) {
                record(result, batch, aftermath);
            }
        }
        outbox.write(batch);
        for (Sender.Result result : aftermath) {
            settleChat(result);
        }
        for (Object event : drained) {
            if (event instanceof Sender.Result result) {
                chatsInFlight.remove(result.outgoing().chatId());
            }
        }
    }

    private void record(Sender.Result result, OutboxBatch batch, List<Sender.Result> aftermath) {
        Outgoing outgoing = result.outgoing();
        if (result.refusal().isEmpty()) {
            outgoing.deliveries()
                    .forEach(d -> batch.sent(d.id(), result.messageId().orElse(0L)));
            return;
        }
        Refusal refusal = result.refusal().get();
        Instant now = clock.instant();
        switch (refusal.kind()) {
            case FLOOD -> {
                Instant until = now.plusSeconds(refusal.retryAfterSeconds())
                        .plusMillis(ThreadLocalRandom.current().nextLong(100, 1000));
                pacer.pauseChat(outgoing.chatId(), until);
                boolean botWide = lastFloodChat != outgoing.chatId()
                        && Duration.between(lastFlood, now).compareTo(SAME_FLOOD) < 0;
                if (botWide) {
                    pacer.pauseAll(until);
                }
                lastFlood = now;
                lastFloodChat = outgoing.chatId();
                problems.once(
                        "flood-" + (botWide ? "all" : outgoing.chatId()),
                        "Telegram flood control ({}): pausing {} for {} s plus jitter; the message will be sent then",
                        refusal.description(),
                        botWide ? "all sending" : "chat " + outgoing.chatId(),
                        refusal.retryAfterSeconds());
                outgoing.deliveries().forEach(d -> batch.retry(d.id(), until, refusal.description()));
            }
            case TRANSIENT -> {
                long seconds = Math.min(MAX_BACKOFF.toSeconds(), 2L << Math.min(outgoing.attempts(), 12));
                Instant at = now.plusSeconds(seconds)
                        .plusMillis(ThreadLocalRandom.current().nextLong(0, 500));
                problems.once(
                        "transient",
                        "Telegram could not take a message to chat {} ({}); retrying it in {} s, and others with"
                                + " growing delays",
                        outgoing.chatId(),
                        refusal.description(),
                        seconds);
                outgoing.deliveries().forEach(d -> batch.retry(d.id(), at, refusal.description()));
            }
            case PERMANENT, BAD_HTML -> {
                log.warn(
                        "Telegram refused deliveries {} to chat {} for good: {}",
                        outgoing.ids(),
                        outgoing.chatId(),
                        refusal.description());
                outgoing.deliveries().forEach(d -> batch.failed(d.id(), refusal.description()));
            }
            case GONE, MIGRATED -> aftermath.add(result);
        }
    }

    /** Deactivation and migration change the chat and all its deliveries, so they come after the batch. */
    private void settleChat(Sender.Result result) {
        long chatId = result.outgoing().chatId();
        Refusal refusal = result.refusal().orElseThrow();
        if (refusal.kind() == Refusal.Kind.GONE) {
            log.info(
                    "Chat {} can no longer be reached ({}): deactivated, its subscriptions kept until /start",
                    chatId,
                    refusal.description());
            chats.deactivate(chatId, refusal.description());
        } else {
            log.info(
                    "Chat {} became supergroup {}: its subscriptions and queued messages moved there",
                    chatId,
                    refusal.migrateTo());
            chats.migrate(chatId, refusal.migrateTo());
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
        applyEvents();
        workers.shutdownNow();
    }

    private static boolean isGroup(String chatType) {
        return !"private".equals(chatType);
    }
}
