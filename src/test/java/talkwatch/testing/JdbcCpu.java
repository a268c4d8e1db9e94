package talkwatch.testing;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.DriverPropertyInfo;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.Collections;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.atomic.LongAdder;
import java.util.logging.Logger;

/**
 * The CPU time this JVM's threads spend inside JDBC calls, for benchmarks: every JDBC driver registered is replaced by
 * one that hands out the same connections behind a proxy, which reads the calling thread's CPU clock around each call
 * that does work (preparing, executing, stepping to the next row, committing, closing) and adds the difference. On
 * SQLite, which runs inside the JVM, that is the database's CPU time (its C code and the driver's Java code); on
 * PostgreSQL, the client's side only (encoding, decoding: waiting for the server costs no CPU).
 *
 * <p>Not counted: binding parameters and reading columns (cheap calls, made per row, that would cost more to time than
 * they take). Counted with it: the two reads of the clock per timed call, about a microsecond.
 */
public final class JdbcCpu {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final LongAdder NANOS = new LongAdder();
    /** The calls not timed: bound parameters, column reads and plain accessors. */
    private static final Set<String> UNTIMED =
            Set.of("addBatch", "clearParameters", "wasNull", "getConnection", "unwrap", "isWrapperFor", "hashCode");

    private static boolean installed;

    private JdbcCpu() {}

    /** Meters every JDBC connection opened from now on (idempotent). */
    public static synchronized void install() {
        if (installed) {
            return;
        }
        try {
            for (Driver driver : Collections.list(DriverManager.getDrivers())) {
                DriverManager.deregisterDriver(driver);
                DriverManager.registerDriver(new Metered(driver));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("replacing the JDBC drivers", e);
        }
        installed = true;
    }

    /** CPU time spent in JDBC calls so far, all threads. */
    public static long nanos() {
        return NANOS.sum();
    }

    private static boolean timed(Method method) {
        String name = method.getName();
        return !UNTIMED.contains(name) && !name.startsWith("set") && !name.startsWith("get")
                || name.equals("setAutoCommit")
                || name.equals("getGeneratedKeys")
                || name.equals("getResultSet");
    }

    @SuppressWarnings("unchecked")
    private static <T> T meter(Class<T> type, T target) {
        return (T) Proxy.newProxyInstance(JdbcCpu.class.getClassLoader(), new Class<?>[] {type}, new Timing(target));
    }

    private static Object wrap(Object result) {
        if (result instanceof PreparedStatement statement && !(result instanceof java.sql.CallableStatement)) {
            return meter(PreparedStatement.class, statement);
        }
        if (result instanceof Statement statement && !(result instanceof PreparedStatement)) {
            return meter(Statement.class, statement);
        }
        if (result instanceof ResultSet rows) {
            return meter(ResultSet.class, rows);
        }
        return result;
    }

    private record Timing(Object target) implements InvocationHandler {
        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            if (method.getName().equals("equals")) {
                return proxy == args[0];
            }
            boolean timed = timed(method);
            long start = timed ? THREADS.getCurrentThreadCpuTime() : 0;
            try {
                return wrap(method.invoke(target, args));
            } catch (InvocationTargetException e) {
                throw e.getCause();
            } finally {
                if (timed) {
                    NANOS.add(THREADS.getCurrentThreadCpuTime() - start);
                }
            }
        }
    }

    /** The driver {@code real}, its connections metered. */
    private record Metered(Driver real) implements Driver {
        @Override
        public Connection connect(String url, Properties info) throws SQLException {
            long start = THREADS.getCurrentThreadCpuTime();
            try {
                Connection connection = real.connect(url, info);
                return connection == null ? null : meter(Connection.class, connection);
            } finally {
                NANOS.add(THREADS.getCurrentThreadCpuTime() - start);
            }
        }

        @Override
        public boolean acceptsURL(String url) throws SQLException {
            return real.acceptsURL(url);
        }

        @Override
        public DriverPropertyInfo[] getPropertyInfo(String url, Properties info) throws SQLException {
            return real.getPropertyInfo(url, info);
        }

        @Override
        public int getMajorVersion() {
            return real.getMajorVersion();
        }

        @Override
        public int getMinorVersion() {
            return real.getMinorVersion();
        }

        @Override
        public boolean jdbcCompliant() {
            return real.jdbcCompliant();
        }

        @Override
        public Logger getParentLogger() throws SQLFeatureNotSupportedException {
            return real.getParentLogger();
        }
    }
}
