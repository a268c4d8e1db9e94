package talkwatch.schedule;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import talkwatch.testing.PostgresForTests;

/** Quartz's tables in a test schema: made, and read back as the clustered schedule left them. */
final class QuartzTables {

    /** The migration that makes them, run as it is (the application runs it with Flyway). */
    static final String MIGRATION = "db/migration/postgresql/V100__quartz_tables.sql";

    private QuartzTables() {}

    static void create(PostgresForTests database) throws IOException, SQLException {
        try (InputStream in = QuartzTables.class.getClassLoader().getResourceAsStream(MIGRATION)) {
            if (in == null) {
                throw new IOException(MIGRATION + " is not on the class path");
            }
            database.execute(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
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
