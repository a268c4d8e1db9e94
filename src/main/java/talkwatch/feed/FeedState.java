package talkwatch.feed;

import java.util.Objects;
import java.util.Optional;

/**
 * The validators a server gave on the last successful fetch, sent back as {@code If-None-Match} and {@code
 * If-Modified-Since} so an unchanged feed costs a 304 (RFC 9110, section 13.1).
 */
public record FeedState(Optional<String> etag, Optional<String> lastModified) {
    private static final FeedState NONE = new FeedState(Optional.empty(), Optional.empty());

    public FeedState {
        Objects.requireNonNull(etag, "etag");
        Objects.requireNonNull(lastModified, "lastModified");
    }

    /** No validators: the next read is an unconditional GET. */
    public static FeedState none() {
        return NONE;
    }
}
