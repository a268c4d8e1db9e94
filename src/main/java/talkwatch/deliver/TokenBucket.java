package talkwatch.deliver;

import java.time.Duration;
import java.time.Instant;

/**
 * A token bucket: up to {@code capacity} messages at once, refilled at {@code perSecond}. Taking more
 * than is there leaves a debt that the refill pays back first, so a message split in parts still
 * counts in full. Not thread-safe.
 */
final class TokenBucket {

    private final double capacity;
    private final double perNano;
    private double tokens;
    private long updatedNanos;

    TokenBucket(double capacity, double perSecond, Instant now) {
        this.capacity = capacity;
        this.perNano = perSecond / 1e9;
        this.tokens = capacity;
        this.updatedNanos = nanos(now);
    }

    /** When one token will be there: {@code now} if it is already. */
    Instant readyAt(Instant now) {
        refill(now);
        if (tokens >= 1) {
            return now;
        }
        return now.plus(Duration.ofNanos((long) Math.ceil((1 - tokens) / perNano)));
    }

    void take(int count, Instant now) {
        refill(now);
        tokens -= count;
    }

    /** True when the bucket is full again, i.e. indistinguishable from a new one. */
    boolean isFull(Instant now) {
        refill(now);
        return tokens >= capacity;
    }

    private void refill(Instant now) {
        long at = nanos(now);
        if (at > updatedNanos) {
            tokens = Math.min(capacity, tokens + (at - updatedNanos) * perNano);
            updatedNanos = at;
        }
    }

    private static long nanos(Instant instant) {
        return instant.getEpochSecond() * 1_000_000_000L + instant.getNano();
    }
}
