package talkwatch.deliver;

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

    /**
     * When one token will be there: {@code now} if it is already. Tokens may have been taken ahead, for
     * a message scheduled later; then the answer counts from that moment.
     */
    Instant readyAt(Instant now) {
        refill(now);
        long base = Math.max(nanos(now), updatedNanos);
        if (tokens >= 1) {
            return instant(base);
        }
        return instant(base + (long) Math.ceil((1 - tokens) / perNano));
    }

    /** Takes {@code count} tokens at {@code now}, which may be a scheduled moment in the future. */
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

    private static Instant instant(long nanos) {
        return Instant.ofEpochSecond(Math.floorDiv(nanos, 1_000_000_000L), Math.floorMod(nanos, 1_000_000_000L));
    }

    private static long nanos(Instant instant) {
        return instant.getEpochSecond() * 1_000_000_000L + instant.getNano();
    }
}
