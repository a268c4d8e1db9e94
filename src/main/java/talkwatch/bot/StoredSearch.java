package talkwatch.bot;

import java.util.ArrayList;
import java.util.List;
import talkwatch.match.TextQuery;
import talkwatch.store.ArticleStore;
import talkwatch.store.StoredArticle;

/**
 * The newest stored summaries whose headline or summary holds every word of a query ({@link TextQuery}), found through
 * the full-text index of everything the store keeps: for /search and for inline queries.
 */
final class StoredSearch {

    /** More words would find nothing anyway. */
    static final int MAX_WORDS = 8;
    /** Candidates read at a time; the index finds exactly what the query matches, so one read is the rule. */
    private static final int PAGE = 50;

    private StoredSearch() {}

    static List<StoredArticle> newest(ArticleStore articles, TextQuery query, int count) {
        List<StoredArticle> found = new ArrayList<>();
        for (int offset = 0; found.size() < count; offset += PAGE) {
            List<StoredArticle> candidates = articles.search(query.indexWords(), PAGE, offset);
            for (StoredArticle article : candidates) {
                List<String> searched = new ArrayList<>(article.summary());
                searched.add(article.title());
                if (query.matches(searched) && found.size() < count) {
                    found.add(article);
                }
            }
            if (candidates.size() < PAGE) {
                break;
            }
        }
        return found;
    }
}
