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
     * The other outlets named under an article's message (the reports told in it), in the order they reported it, as
     * one text with a line per outlet, its name, a tab and the link of its first report (NULL when none): a column for
     * a query that has the article as {@code a}.
     */
    static final String OTHER_SOURCES = "(SELECT string_agg(o.source_name || '\t' || COALESCE(o.link, ''), '\n'"
            + " ORDER BY o.id) FROM story_report other JOIN article o ON o.id = other.article_id"
            + " WHERE other.told_in = a.id AND o.id <> a.id AND o.source_name <> a.source_name"
            // each outlet once, by its first report told in the message
            + " AND NOT EXISTS (SELECT 1 FROM story_report earlier JOIN article e ON e.id = earlier.article_id"
            + " WHERE earlier.told_in = a.id AND e.source_name = o.source_name AND e.id < o.id))";

    /**
     * Every other outlet of an article's story, its follow-ups' too, in the order they reported it, one name per line
     * (NULL when none): a column for a query that has the story's first article as {@code a}, for lists of stories. A
     * follow-up whose own news became a story of its own is listed with that story, not with the one it came under.
     */
    static final String STORY_SOURCES = "(SELECT string_agg(name, '\n' ORDER BY first_id) FROM ("
            + "SELECT o.source_name AS name, MIN(o.id) AS first_id FROM story_report other"
            + " JOIN article o ON o.id = other.article_id"
            + " WHERE (other.story_id = a.id AND other.promoted_to IS NULL OR other.promoted_to = a.id)"
            + " AND o.id <> a.id AND o.source_name <> a.source_name"
            + " GROUP BY o.source_name) outlets)";

    /** A condition on an article {@code a}: it is not a later report of another story (a follow-up). */
    static final String STARTS_ITS_STORY =
            "NOT EXISTS (SELECT 1 FROM story_report r WHERE r.article_id = a.id AND r.story_id <> a.id)";

    /** A report with its story's topics; a WHERE clause follows. */
    private static final String REPORTS = "SELECT r.story_id, r.signature,"
            + " (SELECT string_agg(t.topic_id, ' ') FROM article_topic t WHERE t.article_id = r.story_id),"
            + " r.published_at, r.article_id, r.told_in, a.source_name"
            + " FROM story_report r JOIN article a ON a.id = r.article_id";

    private StoryReports() {}

    /** {@code article} with the outlets of {@code lines}: a line per outlet, its name, and a tab and its link if any. */
    static StoredArticle withOutlets(StoredArticle article, String lines) {
        List<Outlet> alsoIn = new ArrayList<>();
        for (String line : lines == null ? new String[0] : lines.split("\n")) {
            int tab = line.indexOf('\t');
            alsoIn.add(tab < 0 ? new Outlet(line, "") : new Outlet(line.substring(0, tab), line.substring(tab + 1)));
        }
        return new StoredArticle(
                article.id(),
                article.title(),
                article.link(),
                article.summary(),
                article.sourceName(),
                article.published(),
                alsoIn);
    }

    static void insert(
            Connection connection, long articleId, long storyId, long toldIn, String signature, Instant published)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO story_report"
                + " (article_id, story_id, told_in, signature, published_at) VALUES (?, ?, ?, ?, ?)")) {
            insert.setLong(1, articleId);
            insert.setLong(2, storyId);
            insert.setLong(3, toldIn);
            insert.setString(4, signature);
            insert.setLong(5, published.toEpochMilli());
            insert.executeUpdate();
        }
    }

    /**
     * Lists {@code followUp}, and the reports named under its message, with story {@code story}, which tells its own
     * news: unless they were listed with another such story already (the first to tell it keeps them).
     */
    static void promote(Connection connection, long followUp, long story) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE story_report SET promoted_to = ?"
                + " WHERE (article_id = ? OR told_in = ?) AND promoted_to IS NULL AND story_id <> ?")) {
            update.setLong(1, story);
            update.setLong(2, followUp);
            update.setLong(3, followUp);
            update.setLong(4, story);
            update.executeUpdate();
        }
    }

    static List<StoryReport> between(Connection connection, Instant from, Instant to) throws SQLException {
        try (PreparedStatement select =
                connection.prepareStatement(REPORTS + " WHERE r.published_at BETWEEN ? AND ? ORDER BY r.article_id")) {
            select.setLong(1, from.toEpochMilli());
            select.setLong(2, to.toEpochMilli());
            return read(select);
        }
    }

    /** The reports of articles saved after article {@code articleId}. */
    static List<StoryReport> savedAfter(Connection connection, long articleId) throws SQLException {
        try (PreparedStatement select =
                connection.prepareStatement(REPORTS + " WHERE r.article_id > ? ORDER BY r.article_id")) {
            select.setLong(1, articleId);
            return read(select);
        }
    }

    private static List<StoryReport> read(PreparedStatement select) throws SQLException {
        List<StoryReport> reports = new ArrayList<>();
        try (ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                String topics = rows.getString(3);
                reports.add(new StoryReport(
                        rows.getLong(5),
                        rows.getLong(1),
                        rows.getLong(6),
                        rows.getString(2),
                        topics == null ? Set.of() : Set.of(topics.split(" ")),
                        Instant.ofEpochMilli(rows.getLong(4)),
                        rows.getString(7)));
            }
        }
        return reports;
    }
}
