package talkwatch.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Moves talkwatch from its SQLite file to PostgreSQL ({@code talkwatch copy-db}): everything the file holds is copied
 * into an empty PostgreSQL database in one transaction, with its ids, so that the bot goes on there with every
 * subscriber, every story and the whole delivery queue. Not to be run beside a {@code run} on the file (see {@code
 * talkwatch.RunLock}): what it wrote after the copy began would be lost.
 */
public final class DatabaseCopy {

    /**
     * The tables copied row by row with their ids, each after the tables its foreign keys point to (a subscription to
     * its chat, a topic, story report or delivery to its article).
     */
    static final List<String> TABLES = List.of(
            "chat",
            "subscription",
            "chat_settings",
            "feed_state",
            "article",
            "article_topic",
            "story_report",
            "delivery",
            "poll_run",
            "handled_update",
            "summary_request");

    /**
     * The /search index, rebuilt from the articles rather than copied: SQLite's FTS5 index has no content of its own
     * to read back.
     */
    static final String SEARCH_INDEX = "article_search";

    /**
     * Tables of talkwatch's PostgreSQL schema that hold no data to copy: Flyway's history of the migrations, the
     * cluster's schedule of sending ({@link SendSlots}); and Quartz's tables ({@code qrtz_…}) of the clustered
     * schedule. They may hold rows, as after a {@code run} that stopped at once.
     */
    static final Set<String> NOT_COPIED = Set.of("flyway_schema_history", "send_rate");

    static final String QUARTZ_PREFIX = "qrtz_";

    private DatabaseCopy() {}

    /**
     * Copies the SQLite database {@code source} (migrated to the current version first, as {@code run} would) into
     * {@code target}, which is migrated first and must hold no data ({@link TargetNotEmpty} otherwise); returns what
     * the target holds then. A delivery that was in flight ('sending') is pending again in the target. Fails with a
     * {@link StoreException}, leaving the target without any of the data.
     */
    public static Copied copy(Path source, Storage.Postgres target) {
        TargetSchema.refuseUnlessEmpty(target);
        try (Database from = Database.open(source);
                Database to = Database.open(target)) {
            String copying = "copying " + source + " into " + target.describe();
            return from.transaction(
                    "reading " + source, read -> to.transaction(copying, write -> copy(read, write, target)));
        }
    }

    private static Copied copy(Connection from, Connection to, Storage.Postgres target) throws SQLException {
        TargetSchema.refuseUnlessEmpty(to, target);
        for (String table : TABLES) {
            TableCopy.copy(from, to, table);
        }
        rebuildSearchIndex(from, to);
        releaseClaims(to);
        moveSequencesPastTheIds(to);
        return Copied.count(to);
    }

    /** Indexes each summarized article for /search, as {@link ArticleStore} does when it saves one. */
    private static void rebuildSearchIndex(Connection from, Connection to) throws SQLException {
        try (Statement select = from.createStatement();
                ResultSet articles =
                        select.executeQuery("SELECT id, title, summary FROM article WHERE summary IS NOT NULL");
                PreparedStatement insert = to.prepareStatement(SearchIndex.POSTGRESQL_INSERT)) {
            Batches batches = new Batches(insert);
            while (articles.next()) {
                SearchIndex.bindPostgresql(
                        insert,
                        articles.getLong(1),
                        articles.getString(2),
                        Arrays.asList(articles.getString(3).split(ArticleStore.SUMMARY_SEPARATOR)));
                batches.add();
            }
            batches.finish();
        }
    }

    /**
     * A delivery in flight when the file was last used ('sending', its answer never recorded) is pending again, as
     * {@link Outbox#recover} would make it on SQLite; its claim named an instance that will never come back.
     */
    private static void releaseClaims(Connection to) throws SQLException {
        try (Statement update = to.createStatement()) {
            update.executeUpdate("UPDATE delivery SET status = 'pending', claimed_by = NULL, lease_until = NULL"
                    + " WHERE status = 'sending'");
        }
    }

    /**
     * The ids were copied as they were, so each identity's sequence would hand out ids already taken: it moves on to
     * the largest copied id + 1.
     */
    private static void moveSequencesPastTheIds(Connection to) throws SQLException {
        List<String[]> identities = new ArrayList<>();
        try (Statement select = to.createStatement();
                ResultSet rows = select.executeQuery("SELECT table_name, column_name FROM information_schema.columns"
                        + " WHERE table_schema = current_schema() AND is_identity = 'YES'")) {
            while (rows.next()) {
                if (TABLES.contains(rows.getString(1))) {
                    identities.add(new String[] {rows.getString(1), rows.getString(2)});
                }
            }
        }
        for (String[] identity : identities) {
            try (PreparedStatement move = to.prepareStatement("SELECT setval(pg_get_serial_sequence(?, ?),"
                    + " COALESCE(MAX(" + identity[1] + "), 0) + 1, false) FROM " + identity[0])) {
                move.setString(1, identity[0]);
                move.setString(2, identity[1]);
                move.executeQuery().close();
            }
        }
    }
}
