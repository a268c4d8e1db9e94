package talkwatch.feed;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * What a server said besides the feed itself: how long to leave it alone (the largest of {@code Cache-Control:
 * max-age}, {@code Expires}, {@code Retry-After} and RSS {@code <ttl>}, capped at {@link #MAX_WAIT}), and where the
 * feed now lives when every redirect on the way was permanent (301 or 308).
 */
public record ServerHints(Optional<Duration> waitAtLeast, Optional<URI> movedTo) {
    /** A server cannot silence a feed for longer than this, whatever its headers say. */
    public static final Duration MAX_WAIT = Duration.ofHours(24);

    private static final ServerHints NONE = new ServerHints(Optional.empty(), Optional.empty());

    public ServerHints {
        Objects.requireNonNull(waitAtLeast, "waitAtLeast");
        Objects.requireNonNull(movedTo, "movedTo");
        waitAtLeast = waitAtLeast
                .filter(d -> !d.isNegative() && !d.isZero())
                .map(d -> d.compareTo(MAX_WAIT) > 0 ? MAX_WAIT : d);
    }

    public static ServerHints none() {
        return NONE;
    }

    /** These hints, also waiting at least {@code other} when that is longer. */
    ServerHints waitingAtLeast(Optional<Duration> other) {
        if (other.isEmpty()) {
            return this;
        }
        if (waitAtLeast.isEmpty() || other.get().compareTo(waitAtLeast.get()) > 0) {
            return new ServerHints(other, movedTo);
        }
        return this;
    }
}
