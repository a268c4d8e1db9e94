package talkwatch.store;

import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Duration;

/**
 * The updates that came by webhook and were taken, by {@code update_id}: Telegram sends an update again when it got no
 * answer in time, and with several instances another one may get it, so each is handled once. Thread-safe.
 */
public final class HandledUpdates {

    /** How long an update is remembered: Telegram stops trying to deliver one after 24 hours. */
    public static final Duration KEEP = Duration.ofHours(48);

    private final Database database;
    private final Clock clock;

    public HandledUpdates(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /**
     * Records that the update is being handled; false when it was already, here or by another instance. Committed
     * when this returns.
     */
    public boolean take(long updateId) {
        return database.transaction("recording update " + updateId, connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO handled_update (update_id, handled_at) VALUES (?, ?) ON CONFLICT DO NOTHING")) {
                insert.setLong(1, updateId);
                insert.setLong(2, clock.millis());
                return insert.executeUpdate() == 1;
            }
        });
    }
}
