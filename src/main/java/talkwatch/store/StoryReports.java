package talkwatch.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The SQL of the {@code story_report} table, for {@link ArticleStore} and {@link Outbox}. */
final class StoryReports {

    /**
     * The other outlets of an article's story, in the order they reported it, as one text with a line per outlet, its
     * name, a tab and the link of its first report (NULL when none): a column for a query that has the article as
     * {@code a}.
     */
    static final String OTHER_SOURCES = "(SELECT group_concat(name || char(9) || COALESCE(link, ''), char(10)) FROM ("
            // with one min() in the query, SQLite takes the bare column o.link from the row of the minimum
            + "SELECT o.source_name AS name, MIN(o.id) AS first, o.link AS link FROM story_report mine"
            + " JOIN story_report other ON other.story_id = mine.story_id"
            + " JOIN article o ON o.id = other.article_id"
            + " WHERE mine.article_id = a.id AND o.id <> a.id AND o.source_name <> a.source_name"
            + " GROUP BY o.source_name ORDER BY first))";

    private StoryReports() {}

    static void insert(Connection connection, long articleId, long storyId, String signature, Instant published)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO story_report (article_id, story_id, signature, published_at) VALUES (?, ?, ?, ?)")) {
            insert.setLong(1, articleId);
            insert.setLong(2, storyId);
            insert.setString(3, signature);
            insert.setLong(4, published.toEpochMilli());
            insert.executeUpdate();
        }
    }

    static List<StoryReport> between(Connection connection, Instant from, Instant to) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT r.story_id, r.signature,"
                + " (SELECT group_concat(t.topic_id, ' ') FROM article_topic t WHERE t.article_id = r.story_id),"
                + " r.published_at, r.article_id"
                + " FROM story_report r WHERE r.published_at BETWEEN ? AND ? ORDER BY r.article_id")) {
            select.setLong(1, from.toEpochMilli());
            select.setLong(2, to.toEpochMilli());
            List<StoryReport> reports = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    String topics = rows.getString(3);
                    reports.add(new StoryReport(
                            rows.getLong(5),
                            rows.getLong(1),
                            rows.getString(2),
                            topics == null ? Set.of() : Set.of(topics.split(" ")),
                            Instant.ofEpochMilli(rows.getLong(4))));
                }
            }
            return reports;
        }
    }
}
