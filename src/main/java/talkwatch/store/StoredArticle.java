package talkwatch.store;

import java.time.Instant;
import java.util.List;

/**
 * An article as kept in the store, with its summary sentences.
 *
 * @param alsoIn the other outlets that reported the same story, in the order they did, each with its first report's
 *     link; filled for deliveries
 */
public record StoredArticle(
        long id,
        String title,
        String link,
        List<String> summary,
        String sourceName,
        Instant published,
        List<Outlet> alsoIn) {

    public StoredArticle {
        alsoIn = alsoIn == null ? List.of() : List.copyOf(alsoIn);
    }

    /** An article whose other outlets are not known (or none). */
    public StoredArticle(
            long id, String title, String link, List<String> summary, String sourceName, Instant published) {
        this(id, title, link, summary, sourceName, published, List.of());
    }
}
