package talkwatch.config;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import talkwatch.deliver.DeliveryLimits;
import talkwatch.feed.Feed;
import talkwatch.match.Topic;

/**
 * Everything the operator configured, after validation and environment overrides.
 *
 * @param storyWindow how far apart two reports of one story may be published ({@code stories.window}); zero turns
 *     duplicate detection off
 */
public record Config(
        Path file,
        Telegram telegram,
        Path databasePath,
        Duration pollEvery,
        List<Feed> feeds,
        List<Topic> topics,
        int summarySentences,
        DeliveryLimits delivery,
        int parallelFeeds,
        int parallelPerHost,
        Duration storyWindow) {

    /** Telegram settings; the token never comes from the file, only from the environment. */
    public record Telegram(Set<Long> admins, Optional<String> token, URI apiUrl) {

        @Override
        public String toString() {
            return "Telegram[admins=" + admins + ", token=" + (token.isPresent() ? "***" : "none") + ", apiUrl="
                    + apiUrl + "]";
        }
    }

    public Optional<Topic> topic(String id) {
        return topics.stream().filter(t -> t.id().equals(id)).findFirst();
    }
}
