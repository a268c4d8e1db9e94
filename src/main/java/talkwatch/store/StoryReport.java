package talkwatch.store;

import java.time.Instant;
import java.util.Set;

/**
 * A saved report of a story.
 *
 * @param articleId the report's article
 * @param storyId the story: its first article's id
 * @param signature the report's signature, as text
 * @param topics the story's topics: those of its first article, the one subscribers get
 * @param publishedAt when the report was published
 */
public record StoryReport(long articleId, long storyId, String signature, Set<String> topics, Instant publishedAt) {
    public StoryReport {
        topics = Set.copyOf(topics);
    }

    /** Whether this report started its story: the one its subscribers got. */
    public boolean first() {
        return articleId == storyId;
    }
}
