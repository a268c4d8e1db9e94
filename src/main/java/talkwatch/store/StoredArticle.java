package talkwatch.store;

import java.time.Instant;
import java.util.List;

/** An article as kept in the store, with its summary sentences. */
public record StoredArticle(
        long id, String title, String link, List<String> summary, String sourceName, Instant published) {}
