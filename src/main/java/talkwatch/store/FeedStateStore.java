package talkwatch.store;

import java.net.URI;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import talkwatch.feed.FeedState;

/** Per feed, what the next conditional GET sends and how the last poll went; and the log of poll cycles. */
public final class FeedStateStore {

    private final Database database;

    public FeedStateStore(Database database) {
        this.database = database;
    }

    public FeedState load(String feedId) {
        return database.query("reading the state of feed " + feedId, connection -> {
            try (PreparedStatement select =
                    connection.prepareStatement("SELECT etag, last_modified FROM feed_state WHERE feed_id = ?")) {
                select.setString(1, feedId);
                try (ResultSet rows = select.executeQuery()) {
                    if (!rows.next()) {
                        return FeedState.none();
                    }
                    return new FeedState(
                            Optional.ofNullable(rows.getString(1)), Optional.ofNullable(rows.getString(2)));
                }
            }
        });
    }

    /** Where and when the feed may be fetched next; {@link FeedSchedule#fresh()} for a feed never polled. */
    public FeedSchedule schedule(String feedId) {
        String sql = "SELECT url, configured_url, next_fetch_at, failures, failing_since, alerted FROM feed_state"
                + " WHERE feed_id = ?";
        return database.query("reading the schedule of feed " + feedId, connection -> {
            try (PreparedStatement select = connection.prepareStatement(sql)) {
                select.setString(1, feedId);
                try (ResultSet rows = select.executeQuery()) {
                    return rows.next() ? schedule(rows) : FeedSchedule.fresh();
                }
            }
        });
    }

    /** Every polled feed's schedule, by feed id. */
    public Map<String, FeedSchedule> schedules() {
        String sql = "SELECT url, configured_url, next_fetch_at, failures, failing_since, alerted, feed_id"
                + " FROM feed_state";
        return database.query("reading feed schedules", connection -> {
            try (PreparedStatement select = connection.prepareStatement(sql);
                    ResultSet rows = select.executeQuery()) {
                Map<String, FeedSchedule> all = new HashMap<>();
                while (rows.next()) {
                    all.put(rows.getString(7), schedule(rows));
                }
                return all;
            }
        });
    }

    private static FeedSchedule schedule(ResultSet rows) throws SQLException {
        return new FeedSchedule(
                Optional.ofNullable(rows.getString(1)).map(URI::create),
                Optional.ofNullable(rows.getString(2)).map(URI::create),
                instant(rows, 3),
                rows.getInt(4),
                instant(rows, 5),
                rows.getInt(6) != 0);
    }

    private static Optional<Instant> instant(ResultSet rows, int column) throws SQLException {
        long millis = rows.getLong(column);
        return rows.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(millis));
    }

    /**
     * Records the outcome of a poll and when the feed may be fetched next; {@code state} is empty when the
     * validators did not change (error, 304).
     */
    public void save(FeedHealth health, Optional<FeedState> state, FeedSchedule schedule) {
        String sql = "INSERT INTO feed_state (feed_id, etag, last_modified, last_polled_at, last_status, last_error,"
                + " last_items, last_new, url, configured_url, next_fetch_at, failures, failing_since, alerted)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                + " ON CONFLICT (feed_id) DO UPDATE SET last_polled_at = excluded.last_polled_at,"
                + " last_status = excluded.last_status, last_error = excluded.last_error,"
                + " last_items = excluded.last_items, last_new = excluded.last_new, url = excluded.url,"
                + " configured_url = excluded.configured_url, next_fetch_at = excluded.next_fetch_at,"
                + " failures = excluded.failures, failing_since = excluded.failing_since, alerted = excluded.alerted"
                + (state.isPresent() ? ", etag = excluded.etag, last_modified = excluded.last_modified" : "");
        database.transaction("saving the state of feed " + health.feedId(), connection -> {
            try (PreparedStatement upsert = connection.prepareStatement(sql)) {
                upsert.setString(1, health.feedId());
                upsert.setString(2, state.flatMap(FeedState::etag).orElse(null));
                upsert.setString(3, state.flatMap(FeedState::lastModified).orElse(null));
                upsert.setLong(4, health.polledAt().toEpochMilli());
                upsert.setString(5, health.status());
                upsert.setString(6, health.error().orElse(null));
                upsert.setInt(7, health.items());
                upsert.setInt(8, health.fresh());
                upsert.setString(9, schedule.url().map(URI::toString).orElse(null));
                upsert.setString(10, schedule.configuredUrl().map(URI::toString).orElse(null));
                setInstant(upsert, 11, schedule.nextFetchAt());
                upsert.setInt(12, schedule.failures());
                setInstant(upsert, 13, schedule.failingSince());
                upsert.setInt(14, schedule.alerted() ? 1 : 0);
                upsert.executeUpdate();
            }
            return null;
        });
    }

    private static void setInstant(PreparedStatement statement, int index, Optional<Instant> instant)
            throws SQLException {
        if (instant.isPresent()) {
            statement.setLong(index, instant.get().toEpochMilli());
        } else {
            statement.setNull(index, Types.BIGINT);
        }
    }

    /**
     * Notes that the admins were told: the feeds in {@code down} are down (if they still fail), those in {@code
     * recovered} work again (if they still work), which ends their outage.
     */
    public void noteAlerts(Collection<String> down, Collection<String> recovered) {
        database.transaction("noting the alerts told about " + (down.size() + recovered.size()) + " feeds", c -> {
            try (PreparedStatement markDown =
                            c.prepareStatement("UPDATE feed_state SET alerted = 1 WHERE feed_id = ? AND failures > 0");
                    PreparedStatement markUp = c.prepareStatement("UPDATE feed_state SET alerted = 0,"
                            + " failing_since = NULL WHERE feed_id = ? AND failures = 0")) {
                for (String feedId : down) {
                    markDown.setString(1, feedId);
                    markDown.addBatch();
                }
                for (String feedId : recovered) {
                    markUp.setString(1, feedId);
                    markUp.addBatch();
                }
                markDown.executeBatch();
                markUp.executeBatch();
            }
            return null;
        });
    }

    public List<FeedHealth> health() {
        String sql = "SELECT feed_id, last_polled_at, last_status, last_error, last_items, last_new FROM feed_state"
                + " WHERE last_polled_at IS NOT NULL ORDER BY feed_id";
        return database.query("reading feed health", connection -> {
            try (PreparedStatement select = connection.prepareStatement(sql);
                    ResultSet rows = select.executeQuery()) {
                List<FeedHealth> all = new ArrayList<>();
                while (rows.next()) {
                    all.add(new FeedHealth(
                            rows.getString(1),
                            Instant.ofEpochMilli(rows.getLong(2)),
                            rows.getString(3),
                            Optional.ofNullable(rows.getString(4)),
                            rows.getInt(5),
                            rows.getInt(6)));
                }
                return all;
            }
        });
    }

    public void record(PollRun run) {
        database.transaction("recording a poll cycle", connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO poll_run (started_at, finished_at, feeds_ok, feeds_error, new_items, queued)"
                            + " VALUES (?, ?, ?, ?, ?, ?)")) {
                insert.setLong(1, run.startedAt().toEpochMilli());
                insert.setLong(2, run.finishedAt().toEpochMilli());
                insert.setInt(3, run.feedsOk());
                insert.setInt(4, run.feedsFailed());
                insert.setInt(5, run.newItems());
                insert.setInt(6, run.queued());
                insert.executeUpdate();
            }
            return null;
        });
    }

    public Optional<PollRun> lastRun() {
        return database.query("reading the last poll cycle", connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                            "SELECT started_at, finished_at, feeds_ok, feeds_error, new_items, queued FROM poll_run"
                                    + " ORDER BY id DESC LIMIT 1");
                    ResultSet rows = select.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                return Optional.of(new PollRun(
                        Instant.ofEpochMilli(rows.getLong(1)),
                        Instant.ofEpochMilli(rows.getLong(2)),
                        rows.getInt(3),
                        rows.getInt(4),
                        rows.getInt(5),
                        rows.getInt(6)));
            }
        });
    }
}
