package talkwatch.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Assumptions;
import talkwatch.store.Storage;

/**
 * The PostgreSQL server the tests of the PostgreSQL mode run against, named by libpq's variables ({@code PGHOST},
 * {@code PGPORT}, {@code PGUSER}, {@code PGPASSWORD}, {@code PGDATABASE}), as {@code pg_virtualenv} sets them in CI.
 * Each test gets a schema of its own. Without a server those tests are skipped, and say so once at the end of the run
 * ({@link SkippedEvaluations}); with {@value #REQUIRE_VARIABLE} set, as in CI, they fail instead.
 */
public final class PostgresForTests {

    public static final String REQUIRE_VARIABLE = "TALKWATCH_REQUIRE_POSTGRES";
    /** How the message of a test skipped for want of a server begins. */
    public static final String SKIPPED = "no PostgreSQL for the tests: ";

    private static final AtomicInteger SCHEMAS = new AtomicInteger();
    /** The schemas this run created, dropped when it ends: a shared server keeps nothing of the tests. */
    private static final java.util.List<String> CREATED = new java.util.concurrent.CopyOnWriteArrayList<>();

    private static final java.util.concurrent.atomic.AtomicBoolean HOOKED =
            new java.util.concurrent.atomic.AtomicBoolean();

    private static volatile Lookup lookup;

    private PostgresForTests() {}

    /** The server, or why there is none. */
    private record Lookup(Optional<Storage.Postgres> server, String absence) {}

    /**
     * A new, empty schema on the server, as the storage of one test (its URL sets {@code currentSchema}); skips the
     * test when no server is there, or fails it when {@value #REQUIRE_VARIABLE} is set.
     */
    public static Storage.Postgres freshSchema() {
        Storage.Postgres server = server();
        String schema = "t" + ProcessHandle.current().pid() + "_" + SCHEMAS.incrementAndGet() + "_"
                + Long.toString(System.nanoTime() % 1_000_000L, 36);
        execute(server, "CREATE SCHEMA " + schema);
        if (HOOKED.compareAndSet(false, true)) {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> dropCreated(server), "drop-test-schemas"));
        }
        CREATED.add(schema);
        return new Storage.Postgres(server.url() + "?currentSchema=" + schema, server.user(), server.password());
    }

    /**
     * For a benchmark's {@code main}: a new, empty schema as {@link #freshSchema} makes, or, without a server, a line
     * saying why on standard error and exit status 2.
     */
    public static Storage.Postgres freshSchemaOrExit() {
        Lookup found = lookup();
        if (found.server().isEmpty()) {
            System.err.println("This benchmark needs PostgreSQL: " + found.absence());
            System.exit(2);
        }
        return freshSchema();
    }

    /** Drops the schema {@link #freshSchema} made for {@code storage}, and everything in it, before the run ends. */
    public static void drop(Storage.Postgres storage) {
        String url = storage.url();
        String schema = url.substring(url.indexOf("currentSchema=") + "currentSchema=".length());
        execute(server(), "DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        CREATED.remove(schema);
    }

    /** The server's own database, for tests that need no schema of their own (a connection refused, a password). */
    public static Storage.Postgres server() {
        Lookup found = lookup();
        if (found.server().isPresent()) {
            return found.server().get();
        }
        throw skipped(found.absence());
    }

    /**
     * Skips the test, saying why (once, at the end of the run), or fails it when {@value #REQUIRE_VARIABLE} asks for
     * the PostgreSQL tests; use as {@code throw skipped(…)}.
     */
    public static RuntimeException skipped(String why) {
        if (System.getenv(REQUIRE_VARIABLE) != null) {
            throw new AssertionError(why + ", and " + REQUIRE_VARIABLE + " asks for the PostgreSQL tests");
        }
        Assumptions.abort(SKIPPED + why);
        return new IllegalStateException("unreachable");
    }

    private static void dropCreated(Storage.Postgres server) {
        for (String schema : CREATED) {
            try {
                execute(server, "DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            } catch (RuntimeException e) {
                // the server is gone with the run (pg_virtualenv): nothing to clean
            }
        }
    }

    /** Runs {@code sql} on the database of {@code storage}. */
    public static void execute(Storage.Postgres storage, String sql) {
        try (Connection connection = connect(storage);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    public static Connection connect(Storage.Postgres storage) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", storage.user());
        storage.password().ifPresent(password -> properties.setProperty("password", password));
        return DriverManager.getConnection(storage.url(), properties);
    }

    private static Lookup lookup() {
        if (lookup == null) {
            synchronized (PostgresForTests.class) {
                if (lookup == null) {
                    lookup = find(System.getenv());
                }
            }
        }
        return lookup;
    }

    private static Lookup find(Map<String, String> environment) {
        String host = environment.get("PGHOST");
        if (host == null || host.isBlank()) {
            return new Lookup(
                    Optional.empty(),
                    "PGHOST is not set (run the tests inside pg_virtualenv, or export PGHOST, PGPORT, PGUSER,"
                            + " PGPASSWORD and PGDATABASE of a server where that user may create schemas)");
        }
        if (host.startsWith("/")) {
            host = "127.0.0.1"; // a socket folder: JDBC speaks TCP, to the same server on loopback
        }
        String user = environment.getOrDefault("PGUSER", "postgres");
        String database = environment.getOrDefault("PGDATABASE", user);
        Storage.Postgres server = new Storage.Postgres(
                "jdbc:postgresql://" + host + ":" + environment.getOrDefault("PGPORT", "5432") + "/" + database,
                user,
                Optional.ofNullable(environment.get("PGPASSWORD")));
        try (Connection connection = connect(server)) {
            return new Lookup(Optional.of(server), "");
        } catch (SQLException e) {
            return new Lookup(Optional.empty(), server.describe() + " cannot be reached: " + e.getMessage());
        }
    }
}
