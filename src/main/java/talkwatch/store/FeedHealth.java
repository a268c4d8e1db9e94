package talkwatch.store;

import java.time.Instant;
import java.util.Optional;

/** How the last poll of one feed went: status ok, not_modified or error, with the reason of an error. */
public record FeedHealth(
        String feedId, Instant polledAt, String status, Optional<String> error, int items, int fresh) {}
