package talkwatch.feed;

import java.util.List;
import java.util.Objects;

/**
 * What one {@link FeedReader#read} found: nothing new (HTTP 304), or the feed's items and its new state; both with
 * the server's {@link ServerHints}.
 */
public sealed interface FetchResult permits FetchResult.NotModified, FetchResult.Fetched {

    ServerHints hints();

    /** The server answered 304 Not Modified; keep the previous {@link FeedState}. */
    record NotModified(ServerHints hints) implements FetchResult {
        public NotModified {
            Objects.requireNonNull(hints, "hints");
        }

        public NotModified() {
            this(ServerHints.none());
        }
    }

    /** The feed's current items, in feed order, and the validators to send next time. */
    record Fetched(List<Article> articles, FeedState state, ServerHints hints) implements FetchResult {
        public Fetched {
            articles = List.copyOf(articles);
            Objects.requireNonNull(state, "state");
            Objects.requireNonNull(hints, "hints");
        }
    }
}
