package talkwatch.store;

import java.util.Objects;

/**
 * How an article relates to the stories already saved, and so how its subscribers hear of it.
 *
 * @param signature the article's story signature, as text ({@code talkwatch.story.StorySignature#encode})
 * @param telling whether it tells a new story, follows one up, or repeats a message already told
 * @param storyId the story it belongs to (its first article); ignored for a new story
 * @param toldIn the article whose message it repeats; ignored unless {@link Telling#REPEAT}
 * @param promotes for a new story, the follow-up (of another story) whose own news it tells, 0 when none: that
 *     follow-up, and the reports named under it, are listed with the new story from then on
 */
public record StoryNote(String signature, Telling telling, long storyId, long toldIn, long promotes) {

    /** How an article reaches the chats subscribed to its topics. */
    public enum Telling {
        /** A story of its own: a message that rings. */
        NEW,
        /**
         * Probably its story again, but with something of its own: a message of its own, silent, replying to the
         * story's message.
         */
        FOLLOW_UP,
        /** Its story again: its outlet is named under the message that told it, edited where it was sent already. */
        REPEAT
    }

    public StoryNote {
        Objects.requireNonNull(signature, "signature");
        Objects.requireNonNull(telling, "telling");
    }

    public static StoryNote newStory(String signature) {
        return newStory(signature, 0);
    }

    /** A new story that tells the own news of {@code followUp}, a follow-up of another story (0: none). */
    public static StoryNote newStory(String signature, long followUp) {
        return new StoryNote(signature, Telling.NEW, 0, 0, followUp);
    }

    public static StoryNote followUp(String signature, long storyId) {
        return new StoryNote(signature, Telling.FOLLOW_UP, storyId, 0, 0);
    }

    public static StoryNote repeat(String signature, long storyId, long toldIn) {
        return new StoryNote(signature, Telling.REPEAT, storyId, toldIn, 0);
    }
}
