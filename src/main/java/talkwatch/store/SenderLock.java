package talkwatch.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which instance sends the outbox. On SQLite, the one process (the file's run lock sees to that). On PostgreSQL, the
 * instance holding a session-level advisory lock on a connection kept for it: taken when free, and checked at most
 * once a second. It goes with its session: when the instance is killed the server sees the connection close and lets
 * the lock go, and a live instance takes it at its next check, within a second. An instance cut off from the database
 * without the connection closing loses it after {@link #SILENCE} of silence ({@code idle_session_timeout}); its
 * deliveries in flight keep their claims until their lease ends. Thread-safe.
 */
final class SenderLock {

    /** The advisory lock's key: "talkwatch" in letters, truncated to 64 bits. */
    private static final long KEY = 0x74616c6b77617463L;

    private static final Duration CHECK_EVERY = Duration.ofSeconds(1);
    /** How long a silent session keeps the lock: ten missed checks. */
    static final Duration SILENCE = Duration.ofSeconds(10);

    private static final Logger log = LoggerFactory.getLogger(SenderLock.class);

    private final Database database;
    private Connection connection;
    private boolean held;
    private long checkedAt = System.nanoTime() - CHECK_EVERY.toNanos();

    SenderLock(Database database) {
        this.database = database;
    }

    /** Whether this instance sends now; takes the lock when it is free. */
    synchronized boolean held() {
        if (database.dialect() == Dialect.SQLITE) {
            return true;
        }
        long now = System.nanoTime();
        if (now - checkedAt < CHECK_EVERY.toNanos()) {
            return held;
        }
        checkedAt = now;
        try {
            if (held) {
                if (connection.isValid((int) CHECK_EVERY.toSeconds())) {
                    return true;
                }
                log.warn("This instance lost its connection to the database: it stops sending, and another takes over");
                drop();
            }
            if (connection == null) {
                connection = database.connectAlone();
                try (Statement statement = connection.createStatement()) {
                    statement.execute("SET idle_session_timeout = '" + SILENCE.toSeconds() + "s'");
                }
            }
            try (PreparedStatement take = connection.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
                take.setLong(1, KEY);
                try (ResultSet rows = take.executeQuery()) {
                    rows.next();
                    held = rows.getBoolean(1);
                }
            }
            if (held) {
                log.info("This instance sends the summaries now (it holds the sender's lock)");
            }
        } catch (SQLException e) {
            log.warn("Could not ask the database whether this instance sends: {}", e.getMessage());
            drop();
        }
        return held;
    }

    /** Lets the lock go, for another instance to take. */
    synchronized void release() {
        if (held) {
            try (PreparedStatement unlock = connection.prepareStatement("SELECT pg_advisory_unlock(?)")) {
                unlock.setLong(1, KEY);
                unlock.execute();
            } catch (SQLException e) {
                // closing the session below lets it go too
            }
        }
        drop();
    }

    private void drop() {
        held = false;
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                // already broken
            }
            connection = null;
        }
    }
}
