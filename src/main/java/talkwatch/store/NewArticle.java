package talkwatch.store;

import java.util.List;
import talkwatch.feed.Article;

/**
 * An article to save: what the feed said, where it came from, its topics and summary (none if it has no topic).
 *
 * @param stale published longer before it was first seen than {@code delivery.maxAge} (an archive a new feed brings,
 *     an old item a feed serves again under a new id): saved with its topics and summary, so it shows in
 *     {@code /latest}, but sent to nobody
 */
public record NewArticle(
        Article article, String sourceName, List<String> topicIds, List<String> summary, boolean stale) {

    /** An article published recently enough to be sent. */
    public NewArticle(Article article, String sourceName, List<String> topicIds, List<String> summary) {
        this(article, sourceName, topicIds, summary, false);
    }
}
