package talkwatch.store;

import java.net.URI;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * When a feed may be fetched again and where, and how long it has been failing.
 *
 * @param url where the feed lives now, after permanent redirects from {@code configuredUrl}
 * @param configuredUrl the configured URL that {@code url} was reached from
 * @param nextFetchAt not fetched before this time
 * @param failures consecutive failed polls (0 when the last one worked)
 * @param failingSince when the current run of failures began
 * @param alerted whether the admins were told that the feed is down
 */
public record FeedSchedule(
        Optional<URI> url,
        Optional<URI> configuredUrl,
        Optional<Instant> nextFetchAt,
        int failures,
        Optional<Instant> failingSince,
        boolean alerted) {
    private static final FeedSchedule NEW =
            new FeedSchedule(Optional.empty(), Optional.empty(), Optional.empty(), 0, Optional.empty(), false);

    public FeedSchedule {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(configuredUrl, "configuredUrl");
        Objects.requireNonNull(nextFetchAt, "nextFetchAt");
        Objects.requireNonNull(failingSince, "failingSince");
    }

    /** A feed never polled: due now, at its configured URL. */
    public static FeedSchedule fresh() {
        return NEW;
    }

    /** The URL to fetch: the stored one if it was reached from {@code configured}, else {@code configured}. */
    public URI urlFor(URI configured) {
        return url.isPresent() && configuredUrl.equals(Optional.of(configured)) ? url.get() : configured;
    }
}
