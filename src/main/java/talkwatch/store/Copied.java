package talkwatch.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * What a {@link DatabaseCopy} left in the target, counted there.
 *
 * @param activeChats chats the bot sends to (not blocked or gone)
 * @param stories stories told by the articles (each story once, whatever the reports of it)
 * @param waiting deliveries not sent yet (pending, those in flight at the copy among them)
 */
public record Copied(
        long chats,
        long activeChats,
        long subscriptions,
        long articles,
        long stories,
        long deliveries,
        long waiting,
        long feedStates,
        long pollRuns,
        long handledUpdates) {

    static Copied count(Connection connection) throws SQLException {
        try (Statement select = connection.createStatement();
                ResultSet rows = select.executeQuery("SELECT (SELECT COUNT(*) FROM chat),"
                        + " (SELECT COUNT(*) FROM chat WHERE active = 1), (SELECT COUNT(*) FROM subscription),"
                        + " (SELECT COUNT(*) FROM article), (SELECT COUNT(DISTINCT story_id) FROM story_report),"
                        + " (SELECT COUNT(*) FROM delivery), (SELECT COUNT(*) FROM delivery WHERE status = 'pending'),"
                        + " (SELECT COUNT(*) FROM feed_state), (SELECT COUNT(*) FROM poll_run),"
                        + " (SELECT COUNT(*) FROM handled_update)")) {
            rows.next();
            return new Copied(
                    rows.getLong(1),
                    rows.getLong(2),
                    rows.getLong(3),
                    rows.getLong(4),
                    rows.getLong(5),
                    rows.getLong(6),
                    rows.getLong(7),
                    rows.getLong(8),
                    rows.getLong(9),
                    rows.getLong(10));
        }
    }
}
