package talkwatch.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.sqlite.SQLiteDataSource;

/** The SQLite file: opened, migrated to the current schema, and handing out connections. */
public final class Database {

    private final String url;
    /**
     * The one connection that writes, held open for the life of the process. SQLite allows one writer
     * at a time anyway; opening a connection per transaction (and the checkpoint when the last one
     * closes) capped the sender at a few hundred messages a second. Guarded by {@code this}.
     */
    private Connection writer;

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
        database.migrate();
        return database;
    }

    private void migrate() {
        SQLiteDataSource source = new SQLiteDataSource();
        source.setUrl(url);
        Flyway.configure()
                .dataSource(source)
                .locations("classpath:db/migration")
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

    /** Runs {@code work} in one transaction: all of it is stored, or none. Transactions run one at a time. */
    synchronized <T> T transaction(String doing, Work<T> work) {
        try {
            if (writer == null || writer.isClosed()) {
                writer = connect();
                writer.setAutoCommit(false);
            }
            try {
                T result = work.run(writer);
                writer.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                writer.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException(doing, e);
        }
    }

    /** Runs {@code work} on its own connection, without a transaction around it. */
    <T> T query(String doing, Work<T> work) {
        try (Connection connection = connect()) {
            return work.run(connection);
        } catch (SQLException e) {
            throw new StoreException(doing, e);
        }
    }

    interface Work<T> {
        T run(Connection connection) throws SQLException;
    }
}
