package talkwatch.poll;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.function.DoubleSupplier;

/**
 * When a feed may be fetched again. After a good answer: the poll interval, or longer if the server asked
 * ({@code Cache-Control}, {@code Expires}, {@code Retry-After}, RSS {@code <ttl>}). After a failure: the interval
 * doubled per consecutive failure up to {@link #MAX_BACKOFF}, times a random factor in [0.75, 1.25) so that feeds
 * failing together spread out, and never less than what the server asked.
 */
final class Politeness {
    static final Duration MAX_BACKOFF = Duration.ofHours(6);
    /** How long a feed must fail before the admins are told. */
    static final Duration ALERT_AFTER = Duration.ofDays(1);

    private final Duration interval;
    private final DoubleSupplier random;

    Politeness(Duration interval, DoubleSupplier random) {
        this.interval = Objects.requireNonNull(interval, "interval");
        this.random = Objects.requireNonNull(random, "random");
    }

    Instant afterSuccess(Instant now, Optional<Duration> serverWait) {
        return now.plus(longest(interval, serverWait));
    }

    Instant afterFailure(Instant now, int failures, Optional<Duration> serverWait) {
        Duration backoff = interval.multipliedBy(1L << Math.min(20, Math.max(0, failures - 1)));
        if (backoff.compareTo(MAX_BACKOFF) > 0) {
            backoff = MAX_BACKOFF;
        }
        long jittered = (long) (backoff.toMillis() * (0.75 + random.getAsDouble() / 2));
        return now.plus(longest(Duration.ofMillis(Math.max(jittered, interval.toMillis())), serverWait));
    }

    /**
     * Whether a feed whose next fetch is {@code nextFetchAt} is due in the cycle that starts at {@code cycleStart}.
     * A tenth of the interval (at most a minute) of slack, so that a feed fetched a few seconds into the previous
     * cycle is not skipped by the next one.
     */
    boolean isDue(Optional<Instant> nextFetchAt, Instant cycleStart) {
        if (nextFetchAt.isEmpty()) {
            return true;
        }
        Duration slack = interval.dividedBy(10);
        if (slack.compareTo(Duration.ofMinutes(1)) > 0) {
            slack = Duration.ofMinutes(1);
        }
        return !nextFetchAt.get().isAfter(cycleStart.plus(slack));
    }

    private static Duration longest(Duration a, Optional<Duration> b) {
        return b.filter(d -> d.compareTo(a) > 0).orElse(a);
    }
}
