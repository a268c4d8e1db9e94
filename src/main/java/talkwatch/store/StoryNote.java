package talkwatch.store;

import java.util.Objects;
import java.util.Optional;

/**
 * How an article relates to the stories already saved: its signature, and the story it repeats if it is a
 * near-duplicate.
 *
 * @param signature the article's story signature, as text ({@code talkwatch.story.StorySignature#encode})
 * @param repeats the id of the story (its first article) this article reports again, or empty for a new story
 */
public record StoryNote(String signature, Optional<Long> repeats) {
    public StoryNote {
        Objects.requireNonNull(signature, "signature");
        Objects.requireNonNull(repeats, "repeats");
    }
}
