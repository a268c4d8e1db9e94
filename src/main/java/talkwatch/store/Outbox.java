package talkwatch.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The deliveries queued by {@link ArticleStore#save}. A delivery leaves the pending state only when
 * Telegram accepted it (sent, with its message id) or refused it for good (failed, with the reason).
 *
 * <p>A delivery handed to Telegram is claimed ('sending') by one instance for a {@link #LEASE}: only that instance
 * records its outcome, and should the instance die, the delivery is due again when the lease ends, for whichever
 * instance sends then (on PostgreSQL several share the outbox). While a chat has a claimed delivery, nothing else of it
 * is due, so its messages keep their order across instances.
 */
public final class Outbox {

    /**
     * How long a claim holds: longer than the longest a message can take (a connection in 10 s, an answer in 30 s,
     * parts each extending it), short enough that the messages of a dead instance go out again within a minute.
     */
    public static final Duration LEASE = Duration.ofSeconds(60);

    private static final Logger log = LoggerFactory.getLogger(Outbox.class);

    private final Database database;
    private final Clock clock;
    /** This instance's name in the claims it makes. */
    private final String instance;

    private final SenderLock senderLock;

    public Outbox(Database database, Clock clock) {
        this(database, clock, Instances.newName());
    }

    /** Claiming as {@code instance}, a name no other instance uses. */
    public Outbox(Database database, Clock clock, String instance) {
        this.database = database;
        this.clock = clock;
        this.instance = instance;
        this.senderLock = new SenderLock(database);
    }

    /** The name this instance claims deliveries under. */
    public String instance() {
        return instance;
    }

    /**
     * Whether this instance is the one that sends: on SQLite the one process, always; on PostgreSQL the instance
     * holding the sender's lock, taken here when free (see {@link SenderLock}). Cheap enough to ask before every batch.
     */
    public boolean isSender() {
        return senderLock.held();
    }

    /** Gives up sending, for another instance to take over (on PostgreSQL; nothing on SQLite). */
    public void stopSending() {
        senderLock.release();
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
                + " AND m.article_id = r.told_in AND m.status IN ('pending', 'sending')),"
                + " COALESCE(r.promoted_to, r.story_id, d.article_id)"
                + " FROM delivery d JOIN chat c ON c.chat_id = d.chat_id"
                + " LEFT JOIN story_report r ON r.article_id = d.article_id"
                // Pending and due, or claimed by an instance whose lease ran out (it died, or lost its database): each
                // part taken in the due index's order and cut to the limit, so a fan-out of 100,000 is not sorted
                // whole for each batch, as one condition with OR would have it.
                + " WHERE d.id IN (SELECT id FROM (SELECT p.id FROM delivery p WHERE p.status = 'pending'"
                + " AND p.next_attempt_at <= ? AND " + nothingInFlight("p")
                + " ORDER BY p.next_attempt_at, p.id LIMIT ?) AS pending"
                + " UNION ALL SELECT id FROM (SELECT e.id FROM delivery e WHERE e.status = 'sending'"
                + " AND e.lease_until < ? AND " + nothingInFlight("e")
                + " ORDER BY e.next_attempt_at, e.id LIMIT ?) AS expired)"
                + " ORDER BY d.next_attempt_at, d.id LIMIT ?";
        String articleSql = "SELECT a.id, a.title, a.link, a.summary, a.source_name, a.published_at, "
                + StoryReports.OTHER_SOURCES + " FROM article a WHERE a.id = ?";
        return database.query("reading due deliveries", connection -> {
            List<Delivery> due = new ArrayList<>();
            Map<Long, StoredArticle> articles = new HashMap<>();
            try (PreparedStatement select = connection.prepareStatement(sql);
                    PreparedStatement article = connection.prepareStatement(articleSql)) {
                long now = clock.millis();
                select.setLong(1, now);
                select.setLong(2, now);
                select.setInt(3, limit);
                select.setLong(4, now);
                select.setLong(5, now);
                select.setInt(6, limit);
                select.setInt(7, limit);
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
                                rows.getBoolean(10),
                                rows.getLong(11)));
                    }
                }
            }
            return due;
        });
    }

    /** Nothing of the chat of delivery {@code alias} in flight: a chat's messages keep their order. */
    private static String nothingInFlight(String alias) {
        return "NOT EXISTS (SELECT 1 FROM delivery s WHERE s.chat_id = " + alias + ".chat_id AND s.status = 'sending'"
                + " AND s.lease_until >= ?)";
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
     * On SQLite, puts back to pending the deliveries that were in flight when the process died; call once at start-up,
     * before sending. Returns how many: each may reach its chat twice. On PostgreSQL, where other instances may be
     * sending, nothing: the claims of a dead instance come back when their lease ends.
     */
    public int recover() {
        if (database.dialect() != Dialect.SQLITE) {
            return 0;
        }
        return database.transaction("recovering deliveries in flight", connection -> {
            try (PreparedStatement update = connection.prepareStatement("UPDATE delivery SET status = 'pending',"
                    + " claimed_by = NULL, lease_until = NULL WHERE status = 'sending'")) {
                return update.executeUpdate();
            }
        });
    }

    /**
     * Claims deliveries for this instance ('sending', for a {@link #LEASE}) just before they are handed to Telegram, in
     * one transaction; returns those it holds now. Only pending ones, or ones whose claim ran out, can be claimed.
     */
    public Set<Long> claim(List<Long> deliveryIds) {
        OutboxBatch batch = new OutboxBatch();
        deliveryIds.forEach(batch::claim);
        return write(batch);
    }

    /**
     * Records the outcomes of many sends in one transaction, and makes the claims of {@code batch}; returns the
     * deliveries claimed. An outcome is recorded only for a delivery this instance holds (or a pending one, for a
     * failure found before sending): one whose lease ran out and that another instance claimed is left to it.
     */
    public Set<Long> write(OutboxBatch batch) {
        if (batch.isEmpty()) {
            return Set.of();
        }
        return database.transaction("recording " + batch.size() + " delivery outcomes", connection -> {
            long now = clock.millis();
            int lost = 0;
            try (PreparedStatement sent = connection.prepareStatement(
                    "UPDATE delivery SET status = 'sent', message_id = COALESCE(message_id, ?), sent_at = ?,"
                            + " attempts = attempts + 1, error = NULL, claimed_by = NULL, lease_until = NULL"
                            + " WHERE id = ? AND status = 'sending' AND claimed_by = ?")) {
                for (OutboxBatch.Sent s : batch.sent) {
                    sent.setLong(1, s.messageId());
                    sent.setLong(2, now);
                    sent.setLong(3, s.deliveryId());
                    sent.setString(4, instance);
                    sent.addBatch();
                }
                lost += missed(sent.executeBatch());
            }
            try (PreparedStatement retry = connection.prepareStatement(
                    "UPDATE delivery SET status = 'pending', next_attempt_at = ?, attempts = attempts + 1, error = ?,"
                            + " claimed_by = NULL, lease_until = NULL"
                            + " WHERE id = ? AND (status = 'pending' OR status = 'sending' AND claimed_by = ?)")) {
                for (OutboxBatch.Retry r : batch.retries) {
                    retry.setLong(1, r.at().toEpochMilli());
                    retry.setString(2, r.error());
                    retry.setLong(3, r.deliveryId());
                    retry.setString(4, instance);
                    retry.addBatch();
                }
                lost += missed(retry.executeBatch());
            }
            try (PreparedStatement failed = connection.prepareStatement(
                    "UPDATE delivery SET status = 'failed', error = ?, attempts = attempts + 1, claimed_by = NULL,"
                            + " lease_until = NULL"
                            + " WHERE id = ? AND (status = 'pending' OR status = 'sending' AND claimed_by = ?)")) {
                for (OutboxBatch.Failed f : batch.failures) {
                    failed.setString(1, f.reason());
                    failed.setLong(2, f.deliveryId());
                    failed.setString(3, instance);
                    failed.addBatch();
                }
                lost += missed(failed.executeBatch());
            }
            try (PreparedStatement part = connection.prepareStatement(
                    "UPDATE delivery SET parts_sent = ?, message_id = COALESCE(message_id, ?), lease_until = ?"
                            + " WHERE id = ? AND status = 'sending' AND claimed_by = ?")) {
                for (OutboxBatch.Part p : batch.parts) {
                    part.setInt(1, p.partsSent());
                    part.setLong(2, p.messageId());
                    part.setLong(3, now + LEASE.toMillis());
                    part.setLong(4, p.deliveryId());
                    part.setString(5, instance);
                    part.addBatch();
                }
                lost += missed(part.executeBatch());
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
            try (PreparedStatement release = connection.prepareStatement(
                    "UPDATE delivery SET status = 'pending',"
                            + " claimed_by = NULL, lease_until = NULL WHERE id = ? AND status = 'sending' AND claimed_by = ?")) {
                for (long id : batch.released) {
                    release.setLong(1, id);
                    release.setString(2, instance);
                    release.addBatch();
                }
                release.executeBatch();
            }
            if (lost > 0) {
                log.warn(
                        "{} answers of Telegram were not recorded: the claims on their deliveries had run out (after"
                                + " {} s) and another instance took them; their chats may get those messages twice",
                        lost,
                        LEASE.toSeconds());
            }
            return claim(connection, batch.claimed, now);
        });
    }

    private Set<Long> claim(Connection connection, List<Long> ids, long now) throws SQLException {
        if (ids.isEmpty()) {
            return Set.of();
        }
        String claimable = "(status = 'pending' OR status = 'sending' AND lease_until < ?)";
        // on PostgreSQL a row another instance is claiming at this very moment is skipped, not waited for
        String sql = database.dialect() == Dialect.SQLITE
                ? "UPDATE delivery SET status = 'sending', claimed_by = ?, lease_until = ? WHERE id IN ("
                        + ArticleStore.marks(ids.size()) + ") AND " + claimable + " RETURNING id"
                : "UPDATE delivery SET status = 'sending', claimed_by = ?, lease_until = ? WHERE id IN (SELECT id FROM"
                        + " delivery WHERE id = ANY (?) AND " + claimable + " FOR UPDATE SKIP LOCKED) RETURNING id";
        Set<Long> claimed = new HashSet<>();
        try (PreparedStatement update = connection.prepareStatement(sql)) {
            int index = 1;
            update.setString(index++, instance);
            update.setLong(index++, now + LEASE.toMillis());
            if (database.dialect() == Dialect.SQLITE) {
                for (long id : ids) {
                    update.setLong(index++, id);
                }
            } else {
                update.setArray(index++, connection.createArrayOf("bigint", ids.toArray()));
            }
            update.setLong(index, now);
            try (ResultSet rows = update.executeQuery()) {
                while (rows.next()) {
                    claimed.add(rows.getLong(1));
                }
            }
        }
        return claimed;
    }

    /** How many of a batch's updates changed no row. */
    private static int missed(int[] counts) {
        int missed = 0;
        for (int count : counts) {
            missed += count == 0 ? 1 : 0;
        }
        return missed;
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
