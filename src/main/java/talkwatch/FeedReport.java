package talkwatch;

import java.util.Optional;

/** How one feed fared in a poll: status ok, not_modified or error; items in the feed, new ones, queued messages. */
public record FeedReport(String feedId, String status, int items, int fresh, int queued, Optional<String> error) {}
