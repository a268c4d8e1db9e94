package talkwatch.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The deliveries queued by {@link ArticleStore#save}. A delivery leaves the pending state only when
 * Telegram accepted it (sent, with its message id) or refused it for good (failed, with the reason).
 */
public final class Outbox {

    private final Database database;
    private final Clock clock;

    public Outbox(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /**
     * Pending deliveries whose time has come, oldest first, each article with the other outlets that reported its
     * story so far ({@link StoredArticle#alsoIn}).
     */
    public List<Delivery> due(int limit) {
        String sql = "SELECT d.id, d.chat_id, c.type, d.attempts,"
                + " a.id, a.title, a.link, a.summary, a.source_name, a.published_at, " + StoryReports.OTHER_SOURCES
                + " FROM delivery d JOIN article a ON a.id = d.article_id JOIN chat c ON c.chat_id = d.chat_id"
                + " WHERE d.status = 'pending' AND d.next_attempt_at <= ? ORDER BY d.id LIMIT ?";
        return database.query("reading due deliveries", connection -> {
            try (PreparedStatement select = connection.prepareStatement(sql)) {
                select.setLong(1, clock.millis());
                select.setInt(2, limit);
                List<Delivery> due = new ArrayList<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        due.add(new Delivery(
                                rows.getLong(1),
                                rows.getLong(2),
                                rows.getString(3),
                                rows.getInt(4),
                                withOtherSources(ArticleStore.read(rows, 5), rows.getString(11))));
                    }
                }
                return due;
            }
        });
    }

    private static StoredArticle withOtherSources(StoredArticle a, String others) {
        List<String> alsoIn = others == null ? List.of() : List.of(others.split("\n"));
        return new StoredArticle(a.id(), a.title(), a.link(), a.summary(), a.sourceName(), a.published(), alsoIn);
    }

    /** When the next pending delivery becomes due, if any is pending. */
    public Optional<Instant> nextDue() {
        return database.query("reading the outbox", connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                            "SELECT MIN(next_attempt_at) FROM delivery WHERE status = 'pending'");
                    ResultSet rows = select.executeQuery()) {
                rows.next();
                long at = rows.getLong(1);
                return rows.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(at));
            }
        });
    }

    public void markSent(long deliveryId, long messageId) {
        update(
                "marking delivery " + deliveryId + " sent",
                "UPDATE delivery SET status = 'sent', message_id = ?, sent_at = ?, attempts = attempts + 1, error = NULL"
                        + " WHERE id = ?",
                messageId,
                clock.millis(),
                deliveryId);
    }

    /** Keeps the delivery pending and tries again at {@code at}. */
    public void retryAt(long deliveryId, Instant at, String error) {
        database.transaction("rescheduling delivery " + deliveryId, connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE delivery SET next_attempt_at = ?, attempts = attempts + 1, error = ? WHERE id = ?")) {
                update.setLong(1, at.toEpochMilli());
                update.setString(2, error);
                update.setLong(3, deliveryId);
                update.executeUpdate();
            }
            return null;
        });
    }

    /** Postpones every pending delivery to a chat, e.g. after Telegram asked to slow down. */
    public void postponeChat(long chatId, Instant until) {
        update(
                "postponing deliveries to chat " + chatId,
                "UPDATE delivery SET next_attempt_at = ? WHERE chat_id = ? AND status = 'pending' AND next_attempt_at < ?",
                until.toEpochMilli(),
                chatId,
                until.toEpochMilli());
    }

    public void markFailed(long deliveryId, String reason) {
        database.transaction("marking delivery " + deliveryId + " failed", connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE delivery SET status = 'failed', error = ?, attempts = attempts + 1 WHERE id = ?")) {
                update.setString(1, reason);
                update.setLong(2, deliveryId);
                update.executeUpdate();
            }
            return null;
        });
    }

    public int pending() {
        return database.query("counting pending deliveries", connection -> {
            try (PreparedStatement select =
                            connection.prepareStatement("SELECT COUNT(*) FROM delivery WHERE status = 'pending'");
                    ResultSet rows = select.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        });
    }

    private void update(String doing, String sql, long... values) {
        database.transaction(doing, connection -> {
            try (PreparedStatement update = connection.prepareStatement(sql)) {
                for (int i = 0; i < values.length; i++) {
                    update.setLong(i + 1, values[i]);
                }
                update.executeUpdate();
            }
            return null;
        });
    }
}
