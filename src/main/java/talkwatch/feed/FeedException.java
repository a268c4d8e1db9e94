package talkwatch.feed;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Reading one feed failed. {@link #getMessage()} is one line a person can act on, naming the feed, its URL, what
 * went wrong and what to check; {@link #reason()} is the short part alone, for a status column.
 */
public final class FeedException extends Exception {
    private static final long serialVersionUID = 1L;

    /** What kind of failure, so callers can decide whether to retry, back off or tell the operator. */
    public enum Problem {
        HTTP_STATUS("check the URL, or wait for the site to recover"),
        TIMEOUT("the site is slow or down; will retry on the next poll"),
        TOO_LARGE("the feed is bigger than the configured limit"),
        TOO_MANY_REDIRECTS("open the URL in a browser and use the final address"),
        NOT_A_FEED("point the URL at the RSS or Atom feed, not at a web page"),
        MALFORMED("the site publishes broken XML; will retry on the next poll"),
        NETWORK("check the host name and the network"),
        UNSUPPORTED_URL("use an http:// or https:// URL"),
        PRIVATE_ADDRESS("a feed may only lead to addresses as far inside the network as its own; check who serves it"),
        NOT_A_PAGE("a link must lead to an HTML page"),
        NO_TEXT("the page holds no article text to summarize");

        private final String next;

        Problem(String next) {
            this.next = next;
        }
    }

    private final Problem problem;
    private final String feedId;
    private final URI url;
    private final String reason;
    private final transient Optional<Duration> retryAfter;

    FeedException(Problem problem, Feed feed, String reason) {
        this(problem, feed, reason, null);
    }

    FeedException(Problem problem, Feed feed, String reason, Throwable cause) {
        this(problem, feed, reason, cause, Optional.empty());
    }

    FeedException(Problem problem, Feed feed, String reason, Throwable cause, Optional<Duration> retryAfter) {
        super(message(problem, feed, reason), cause);
        this.problem = Objects.requireNonNull(problem, "problem");
        this.feedId = feed.id();
        this.url = feed.url();
        this.reason = reason;
        this.retryAfter = Objects.requireNonNull(retryAfter, "retryAfter");
    }

    private static String message(Problem problem, Feed feed, String reason) {
        return "feed " + feed.id() + " (" + feed.url() + "): " + reason + "; " + problem.next;
    }

    public Problem problem() {
        return problem;
    }

    public String feedId() {
        return feedId;
    }

    public URI url() {
        return url;
    }

    /** The short reason without the feed, e.g. {@code "HTTP 500"} or {@code "not a feed: HTML page"}. */
    public String reason() {
        return reason;
    }

    /** How long the server asked us to wait ({@code Retry-After}, or cache headers on the error), if it did. */
    public Optional<Duration> retryAfter() {
        return retryAfter;
    }
}
