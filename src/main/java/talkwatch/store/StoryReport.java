package talkwatch.store;

import java.util.Set;

/**
 * A saved report of a story.
 *
 * @param storyId the story: its first article's id
 * @param signature the report's signature, as text
 * @param topics the story's topics: those of its first article, the one subscribers get
 */
public record StoryReport(long storyId, String signature, Set<String> topics) {
    public StoryReport {
        topics = Set.copyOf(topics);
    }
}
