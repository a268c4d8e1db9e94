package talkwatch.store;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * A saved report of a story.
 *
 * @param articleId the report's article
 * @param storyId the story: its first article's id
 * @param toldIn the report whose message tells this one: itself when it has a message of its own
 * @param signature the report's signature, as text
 * @param topics the story's topics: those of its first article, the one subscribers get
 * @param publishedAt when the report was published
 * @param outlet the name of the feed that brought it
 */
public record StoryReport(
        long articleId,
        long storyId,
        long toldIn,
        String signature,
        Set<String> topics,
        Instant publishedAt,
        String outlet) {
    public StoryReport {
        topics = Set.copyOf(topics);
        Objects.requireNonNull(outlet, "outlet");
    }

    /** Whether this report started its story. */
    public boolean first() {
        return articleId == storyId;
    }

    /** Whether this report has a message of its own: its story's first, or a follow-up. */
    public boolean told() {
        return articleId == toldIn;
    }
}
