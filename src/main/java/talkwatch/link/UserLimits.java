package talkwatch.link;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;

/**
 * How many links each user may have summarized: at most so many a minute and so many a day (sliding windows), so
 * that one user cannot make the bot fetch pages without end. In memory: a restart forgets the counts. Thread-safe.
 */
final class UserLimits {

    /** Which limit a request hit. */
    enum Hit {
        PER_MINUTE,
        PER_DAY
    }

    private static final Duration MINUTE = Duration.ofMinutes(1);
    private static final Duration DAY = Duration.ofDays(1);

    private final int perMinute;
    private final int perDay;
    private final Clock clock;
    private final Map<Long, Deque<Instant>> requests = new HashMap<>();
    private Instant lastSweep = Instant.EPOCH;

    UserLimits(int perMinute, int perDay, Clock clock) {
        this.perMinute = perMinute;
        this.perDay = perDay;
        this.clock = clock;
    }

    /** Counts a request of {@code userId} unless it passes a limit; the limit it would pass, if any. */
    synchronized Optional<Hit> take(long userId) {
        Instant now = clock.instant();
        sweep(now);
        Deque<Instant> times = requests.computeIfAbsent(userId, id -> new ArrayDeque<>());
        forget(times, now);
        if (times.size() >= perDay) {
            return Optional.of(Hit.PER_DAY);
        }
        Instant minuteAgo = now.minus(MINUTE);
        long lastMinute = times.stream().filter(at -> at.isAfter(minuteAgo)).count();
        if (lastMinute >= perMinute) {
            return Optional.of(Hit.PER_MINUTE);
        }
        times.addLast(now);
        return Optional.empty();
    }

    private static void forget(Deque<Instant> times, Instant now) {
        Instant dayAgo = now.minus(DAY);
        while (!times.isEmpty() && !times.peekFirst().isAfter(dayAgo)) {
            times.removeFirst();
        }
    }

    /** Once an hour, drops the users with nothing in the last day. */
    private void sweep(Instant now) {
        if (Duration.between(lastSweep, now).compareTo(Duration.ofHours(1)) < 0) {
            return;
        }
        lastSweep = now;
        for (Iterator<Deque<Instant>> users = requests.values().iterator(); users.hasNext(); ) {
            Deque<Instant> times = users.next();
            forget(times, now);
            if (times.isEmpty()) {
                users.remove();
            }
        }
    }
}
