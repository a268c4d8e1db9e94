package talkwatch.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.BlockingDeque;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.locks.ReentrantLock;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.sqlite.SQLiteDataSource;

/**
 * The database: opened, migrated to the current schema (Flyway, migrations per {@link Dialect}), and handing out
 * connections. A SQLite file keeps a few idle connections of its own and lets one writer of this process in at a time;
 * a PostgreSQL database is reached through a HikariCP pool, shared with the clustered schedule ({@link #shared}).
 */
public final class Database implements AutoCloseable {

    /** Idle connections kept for reuse: opening one (file, schema, pragmas) costs more than a small query. */
    private static final int MAX_IDLE = 16;
    /** Connections of an instance to PostgreSQL: 16 poll threads, the sender, the answers, the schedule. */
    private static final int POOL_SIZE = 24;

    private final Dialect dialect;
    private final String url;
    private final Optional<HikariDataSource> pool;
    private final Optional<Storage.Postgres> postgres;
    /** Connections of their own ({@link #connectAlone}), closed with the database if still open. */
    private final java.util.Set<Connection> alone = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private final BlockingDeque<Connection> idle = new LinkedBlockingDeque<>(MAX_IDLE);
    /**
     * SQLite lets one writer in at a time, and a waiting writer sleeps in its busy handler (up to 100 ms a try),
     * so writers of this process queue here instead: 16 poll threads saving at once stay fast. Not used on
     * PostgreSQL, where row locks and {@code ON CONFLICT} do that work.
     */
    private final ReentrantLock writer = new ReentrantLock(true);

    private Database(
            Dialect dialect, String url, Optional<HikariDataSource> pool, Optional<Storage.Postgres> postgres) {
        this.dialect = dialect;
        this.url = url;
        this.pool = pool;
        this.postgres = postgres;
    }

    /** Opens (creating if needed) the database and applies pending migrations. */
    public static Database open(Storage storage) {
        return storage instanceof Storage.Postgres postgres
                ? openPostgres(postgres)
                : open(((Storage.Sqlite) storage).file());
    }

    /** Opens (creating if needed) the SQLite file and applies pending migrations. */
    public static Database open(Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (IOException e) {
            throw new StoreException("creating the folder for " + file, e);
        }
        Database database = new Database(Dialect.SQLITE, "jdbc:sqlite:" + file, Optional.empty(), Optional.empty());
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
            database.migrateSqlite();
        } catch (FlywayException e) {
            throw new StoreException(opening, rootCause(e));
        }
        return database;
    }

    private static Database openPostgres(Storage.Postgres storage) {
        // A server that cannot be reached or refuses the password is said here in one line, before the pool (which
        // would log it with a stack trace) starts.
        try (Connection probe = connect(storage, "talkwatch")) {
            probe.isValid(1);
        } catch (SQLException e) {
            throw new StoreException(connecting(storage), reason(e));
        }
        HikariConfig config = new HikariConfig();
        config.setPoolName("talkwatch");
        config.setJdbcUrl(storage.url());
        config.setUsername(storage.user());
        storage.password().ifPresent(config::setPassword);
        config.setMaximumPoolSize(POOL_SIZE);
        config.setMinimumIdle(1);
        config.setConnectionTimeout(Duration.ofSeconds(10).toMillis());
        // batches of inserts go as one multi-row statement; a dead server is noticed by the kernel's keepalives
        config.addDataSourceProperty("reWriteBatchedInserts", "true");
        config.addDataSourceProperty("tcpKeepAlive", "true");
        config.addDataSourceProperty("ApplicationName", "talkwatch");
        HikariDataSource pool;
        try {
            pool = new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw new StoreException(connecting(storage), rootCause(e));
        }
        Database database = new Database(Dialect.POSTGRESQL, storage.url(), Optional.of(pool), Optional.of(storage));
        try {
            Flyway.configure()
                    .dataSource(pool)
                    .locations("classpath:db/migration/postgresql")
                    .loggers("slf4j")
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            pool.close();
            throw new StoreException("migrating " + storage.describe(), rootCause(e));
        }
        return database;
    }

    /** A connection of its own to {@code storage}, outside any pool. */
    static Connection connect(Storage.Postgres storage, String application) throws SQLException {
        java.util.Properties properties = new java.util.Properties();
        properties.setProperty("user", storage.user());
        storage.password().ifPresent(password -> properties.setProperty("password", password));
        properties.setProperty("tcpKeepAlive", "true");
        properties.setProperty("ApplicationName", application);
        properties.setProperty("connectTimeout", "10");
        return DriverManager.getConnection(storage.url(), properties);
    }

    /** Why a connection failed, in words an operator acts on: the driver says "the connection attempt failed". */
    static Throwable reason(SQLException e) {
        Throwable cause = e.getCause();
        if (cause instanceof java.net.UnknownHostException) {
            return new SQLException("no such host: " + cause.getMessage());
        }
        if (cause instanceof java.net.SocketTimeoutException) {
            return new SQLException("no answer within 10 s: " + cause.getMessage());
        }
        return e;
    }

    /** What the operator reads when PostgreSQL cannot be reached or refuses talkwatch. */
    static String connecting(Storage.Postgres storage) {
        return "connecting to " + storage.describe() + " (storage.url and storage.user in the config; the password"
                + " from TALKWATCH_DB_PASSWORD)";
    }

    private static Throwable rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }

    /** The database this is: what SQL it speaks. */
    public Dialect dialect() {
        return dialect;
    }

    /** On PostgreSQL, the pool of this instance's connections, for the clustered schedule; empty on SQLite. */
    public Optional<DataSource> shared() {
        return pool.map(DataSource.class::cast);
    }

    /** Closes the connections; the stores of this database may not be used afterwards. */
    @Override
    public void close() {
        alone.forEach(Database::discard);
        alone.clear();
        pool.ifPresent(HikariDataSource::close);
        Connection connection;
        while ((connection = idle.pollFirst()) != null) {
            discard(connection);
        }
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

    private void migrateSqlite() {
        SQLiteDataSource source = new SQLiteDataSource();
        source.setUrl(url);
        Flyway.configure()
                .dataSource(source)
                .locations("classpath:db/migration/sqlite")
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
        if (pool.isPresent()) {
            return pool.get().getConnection();
        }
        Connection connection = DriverManager.getConnection(url);
        try (Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA busy_timeout = 10000");
            statement.execute("PRAGMA foreign_keys = ON");
            statement.execute("PRAGMA synchronous = NORMAL");
        }
        return connection;
    }

    /**
     * A connection of its own, outside the pool, for a session that holds something (an advisory lock) as long as it
     * lives; PostgreSQL only. The caller closes it.
     */
    Connection connectAlone() throws SQLException {
        Connection connection = connect(
                postgres.orElseThrow(() -> new IllegalStateException("not PostgreSQL")), "talkwatch sender lock");
        alone.add(connection);
        alone.removeIf(open -> {
            try {
                return open.isClosed();
            } catch (SQLException e) {
                return true;
            }
        });
        return connection;
    }

    /** Runs {@code work} in one transaction: all of it is stored, or none. */
    <T> T transaction(String doing, Work<T> work) {
        if (!dialect.oneWriter()) {
            return inTransaction(doing, work);
        }
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
        Connection connection = pool.isPresent() ? null : idle.pollFirst();
        return connection != null ? connection : connect();
    }

    /** Back to the idle ones (SQLite), or to the pool (PostgreSQL, where closing returns it). */
    private void release(Connection connection) {
        if (connection != null && (pool.isPresent() || !idle.offerFirst(connection))) {
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
