package talkwatch.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.BlockingDeque;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.locks.ReentrantLock;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.sqlite.SQLiteDataSource;

/** The SQLite file: opened, migrated to the current schema, and handing out connections. */
public final class Database {

    /** Idle connections kept for reuse: opening one (file, schema, pragmas) costs more than a small query. */
    private static final int MAX_IDLE = 16;

    private final String url;
    private final BlockingDeque<Connection> idle = new LinkedBlockingDeque<>(MAX_IDLE);
    /**
     * SQLite lets one writer in at a time, and a waiting writer sleeps in its busy handler (up to 100 ms a try),
     * so writers of this process queue here instead: 16 poll threads saving at once stay fast.
     */
    private final ReentrantLock writer = new ReentrantLock(true);

    private Database(String url) {
        this.url = url;
    }

    /** Opens (creating if needed) the database file and applies pending migrations. */
    public static Database open(Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (IOException e) {
            throw new StoreException("creating the folder for " + file, e);
        }
        Database database = new Database("jdbc:sqlite:" + file);
        String opening =
                "opening " + file + " (storage.path or TALKWATCH_DB must name talkwatch's SQLite file, or a new one)";
        // A file that is not a database fails here at once; inside Flyway it would take ten seconds of retries.
        try (Connection connection = DriverManager.getConnection(database.url);
                Statement statement = connection.createStatement()) {
            statement.execute("SELECT count(*) FROM sqlite_master");
        } catch (SQLException e) {
            throw new StoreException(opening, e);
        }
        try {
            database.migrate();
        } catch (FlywayException e) {
            Throwable cause = e;
            while (cause.getCause() != null) {
                cause = cause.getCause();
            }
            throw new StoreException(opening, cause);
        }
        return database;
    }

    /**
     * Writes a consistent, compacted copy of the database file {@code source} to {@code target} ({@code VACUUM
     * INTO}) while the bot may keep writing to it: the copy holds every transaction committed when it began. The
     * source is read as it is, never migrated, so a bot of another version may be running on it.
     */
    public static void backup(Path source, Path target) {
        try {
            Path parent = target.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (IOException e) {
            throw new StoreException("creating the folder for " + target, e);
        }
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + source);
                PreparedStatement vacuum = connection.prepareStatement("VACUUM INTO ?")) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("PRAGMA busy_timeout = 10000");
            }
            vacuum.setString(1, target.toString());
            vacuum.execute();
        } catch (SQLException e) {
            throw new StoreException("backing up " + source + " to " + target, e);
        }
    }

    private void migrate() {
        SQLiteDataSource source = new SQLiteDataSource();
        source.setUrl(url);
        Flyway.configure()
                .dataSource(source)
                .locations("classpath:db/migration")
                .javaMigrations(SearchIndexMigration.CREATE, SearchIndexMigration.PRONOUNS)
                .loggers("slf4j")
                .load()
                .migrate();
        try (Connection connection = DriverManager.getConnection(url);
                Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA journal_mode = WAL");
        } catch (SQLException e) {
            throw new StoreException("switching the database to WAL mode", e);
        }
    }

    Connection connect() throws SQLException {
        Connection connection = DriverManager.getConnection(url);
        try (Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA busy_timeout = 10000");
            statement.execute("PRAGMA foreign_keys = ON");
            statement.execute("PRAGMA synchronous = NORMAL");
        }
        return connection;
    }

    /** Runs {@code work} in one transaction: all of it is stored, or none. */
    <T> T transaction(String doing, Work<T> work) {
        writer.lock();
        try {
            return inTransaction(doing, work);
        } finally {
            writer.unlock();
        }
    }

    private <T> T inTransaction(String doing, Work<T> work) {
        Connection connection = null;
        try {
            connection = acquire();
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            discard(connection);
            connection = null;
            throw new StoreException(doing, e);
        } finally {
            release(connection);
        }
    }

    /** Runs {@code work} on a connection of its own while it runs, without a transaction around it. */
    <T> T query(String doing, Work<T> work) {
        Connection connection = null;
        try {
            connection = acquire();
            return work.run(connection);
        } catch (SQLException e) {
            discard(connection);
            connection = null;
            throw new StoreException(doing, e);
        } finally {
            release(connection);
        }
    }

    private Connection acquire() throws SQLException {
        Connection connection = idle.pollFirst();
        return connection != null ? connection : connect();
    }

    private void release(Connection connection) {
        if (connection != null && !idle.offerFirst(connection)) {
            discard(connection);
        }
    }

    private static void discard(Connection connection) {
        if (connection == null) {
            return;
        }
        try {
            connection.close();
        } catch (SQLException e) {
            // already broken: nothing to keep
        }
    }

    interface Work<T> {
        T run(Connection connection) throws SQLException;
    }
}
