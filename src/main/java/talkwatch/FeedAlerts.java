package talkwatch;

import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import talkwatch.feed.Feed;

/**
 * Tells the operators (never the subscribers) that a feed has been failing for a day, and later that it recovered.
 * Called from poll threads; implementations must be thread-safe.
 */
public interface FeedAlerts {

    /**
     * The feed has failed every poll since {@code since}.
     *
     * @return whether someone was told (if not, the next failing poll tries again)
     */
    boolean down(Feed feed, String reason, Instant since);

    /**
     * The feed works again after the failure reported by {@link #down}.
     *
     * @return whether someone was told (if not, the next working poll tries again)
     */
    boolean recovered(Feed feed, Instant downSince);

    /** Only logs, and so never counts as told: for {@code poll-once}, which has no Telegram token. */
    FeedAlerts LOG_ONLY = new FeedAlerts() {
        private final Logger log = LoggerFactory.getLogger(FeedAlerts.class);

        @Override
        public boolean down(Feed feed, String reason, Instant since) {
            log.warn("Feed {} has been failing since {}: {}", feed.id(), since, reason);
            return false;
        }

        @Override
        public boolean recovered(Feed feed, Instant downSince) {
            log.info("Feed {} works again after failing since {}", feed.id(), downSince);
            return false;
        }
    };
}
