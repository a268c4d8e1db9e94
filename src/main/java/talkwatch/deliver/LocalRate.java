package talkwatch.deliver;

import java.time.Instant;

/**
 * The overall rate of one process: a token bucket of one message, refilled at {@code perSecond}, so that no
 * one-second window holds more than {@code perSecond + 1} messages; and the pause a 429 asked for.
 */
final class LocalRate implements GlobalRate {

    private final TokenBucket bucket;
    private Instant pausedUntil = Instant.EPOCH;

    LocalRate(double perSecond, Instant now) {
        this.bucket = new TokenBucket(1, perSecond, now);
    }

    @Override
    public Instant readyAt(Instant now) {
        return Pacer.max(pausedUntil, bucket.readyAt(now));
    }

    @Override
    public void take(int count, Instant at) {
        bucket.take(count, at);
    }

    @Override
    public void pauseUntil(Instant now, Instant until) {
        pausedUntil = Pacer.max(pausedUntil, until);
    }
}
