package talkwatch.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock tests move by hand, to cross poll intervals, backoffs and digest times without waiting. A fixed one stands
 * still between moves; a {@link #ticking} one also runs, for a whole bot whose loops wait on it.
 */
public final class TestClock extends Clock {
    private volatile Instant now;
    private final boolean ticking;
    private final long startNanos = System.nanoTime();

    public TestClock(Instant start) {
        this(start, false);
    }

    private TestClock(Instant start, boolean ticking) {
        this.now = start;
        this.ticking = ticking;
    }

    /** A clock that starts at {@code start} and runs from there, moved on by {@link #advance} too. */
    public static TestClock ticking(Instant start) {
        return new TestClock(start, true);
    }

    public void advance(Duration duration) {
        now = now.plus(duration);
    }

    /** Moves the clock on to {@code at}; it never goes back. */
    public void advanceTo(Instant at) {
        Duration ahead = Duration.between(instant(), at);
        if (!ahead.isNegative()) {
            advance(ahead);
        }
    }

    @Override
    public Instant instant() {
        return ticking ? now.plusNanos(System.nanoTime() - startNanos) : now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("tests use UTC");
    }
}
