package talkwatch.deliver;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import talkwatch.metrics.Metrics;
import talkwatch.store.OutboxBatch;
import talkwatch.store.SubscriptionStore;

/**
 * What Telegram's answer to a message means for its deliveries, the pacing and the chat: sent with its
 * message id; flood control (the chat, or all sending when several chats get it, paused for as long as
 * asked, plus jitter); a transient failure retried with a growing delay; a refusal for good; a chat gone
 * (deactivated) or migrated (followed to its new id). Not thread-safe: only the delivery loop uses it.
 */
final class Outcomes {

    private static final Logger log = LoggerFactory.getLogger(Deliverer.class);
    private static final Duration MAX_BACKOFF = Duration.ofMinutes(10);
    private static final Duration SAME_FLOOD = Duration.ofSeconds(2);

    private final SubscriptionStore chats;
    private final Pacer pacer;
    private final ProblemLog problems;
    private final Metrics metrics;
    private final Clock clock;
    private Instant lastFlood = Instant.EPOCH;
    private long lastFloodChat;

    Outcomes(SubscriptionStore chats, Pacer pacer, ProblemLog problems, Metrics metrics, Clock clock) {
        this.chats = chats;
        this.pacer = pacer;
        this.problems = problems;
        this.metrics = metrics;
        this.clock = clock;
    }

    /**
     * Adds what the answer changes in the outbox to {@code batch}; a chat gone or migrated goes to
     * {@code aftermath}, for {@link #settleChat} once the batch is written.
     */
    void record(Sender.Result result, OutboxBatch batch, List<Sender.Result> aftermath) {
        Outgoing outgoing = result.outgoing();
        metrics.sent(outcome(result));
        if (result.refusal().isEmpty()) {
            long messageId = result.messageId().orElse(0L);
            for (var delivery : outgoing.deliveries()) {
                batch.sent(delivery.id(), messageId);
            }
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
                    pacer.pauseAll(now, until);
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

    private static Metrics.Send outcome(Sender.Result result) {
        if (result.refusal().isEmpty()) {
            return Metrics.Send.SENT;
        }
        return switch (result.refusal().get().kind()) {
            case FLOOD -> Metrics.Send.FLOOD;
            case GONE -> Metrics.Send.BLOCKED;
            case MIGRATED, TRANSIENT, PERMANENT, BAD_HTML -> Metrics.Send.ERROR;
        };
    }

    /** Deactivation and migration change the chat and all its deliveries, so they come after the batch. */
    void settleChat(Sender.Result result) {
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
}
