package talkwatch.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;

/**
 * The cluster's one schedule of sending, on PostgreSQL: every message of every instance takes a slot, each {@code
 * interval} after the one before, so that together they never exceed {@code delivery.globalPerSecond}. The slots are
 * counted in the database's clock, so the instances' clocks need not agree. Thread-safe.
 */
public final class SendSlots {

    /** The database's clock, in microseconds. */
    private static final String NOW = "CAST(EXTRACT(EPOCH FROM clock_timestamp()) * 1000000 AS BIGINT)";

    private final Database database;
    private final String name;

    public SendSlots(Database database) {
        this(database, "global");
    }

    SendSlots(Database database, String name) {
        if (database.dialect() != Dialect.POSTGRESQL) {
            throw new IllegalArgumentException("the cluster's schedule of sending is kept in PostgreSQL");
        }
        this.database = database;
        this.name = name;
        database.transaction("creating the schedule of sending", connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO send_rate (name, next_at) VALUES (?, 0) ON CONFLICT (name) DO NOTHING")) {
                insert.setString(1, name);
                insert.executeUpdate();
            }
            return null;
        });
    }

    /** Slots granted: the first, this long from now (zero when free at once), then one each {@code interval}. */
    public record Grant(Duration firstIn, int count, Duration interval) {}

    /** The next {@code count} free slots, {@code interval} apart. */
    public Grant take(int count, Duration interval) {
        long spacing = interval.toNanos() / 1000;
        return database.transaction("taking " + count + " slots of the schedule of sending", connection -> {
            try (PreparedStatement update = connection.prepareStatement("UPDATE send_rate SET next_at ="
                    + " GREATEST(next_at, clock.now) + ? FROM (SELECT " + NOW + " AS now) clock WHERE name = ?"
                    + " RETURNING next_at, clock.now")) {
                update.setLong(1, count * spacing);
                update.setString(2, name);
                try (ResultSet rows = update.executeQuery()) {
                    rows.next();
                    long first = rows.getLong(1) - count * spacing;
                    return new Grant(Duration.ofNanos((first - rows.getLong(2)) * 1000), count, interval);
                }
            }
        });
    }

    /** No slot before {@code wait} from now, for any instance: Telegram asked the bot to pause (429). */
    public void pause(Duration wait) {
        database.transaction("pausing the schedule of sending", connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE send_rate SET next_at = GREATEST(next_at, " + NOW + " + ?) WHERE name = ?")) {
                update.setLong(1, wait.toNanos() / 1000);
                update.setString(2, name);
                update.executeUpdate();
            }
            return null;
        });
    }
}
