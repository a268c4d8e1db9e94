package talkwatch.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
     * Pending deliveries whose time has come, the longest due first (so the due index serves the order), each
     * article with the other outlets that reported its story so far ({@link StoredArticle#alsoIn}). An
     * article is read once for all its deliveries (a fan-out has thousands), not once per row.
     */
    public List<Delivery> due(int limit) {
        // What an edit shows is the message it changes: the article the repeat was told in. A follow-up replies to its
        // story's message in the chat, an edit changes the message of the article it was told in.
        String sql = "SELECT d.id, d.chat_id, c.type, d.thread_id, d.attempts, d.parts_sent, d.kind,"
                + " CASE d.kind WHEN 'edit' THEN r.told_in ELSE d.article_id END,"
                + " CASE d.kind WHEN 'story' THEN NULL ELSE (SELECT m.message_id FROM delivery m"
                + " WHERE m.chat_id = d.chat_id AND m.status = 'sent' AND m.kind <> 'edit'"
                + " AND m.article_id = CASE d.kind WHEN 'edit' THEN r.told_in ELSE r.story_id END) END,"
                + " d.kind = 'edit' AND EXISTS (SELECT 1 FROM delivery m WHERE m.chat_id = d.chat_id"
                + " AND m.article_id = r.told_in AND m.status IN ('pending', 'sending'))"
                + " FROM delivery d JOIN chat c ON c.chat_id = d.chat_id"
                + " LEFT JOIN story_report r ON r.article_id = d.article_id"
                + " WHERE d.status = 'pending' AND d.next_attempt_at <= ?"
                + " ORDER BY d.next_attempt_at, d.id LIMIT ?";
        String articleSql = "SELECT a.id, a.title, a.link, a.summary, a.source_name, a.published_at, "
                + StoryReports.OTHER_SOURCES + " FROM article a WHERE a.id = ?";
        return database.query("reading due deliveries", connection -> {
            List<Delivery> due = new ArrayList<>();
            Map<Long, StoredArticle> articles = new HashMap<>();
            try (PreparedStatement select = connection.prepareStatement(sql);
                    PreparedStatement article = connection.prepareStatement(articleSql)) {
                select.setLong(1, clock.millis());
                select.setInt(2, limit);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        int thread = rows.getInt(4);
                        Optional<Integer> threadId = rows.wasNull() ? Optional.empty() : Optional.of(thread);
                        long articleId = rows.getLong(8);
                        long message = rows.getLong(9);
                        Optional<Long> refersTo = rows.wasNull() ? Optional.empty() : Optional.of(message);
                        StoredArticle stored = articles.get(articleId);
                        if (stored == null) {
                            stored = readArticle(article, articleId);
                            articles.put(articleId, stored);
                        }
                        due.add(new Delivery(
                                rows.getLong(1),
                                rows.getLong(2),
                                rows.getString(3),
                                threadId,
                                rows.getInt(5),
                                rows.getInt(6),
                                Delivery.Kind.of(rows.getString(7)),
                                stored,
                                refersTo,
                                rows.getBoolean(10)));
                    }
                }
            }
            return due;
        });
    }

    private static StoredArticle readArticle(PreparedStatement select, long articleId) throws SQLException {
        select.setLong(1, articleId);
        try (ResultSet rows = select.executeQuery()) {
            if (!rows.next()) {
                throw new SQLException("delivery refers to missing article " + articleId);
            }
            return StoryReports.withOutlets(ArticleStore.read(rows, 1), rows.getString(7));
        }
    }

    /**
     * Puts back to pending the deliveries that were in flight when the process died; call once at
     * start-up, before sending. Returns how many: each may reach its chat twice.
     */
    public int recover() {
        return database.transaction("recovering deliveries in flight", connection -> {
            try (PreparedStatement update =
                    connection.prepareStatement("UPDATE delivery SET status = 'pending' WHERE status = 'sending'")) {
                return update.executeUpdate();
            }
        });
    }

    /**
     * Marks deliveries as in flight ('sending') just before they are handed to Telegram, in one
     * transaction. Only pending rows are claimed.
     */
    public void claim(List<Long> deliveryIds) {
        if (deliveryIds.isEmpty()) {
            return;
        }
        database.transaction("claiming " + deliveryIds.size() + " deliveries", connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE delivery SET status = 'sending' WHERE id = ? AND status = 'pending'")) {
                for (long id : deliveryIds) {
                    update.setLong(1, id);
                    update.addBatch();
                }
                update.executeBatch();
            }
            return null;
        });
    }

    /** Records the outcomes of many sends in one transaction. */
    public void write(OutboxBatch batch) {
        if (batch.isEmpty()) {
            return;
        }
        database.transaction("recording " + batch.size() + " delivery outcomes", connection -> {
            long now = clock.millis();
            try (PreparedStatement sent = connection.prepareStatement(
                    "UPDATE delivery SET status = 'sent', message_id = COALESCE(message_id, ?), sent_at = ?,"
                            + " attempts = attempts + 1, error = NULL WHERE id = ?")) {
                for (OutboxBatch.Sent s : batch.sent) {
                    sent.setLong(1, s.messageId());
                    sent.setLong(2, now);
                    sent.setLong(3, s.deliveryId());
                    sent.addBatch();
                }
                sent.executeBatch();
            }
            try (PreparedStatement retry = connection.prepareStatement(
                    "UPDATE delivery SET status = 'pending', next_attempt_at = ?, attempts = attempts + 1, error = ?"
                            + " WHERE id = ? AND status IN ('pending', 'sending')")) {
                for (OutboxBatch.Retry r : batch.retries) {
                    retry.setLong(1, r.at().toEpochMilli());
                    retry.setString(2, r.error());
                    retry.setLong(3, r.deliveryId());
                    retry.addBatch();
                }
                retry.executeBatch();
            }
            try (PreparedStatement failed = connection.prepareStatement(
                    "UPDATE delivery SET status = 'failed', error = ?, attempts = attempts + 1 WHERE id = ?")) {
                for (OutboxBatch.Failed f : batch.failures) {
                    failed.setString(1, f.reason());
                    failed.setLong(2, f.deliveryId());
                    failed.addBatch();
                }
                failed.executeBatch();
            }
            try (PreparedStatement part = connection.prepareStatement(
                    "UPDATE delivery SET parts_sent = ?, message_id = COALESCE(message_id, ?) WHERE id = ?")) {
                for (OutboxBatch.Part p : batch.parts) {
                    part.setInt(1, p.partsSent());
                    part.setLong(2, p.messageId());
                    part.setLong(3, p.deliveryId());
                    part.addBatch();
                }
                part.executeBatch();
            }
            try (PreparedStatement postpone = connection.prepareStatement(
                    "UPDATE delivery SET next_attempt_at = ? WHERE id = ? AND status = 'pending'")) {
                for (OutboxBatch.Postponed p : batch.postponed) {
                    postpone.setLong(1, p.until().toEpochMilli());
                    postpone.setLong(2, p.deliveryId());
                    postpone.addBatch();
                }
                postpone.executeBatch();
            }
            try (PreparedStatement claim = connection.prepareStatement(
                    "UPDATE delivery SET status = 'sending' WHERE id = ? AND status = 'pending'")) {
                for (long id : batch.claimed) {
                    claim.setLong(1, id);
                    claim.addBatch();
                }
                claim.executeBatch();
            }
            return null;
        });
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
        write(new OutboxBatch().sent(deliveryId, messageId));
    }

    /** Keeps the delivery pending and tries again at {@code at}. */
    public void retryAt(long deliveryId, Instant at, String error) {
        write(new OutboxBatch().retry(deliveryId, at, error));
    }

    /**
     * What waits in the outbox at {@code now}: the deliveries not yet sent nor given up (pending, or in flight), and
     * how long the oldest of them has been queued.
     */
    public Backlog backlog(Instant now) {
        return database.query("reading the outbox's backlog", connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                            "SELECT COUNT(*), MIN(created_at) FROM delivery WHERE status IN ('pending', 'sending')");
                    ResultSet rows = select.executeQuery()) {
                rows.next();
                int waiting = rows.getInt(1);
                long oldest = rows.getLong(2);
                Duration age = rows.wasNull() ? Duration.ZERO : Duration.between(Instant.ofEpochMilli(oldest), now);
                return new Backlog(waiting, age.isNegative() ? Duration.ZERO : age);
            }
        });
    }

    /**
     * The deliveries waiting, and how long the oldest has been queued ({@link Duration#ZERO} when none waits).
     */
    public record Backlog(int waiting, Duration oldestAge) {}

    /** Deliveries not yet sent nor given up: pending, or in flight. */
    public int pending() {
        return database.query("counting pending deliveries", connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                            "SELECT COUNT(*) FROM delivery WHERE status IN ('pending', 'sending')");
                    ResultSet rows = select.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        });
    }
}
