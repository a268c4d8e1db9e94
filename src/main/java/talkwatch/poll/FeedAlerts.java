package talkwatch.poll;

import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import talkwatch.feed.Feed;

/**
 * Tells the operators (never the subscribers) which feeds have been failing for a day, and later that they work
 * again: once per poll cycle, all of them together ({@link OutageSweep}), so that a network outage under a thousand
 * feeds is one message, not a thousand.
 */
public interface FeedAlerts {

    /** A feed that has failed every poll since {@code since}, the last time for {@code reason}. */
    record Down(Feed feed, Instant since, String reason) {}

    /** A feed that works again after failing since {@code since}. */
    record Recovered(Feed feed, Instant since) {}

    /**
     * Tells of the feeds newly down for a day and of those working again; at least one list is not empty.
     *
     * @return whether someone was told (if not, the next cycle tries again)
     */
    boolean tell(List<Down> down, List<Recovered> recovered);

    /** Only logs, and so never counts as told: for {@code poll-once}, which has no Telegram token. */
    FeedAlerts LOG_ONLY = new FeedAlerts() {
        private final Logger log = LoggerFactory.getLogger(FeedAlerts.class);

        @Override
        public boolean tell(List<Down> down, List<Recovered> recovered) {
            down.forEach(d ->
                    log.warn("Feed {} has been failing since {}: {}", d.feed().id(), d.since(), d.reason()));
            recovered.forEach(r -> log.info(
                    "Feed {} works again after failing since {}", r.feed().id(), r.since()));
            return false;
        }
    };
}
