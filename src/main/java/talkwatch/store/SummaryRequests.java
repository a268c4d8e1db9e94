package talkwatch.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * The links each user had summarized (/summary) in the last day, counted in the store so that the per-user limits hold
 * across a restart and, on PostgreSQL, across every instance that shares the database: a user cannot pass them by
 * being answered by another instance. Thread-safe.
 */
public final class SummaryRequests {

    /** How long a request counts: the longer of the two limits' windows. */
    public static final Duration KEEP = Duration.ofDays(1);

    private static final Duration MINUTE = Duration.ofMinutes(1);

    /** The first key of the users' locks on PostgreSQL: "sumr" in letters. */
    private static final int USER_LOCKS = 0x73756d72;

    /**
     * Which limit a request would pass.
     *
     * <p>{@code PER_MINUTE}: {@code perMinute} requests already in the last minute; {@code PER_DAY}: {@code perDay} in
     * the last day.
     */
    public enum Limit {
        PER_MINUTE,
        PER_DAY
    }

    private final Database database;
    private final Clock clock;

    public SummaryRequests(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /**
     * Counts a request of {@code userId} unless it would pass one of the limits (sliding windows); the limit it would
     * pass, if any. A refused request is not counted. Committed when this returns.
     */
    public Optional<Limit> take(long userId, int perMinute, int perDay) {
        long now = clock.millis();
        return database.transaction("counting the summaries of user " + userId, connection -> {
            lockUser(connection, userId);
            try (PreparedStatement forget = connection.prepareStatement(
                    "DELETE FROM summary_request WHERE user_id = ? AND requested_at <= ?")) {
                forget.setLong(1, userId);
                forget.setLong(2, now - KEEP.toMillis());
                forget.executeUpdate();
            }
            try (PreparedStatement count = connection.prepareStatement("SELECT COUNT(*),"
                    + " COALESCE(SUM(CASE WHEN requested_at > ? THEN 1 ELSE 0 END), 0)"
                    + " FROM summary_request WHERE user_id = ?")) {
                count.setLong(1, now - MINUTE.toMillis());
                count.setLong(2, userId);
                try (ResultSet rows = count.executeQuery()) {
                    rows.next();
                    if (rows.getLong(1) >= perDay) {
                        return Optional.of(Limit.PER_DAY);
                    }
                    if (rows.getLong(2) >= perMinute) {
                        return Optional.of(Limit.PER_MINUTE);
                    }
                }
            }
            try (PreparedStatement insert =
                    connection.prepareStatement("INSERT INTO summary_request (user_id, requested_at) VALUES (?, ?)")) {
                insert.setLong(1, userId);
                insert.setLong(2, now);
                insert.executeUpdate();
            }
            return Optional.empty();
        });
    }

    /**
     * On PostgreSQL, two instances counting one user's requests at once take turns (a lock held to the end of the
     * transaction), so that neither lets through a request the other's would pass the limit with; a pair of 32-bit
     * keys, which never meets the single 64-bit key of {@link SenderLock}. SQLite's writer lock already orders them.
     */
    private void lockUser(Connection connection, long userId) throws SQLException {
        if (database.dialect() != Dialect.POSTGRESQL) {
            return;
        }
        try (PreparedStatement lock = connection.prepareStatement("SELECT pg_advisory_xact_lock(?, ?)")) {
            lock.setInt(1, USER_LOCKS);
            lock.setInt(2, Long.hashCode(userId));
            lock.executeQuery().close();
        }
    }
}
