package talkwatch.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Forgets what is older than the retention period ({@code storage.keep}), so the file does not grow forever: an
 * article published and last carried by its feed before then, with its deliveries (all answered), topics and story
 * reports; and the records of old poll cycles; and, after {@link HandledUpdates#KEEP}, the webhook's updates.
 * Subscriptions, chats and feed states are kept.
 *
 * <p>An article is never forgotten while a delivery of it is still waiting, nor while a feed still carries it (see
 * {@link ArticleStore#recognize}); should an old item come back after all, it is older than {@code delivery.maxAge}
 * and is not sent again. Work goes in small transactions so the sender and the poll are never held up for long.
 */
public final class Retention {

    /** Articles forgotten per transaction: each holds SQLite's write lock for some milliseconds. */
    static final int BATCH = 100;

    private final Database database;
    private final int batch;

    public Retention(Database database) {
        this(database, BATCH);
    }

    Retention(Database database, int batch) {
        this.database = database;
        this.batch = batch;
    }

    /** What one {@link #forgetBefore} removed. */
    public record Forgotten(int articles, int deliveries, int pollRuns) {}

    /** Forgets what is older than {@code cutoff}, batch by batch. */
    public Forgotten forgetBefore(Instant cutoff) {
        long before = cutoff.toEpochMilli();
        int articles = 0;
        int deliveries = 0;
        while (true) {
            Forgotten done = database.transaction("forgetting articles older than " + cutoff, connection -> {
                List<Long> ids = oldArticles(connection, before);
                if (ids.isEmpty()) {
                    return new Forgotten(0, 0, 0);
                }
                int removed = execute(connection, "DELETE FROM delivery WHERE article_id IN", ids);
                execute(connection, "DELETE FROM article_topic WHERE article_id IN", ids);
                execute(connection, "DELETE FROM story_report WHERE article_id IN", ids);
                execute(connection, "DELETE FROM story_report WHERE story_id IN", ids);
                // a follow-up whose news became a forgotten story is listed with its own story again
                execute(connection, "UPDATE story_report SET promoted_to = NULL WHERE promoted_to IN", ids);
                execute(
                        connection,
                        "DELETE FROM article_search WHERE " + SearchIndex.articleColumn(database.dialect()) + " IN",
                        ids);
                execute(connection, "DELETE FROM article WHERE id IN", ids);
                return new Forgotten(ids.size(), removed, 0);
            });
            articles += done.articles();
            deliveries += done.deliveries();
            if (done.articles() < batch) {
                break;
            }
        }
        int pollRuns = deleteBefore("forgetting poll cycles older than ", "poll_run", "started_at", cutoff);
        return new Forgotten(articles, deliveries, pollRuns);
    }

    /** Forgets the webhook updates handled before {@code cutoff} ({@link HandledUpdates}); how many went. */
    public int forgetUpdatesBefore(Instant cutoff) {
        return deleteBefore("forgetting updates handled before ", "handled_update", "handled_at", cutoff);
    }

    /** Forgets the /summary requests made before {@code cutoff} ({@link SummaryRequests}); how many went. */
    public int forgetSummaryRequestsBefore(Instant cutoff) {
        return deleteBefore("forgetting summary requests made before ", "summary_request", "requested_at", cutoff);
    }

    /** Deletes the rows of {@code table} whose {@code column} (epoch milliseconds) is before {@code cutoff}. */
    private int deleteBefore(String doing, String table, String column, Instant cutoff) {
        return database.transaction(doing + cutoff, connection -> {
            try (PreparedStatement delete =
                    connection.prepareStatement("DELETE FROM " + table + " WHERE " + column + " < ?")) {
                delete.setLong(1, cutoff.toEpochMilli());
                return delete.executeUpdate();
            }
        });
    }

    /** The next batch of articles to forget: old, no longer carried, and with no delivery waiting. */
    private List<Long> oldArticles(Connection connection, long before) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT a.id FROM article a"
                + " WHERE a.last_served_at < ? AND a.published_at < ?"
                + " AND NOT EXISTS (SELECT 1 FROM delivery d WHERE d.article_id = a.id"
                + " AND d.status NOT IN ('sent', 'failed'))"
                + " LIMIT ?")) {
            select.setLong(1, before);
            select.setLong(2, before);
            select.setInt(3, batch);
            List<Long> ids = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                }
            }
            return ids;
        }
    }

    /** Runs {@code sql}, a statement ending «… IN», on {@code ids}; how many rows it changed. */
    private static int execute(Connection connection, String sql, List<Long> ids) throws SQLException {
        try (PreparedStatement statement =
                connection.prepareStatement(sql + " (" + ArticleStore.marks(ids.size()) + ")")) {
            for (int i = 0; i < ids.size(); i++) {
                statement.setLong(i + 1, ids.get(i));
            }
            return statement.executeUpdate();
        }
    }
}
