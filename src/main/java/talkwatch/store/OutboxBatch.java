package talkwatch.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Outcomes of many sends, written by {@link Outbox#write} in one transaction: at a thousand messages a
 * second, one transaction per message would make the database the bottleneck. Not thread-safe.
 */
public final class OutboxBatch {

    record Sent(long deliveryId, long messageId) {}

    record Retry(long deliveryId, Instant at, String error) {}

    record Failed(long deliveryId, String reason) {}

    record Part(long deliveryId, int partsSent, long messageId) {}

    record Postponed(long deliveryId, Instant until) {}

    final List<Sent> sent = new ArrayList<>();
    final List<Retry> retries = new ArrayList<>();
    final List<Failed> failures = new ArrayList<>();
    final List<Part> parts = new ArrayList<>();
    final List<Postponed> postponed = new ArrayList<>();
    final List<Long> claimed = new ArrayList<>();
    final List<Long> released = new ArrayList<>();

    public OutboxBatch sent(long deliveryId, long messageId) {
        sent.add(new Sent(deliveryId, messageId));
        return this;
    }

    /** Back to pending, due again at {@code at}. */
    public OutboxBatch retry(long deliveryId, Instant at, String error) {
        retries.add(new Retry(deliveryId, at, error));
        return this;
    }

    public OutboxBatch failed(long deliveryId, String reason) {
        failures.add(new Failed(deliveryId, reason));
        return this;
    }

    /** The first {@code partsSent} parts of a split message were accepted; the delivery stays in flight. */
    public OutboxBatch partSent(long deliveryId, int partsSent, long messageId) {
        parts.add(new Part(deliveryId, partsSent, messageId));
        return this;
    }

    /** A pending delivery not tried now (its chat must wait): due again at {@code until}, no attempt counted. */
    public OutboxBatch postpone(long deliveryId, Instant until) {
        postponed.add(new Postponed(deliveryId, until));
        return this;
    }

    /**
     * Claims a pending delivery for this instance ('sending'), just before it is handed to Telegram; {@link
     * Outbox#write} returns the ones it got.
     */
    public OutboxBatch claim(long deliveryId) {
        claimed.add(deliveryId);
        return this;
    }

    /** Gives a claimed delivery that was not sent back to the queue, pending as before, no attempt counted. */
    public OutboxBatch release(long deliveryId) {
        released.add(deliveryId);
        return this;
    }

    public boolean isEmpty() {
        return size() == 0;
    }

    public int size() {
        return sent.size()
                + retries.size()
                + failures.size()
                + parts.size()
                + postponed.size()
                + claimed.size()
                + released.size();
    }
}
