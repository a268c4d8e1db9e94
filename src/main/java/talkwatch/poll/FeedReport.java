package talkwatch.poll;

import java.time.Instant;
import java.util.Optional;

/**
 * How one feed fared in a poll: status ok, not_modified, error, or skipped (not due before {@code next}); items in
 * the feed, new ones, queued messages.
 */
public record FeedReport(
        String feedId,
        String status,
        int items,
        int fresh,
        int queued,
        Optional<String> error,
        Optional<Instant> next) {

    public FeedReport(String feedId, String status, int items, int fresh, int queued, Optional<String> error) {
        this(feedId, status, items, fresh, queued, error, Optional.empty());
    }

    static FeedReport skipped(String feedId, Instant next) {
        return new FeedReport(feedId, "skipped", 0, 0, 0, Optional.empty(), Optional.of(next));
    }

    static FeedReport error(String feedId, String reason) {
        return new FeedReport(feedId, "error", 0, 0, 0, Optional.of(reason));
    }
}
