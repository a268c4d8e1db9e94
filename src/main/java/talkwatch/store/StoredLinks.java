package talkwatch.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Optional;

/** The stored summary a link names, so that /summary of an article already read answers from the store. */
public final class StoredLinks {

    private static final String COLUMNS = "s.id, s.title, s.link, s.summary, s.source_name, s.published_at";

    private final Database database;

    public StoredLinks(Database database) {
        this.database = database;
    }

    /**
     * The summary of the article at {@code link}, or, when that article repeats a story told before (and so has no
     * summary of its own), the summary of the story's first report.
     */
    public Optional<StoredArticle> summaryOf(String link) {
        String own = "SELECT " + COLUMNS + " FROM article s WHERE s.link = ? AND s.summary IS NOT NULL"
                + " ORDER BY s.id LIMIT 1";
        String story = "SELECT " + COLUMNS + " FROM article a JOIN story_report r ON r.article_id = a.id"
                + " JOIN article s ON s.id = r.story_id WHERE a.link = ? AND s.summary IS NOT NULL"
                + " ORDER BY a.id LIMIT 1";
        return database.query("looking up a stored link", connection -> {
            for (String sql : new String[] {own, story}) {
                try (PreparedStatement select = connection.prepareStatement(sql)) {
                    select.setString(1, link);
                    try (ResultSet rows = select.executeQuery()) {
                        if (rows.next()) {
                            return Optional.of(ArticleStore.read(rows, 1));
                        }
                    }
                }
            }
            return Optional.empty();
        });
    }
}
