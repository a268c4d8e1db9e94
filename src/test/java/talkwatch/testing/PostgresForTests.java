package talkwatch.testing;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.junit.jupiter.api.Assumptions;

/**
 * A PostgreSQL for tests: the server named by libpq's variables ({@code PGHOST}, {@code PGPORT}, {@code PGUSER},
 * {@code PGPASSWORD}, {@code PGDATABASE}, as {@code pg_virtualenv} exports them), and in it a fresh schema per test,
 * dropped again by {@link #close()}. Without {@code PGHOST}, or when the server does not answer, {@link
 * #freshSchema()} skips the test (a JUnit assumption) and says why.
 *
 * <p>Against a development server: {@code PGHOST=127.0.0.1 PGPORT=55432 PGUSER=postgres PGDATABASE=postgres mvn test}.
 */
public final class PostgresForTests implements AutoCloseable {

    /** Starts the message of every test skipped for want of a PostgreSQL, so that it can be told from others. */
    public static final String SKIPPED = "no PostgreSQL for tests: ";

    private final String server;
    private final String schema;
    private final HikariDataSource pool;

    private PostgresForTests(String server, String schema) {
        this.server = server;
        this.schema = schema;
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl());
        config.setMaximumPoolSize(8);
        config.setPoolName("test-" + schema);
        this.pool = new HikariDataSource(config);
    }

    /**
     * The server's JDBC URL, user and password included, built from the environment as libpq reads it ({@code PGPORT}
     * 5432, {@code PGUSER} the login name and {@code PGDATABASE} the user when unset); empty without {@code PGHOST}.
     * The JDBC driver cannot reach a Unix socket, so a {@code PGHOST} that names one goes to localhost instead.
     */
    public static Optional<String> url() {
        return url(System.getenv());
    }

    static Optional<String> url(Map<String, String> environment) {
        String host = environment.getOrDefault("PGHOST", "");
        if (host.isBlank()) {
            return Optional.empty();
        }
        if (host.startsWith("/")) {
            host = "localhost";
        }
        String user = environment.getOrDefault("PGUSER", System.getProperty("user.name"));
        String url = "jdbc:postgresql://" + host + ":" + environment.getOrDefault("PGPORT", "5432") + "/"
                + environment.getOrDefault("PGDATABASE", user) + "?connectTimeout=5&user=" + encoded(user);
        String password = environment.getOrDefault("PGPASSWORD", "");
        return Optional.of(password.isEmpty() ? url : url + "&password=" + encoded(password));
    }

    /** A new, empty schema {@code tw_…} of its own; skips the calling test when there is no PostgreSQL. */
    public static PostgresForTests freshSchema() {
        Optional<String> server = url();
        Assumptions.assumeTrue(
                server.isPresent(),
                SKIPPED + "PGHOST is not set (run the tests under pg_virtualenv, or export PGHOST, PGPORT, PGUSER"
                        + " and PGDATABASE)");
        String schema =
                "tw_" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong());
        try {
            execute(server.get(), "CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            Assumptions.abort(SKIPPED + "PostgreSQL at PGHOST " + System.getenv("PGHOST") + " port "
                    + System.getenv().getOrDefault("PGPORT", "5432") + " does not answer: " + e.getMessage());
        }
        return new PostgresForTests(server.get(), schema);
    }

    /** The schema's name. */
    public String schema() {
        return schema;
    }

    /** A JDBC URL whose connections work in this schema ({@code currentSchema}), with user and password. */
    public String jdbcUrl() {
        return server + "&currentSchema=" + schema;
    }

    /** A small connection pool on this schema, closed by {@link #close()}. */
    public DataSource dataSource() {
        return pool;
    }

    /** Runs SQL (several statements are fine) in this schema. */
    public void execute(String sql) throws SQLException {
        execute(jdbcUrl(), sql);
    }

    /** Closes the pool and drops the schema with everything in it. */
    @Override
    public void close() throws SQLException {
        pool.close();
        execute(server, "DROP SCHEMA " + schema + " CASCADE");
    }

    private static void execute(String url, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static String encoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
