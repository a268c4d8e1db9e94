package talkwatch.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The stored summaries older than one already shown, for paging back through /latest. */
public final class ArticlePages {

    private final Database database;

    public ArticlePages(Database database) {
        this.database = database;
    }

    /**
     * The newest summaries (of one topic or of all) that come after article {@code shownLast} in {@link
     * ArticleStore#latest}'s order, newest first; none when that article is no longer stored.
     */
    public List<StoredArticle> olderThan(Optional<String> topicId, long shownLast, int limit) {
        String sql = "SELECT a.id, a.title, a.link, a.summary, a.source_name, a.published_at FROM article a,"
                + " (SELECT published_at, id FROM article WHERE id = ?) last"
                + " WHERE a.summary IS NOT NULL AND (a.published_at, a.id) < (last.published_at, last.id)"
                + (topicId.isPresent()
                        ? " AND EXISTS (SELECT 1 FROM article_topic t WHERE t.article_id = a.id AND t.topic_id = ?)"
                        : "")
                + " ORDER BY a.published_at DESC, a.id DESC LIMIT ?";
        return database.query("reading older articles", connection -> {
            try (PreparedStatement select = connection.prepareStatement(sql)) {
                int index = 1;
                select.setLong(index++, shownLast);
                if (topicId.isPresent()) {
                    select.setString(index++, topicId.get());
                }
                select.setInt(index, limit);
                List<StoredArticle> articles = new ArrayList<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        articles.add(ArticleStore.read(rows, 1));
                    }
                }
                return articles;
            }
        });
    }
}
