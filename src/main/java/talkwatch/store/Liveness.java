package talkwatch.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Optional;

/**
 * What the database says of a running bot, read without writing anything (no migration, a read-only connection), so
 * that a health check may run beside it: when the last poll cycle started, and how many deliveries wait.
 *
 * @param lastPoll when the last recorded poll cycle started
 * @param waiting deliveries pending or in flight
 * @param oldestWaiting when the oldest of them was queued
 */
public record Liveness(Optional<Instant> lastPoll, int waiting, Optional<Instant> oldestWaiting) {

    public static Liveness read(Storage database) {
        try (Connection connection = ReadOnly.connect(database);
                Statement statement = connection.createStatement()) {
            Optional<Instant> lastPoll;
            try (ResultSet rows = statement.executeQuery("SELECT max(started_at) FROM poll_run")) {
                rows.next();
                long started = rows.getLong(1);
                lastPoll = rows.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(started));
            }
            try (ResultSet rows = statement.executeQuery(
                    "SELECT count(*), min(created_at) FROM delivery WHERE status IN ('pending', 'sending')")) {
                rows.next();
                int waiting = rows.getInt(1);
                long oldest = rows.getLong(2);
                return new Liveness(
                        lastPoll,
                        waiting,
                        rows.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(oldest)));
            }
        } catch (SQLException e) {
            throw new StoreException(ReadOnly.hint(database), e);
        }
    }
}
