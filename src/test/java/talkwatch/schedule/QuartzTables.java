package talkwatch.schedule;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import talkwatch.store.Storage;
import talkwatch.testing.PostgresForTests;

/**
 * Quartz's tables as a clustered schedule left them, read back in a test's schema; the store's migrations made them
 * ({@value #MIGRATION}).
 */
final class QuartzTables {

    static final String MIGRATION = "db/migration/postgresql/V100__quartz_tables.sql";

    private QuartzTables() {}

    /** Drops the test's schema with everything in it. */
    static void dropSchema(Storage.Postgres schema) {
        String url = schema.url();
        String name = url.substring(url.indexOf("currentSchema=") + "currentSchema=".length());
        PostgresForTests.execute(PostgresForTests.server(), "DROP SCHEMA " + name + " CASCADE");
    }

    /** A stored trigger: its name, its job's, when it started and fires next, and its interval. */
    record StoredTrigger(String name, String job, Instant start, Instant next, Duration interval) {}

    static List<StoredTrigger> triggers(DataSource database) throws SQLException {
        String sql = "SELECT t.trigger_name, t.job_name, t.start_time, t.next_fire_time, s.repeat_interval"
                + " FROM qrtz_triggers t JOIN qrtz_simple_triggers s"
                + " USING (sched_name, trigger_name, trigger_group) ORDER BY t.trigger_name";
        List<StoredTrigger> triggers = new ArrayList<>();
        try (Connection connection = database.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                triggers.add(new StoredTrigger(
                        rows.getString(1),
                        rows.getString(2),
                        Instant.ofEpochMilli(rows.getLong(3)),
                        Instant.ofEpochMilli(rows.getLong(4)),
                        Duration.ofMillis(rows.getLong(5))));
            }
        }
        return triggers;
    }

    static StoredTrigger trigger(DataSource database, String name) throws SQLException {
        return triggers(database).stream()
                .filter(trigger -> trigger.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no trigger " + name + " in qrtz_triggers"));
    }

    /** How many rows a query counts. */
    static long count(DataSource database, String sql) throws SQLException {
        try (Connection connection = database.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
