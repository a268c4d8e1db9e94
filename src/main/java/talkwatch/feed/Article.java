package talkwatch.feed;

import java.time.Instant;
import java.util.Objects;

/**
 * One feed item, reduced to plain text.
 *
 * @param feedId id of the {@link Feed} it came from
 * @param key stable identity within the feed: the GUID (Atom id), else the link, else {@code "sha256:"} + hex of
 *     the normalized title and text
 * @param link the item's link, or {@code ""} when it has none
 * @param title plain-text title; when the feed gives none, the first words of the text
 * @param text plain text, one paragraph per line
 * @param published the item's published date, else its updated date, else the time it was read
 */
public record Article(String feedId, String key, String link, String title, String text, Instant published) {
    public Article {
        Objects.requireNonNull(feedId, "feedId");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(link, "link");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(published, "published");
    }
}
