package talkwatch.testing;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import talkwatch.store.Storage;

/** The two databases talkwatch runs on, for tests that must hold on both ({@code @EnumSource(TestDatabase.class)}). */
public enum TestDatabase {
    SQLITE,
    POSTGRESQL;

    /**
     * A new, empty database of this kind for one test: a file in {@code dir}, or a schema of its own on the test
     * server ({@link PostgresForTests}; the test is skipped when there is none).
     */
    public Storage create(Path dir) {
        return this == SQLITE ? new Storage.Sqlite(dir.resolve("talkwatch.db")) : PostgresForTests.freshSchema();
    }

    /** A plain connection to {@code storage}, for a test's own SQL. */
    public static Connection connect(Storage storage) throws SQLException {
        return storage instanceof Storage.Postgres postgres
                ? PostgresForTests.connect(postgres)
                : DriverManager.getConnection("jdbc:sqlite:" + ((Storage.Sqlite) storage).file());
    }

    /** Runs {@code sql} (an update) on {@code storage}. */
    public static void execute(Storage storage, String sql) {
        try (Connection connection = connect(storage);
                Statement statement = connection.createStatement()) {
            statement.executeUpdate(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    /** The number {@code sql} (a {@code SELECT COUNT(*) …}) finds in {@code storage}. */
    public static long count(Storage storage, String sql) {
        try (Connection connection = connect(storage);
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }
}
