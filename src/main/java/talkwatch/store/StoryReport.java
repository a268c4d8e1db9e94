package talkwatch.store;

/** A saved report of a story: the story (its first article's id) and the report's signature, as text. */
public record StoryReport(long storyId, String signature) {}
