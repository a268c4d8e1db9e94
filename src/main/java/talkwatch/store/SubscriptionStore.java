package talkwatch.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Chats that talk to the bot, and the topics each one follows. */
public final class SubscriptionStore {

    private final Database database;
    private final Clock clock;
    private final ChatSettingsStore settings;

    public SubscriptionStore(Database database, Clock clock) {
        this(database, clock, new ChatSettingsStore(database, clock));
    }

    /** With the chats' {@code settings}, which move with a group to its supergroup. */
    public SubscriptionStore(Database database, Clock clock, ChatSettingsStore settings) {
        this.database = database;
        this.clock = clock;
        this.settings = settings;
    }

    /** Records the chat as active: called whenever a chat talks to the bot, so /start revives a blocked chat. */
    public void activate(long chatId, String type) {
        database.transaction("activating chat " + chatId, connection -> {
            upsertActive(connection, chatId, type);
            return null;
        });
    }

    /** Subscribes the chat to the topics; returns those it was not yet subscribed to. */
    public Set<String> subscribe(long chatId, String chatType, Set<String> topicIds) {
        return subscribe(chatId, chatType, Optional.empty(), topicIds);
    }

    /**
     * Subscribes the chat to the topics, to be delivered in forum topic {@code threadId} if present
     * (a subscription made again elsewhere in the chat moves there); returns the topics that are new.
     */
    public Set<String> subscribe(long chatId, String chatType, Optional<Integer> threadId, Set<String> topicIds) {
        return database.transaction("subscribing chat " + chatId, connection -> {
            upsertActive(connection, chatId, chatType);
            Set<String> added = new LinkedHashSet<>();
            String sql = "INSERT INTO subscription (chat_id, topic_id, created_at, thread_id) VALUES (?, ?, ?, ?)"
                    + " ON CONFLICT (chat_id, topic_id) DO UPDATE SET thread_id = excluded.thread_id";
            try (PreparedStatement insert = connection.prepareStatement(sql);
                    PreparedStatement known = connection.prepareStatement(
                            "SELECT 1 FROM subscription WHERE chat_id = ? AND topic_id = ?")) {
                for (String topic : topicIds) {
                    known.setLong(1, chatId);
                    known.setString(2, topic);
                    try (ResultSet rows = known.executeQuery()) {
                        if (!rows.next()) {
                            added.add(topic);
                        }
                    }
                    insert.setLong(1, chatId);
                    insert.setString(2, topic);
                    insert.setLong(3, clock.millis());
                    if (threadId.isPresent()) {
                        insert.setLong(4, threadId.get());
                    } else {
                        insert.setNull(4, Types.BIGINT);
                    }
                    insert.executeUpdate();
                }
            }
            return added;
        });
    }

    /**
     * A group became a supergroup with a new id (Telegram's {@code migrate_to_chat_id}): its
     * subscriptions, settings and unsent deliveries move to the new id, and the old id is kept as inactive.
     */
    public void migrate(long fromChatId, long toChatId) {
        database.transaction("moving chat " + fromChatId + " to " + toChatId, connection -> {
            settings.migrate(connection, fromChatId, toChatId);
            upsertActive(connection, toChatId, "supergroup");
            execute(
                    connection,
                    "INSERT INTO subscription (chat_id, topic_id, created_at, thread_id)"
                            + " SELECT ?, topic_id, created_at, thread_id FROM subscription WHERE chat_id = ?"
                            + " ON CONFLICT (chat_id, topic_id) DO NOTHING",
                    toChatId,
                    fromChatId);
            execute(connection, "DELETE FROM subscription WHERE chat_id = ?", fromChatId);
            execute(
                    connection,
                    "UPDATE delivery SET chat_id = ?, status = 'pending' WHERE chat_id = ?"
                            + " AND status IN ('pending', 'sending') AND article_id NOT IN"
                            + " (SELECT article_id FROM delivery WHERE chat_id = ?)",
                    toChatId,
                    fromChatId,
                    toChatId);
            execute(
                    connection,
                    "UPDATE delivery SET status = 'failed', error = 'chat migrated' WHERE chat_id = ?"
                            + " AND status IN ('pending', 'sending')",
                    fromChatId);
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE chat SET active = 0, inactive_reason = ?, updated_at = ? WHERE chat_id = ?")) {
                update.setString(1, "migrated to " + toChatId);
                update.setLong(2, clock.millis());
                update.setLong(3, fromChatId);
                update.executeUpdate();
            }
            return null;
        });
        settings.migrated(fromChatId, toChatId);
    }

    private static void execute(Connection connection, String sql, long... values) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setLong(i + 1, values[i]);
            }
            statement.executeUpdate();
        }
    }

    /** Unsubscribes the chat from the topics; returns those it had been subscribed to. */
    public Set<String> unsubscribe(long chatId, Set<String> topicIds) {
        return database.transaction("unsubscribing chat " + chatId, connection -> {
            Set<String> removed = new LinkedHashSet<>();
            try (PreparedStatement delete =
                    connection.prepareStatement("DELETE FROM subscription WHERE chat_id = ? AND topic_id = ?")) {
                for (String topic : topicIds) {
                    delete.setLong(1, chatId);
                    delete.setString(2, topic);
                    if (delete.executeUpdate() == 1) {
                        removed.add(topic);
                    }
                }
            }
            return removed;
        });
    }

    public Set<String> topicsOf(long chatId) {
        return database.query("reading the subscriptions of chat " + chatId, connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT topic_id FROM subscription WHERE chat_id = ? ORDER BY created_at, topic_id")) {
                select.setLong(1, chatId);
                Set<String> topics = new LinkedHashSet<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        topics.add(rows.getString(1));
                    }
                }
                return topics;
            }
        });
    }

    /**
     * Stops sending to a chat that blocked the bot or disappeared. Its subscriptions stay, so that /start
     * brings everything back; its pending deliveries end as failed with the reason.
     */
    public void deactivate(long chatId, String reason) {
        database.transaction("deactivating chat " + chatId, connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE chat SET active = 0, inactive_reason = ?, updated_at = ? WHERE chat_id = ?")) {
                update.setString(1, reason);
                update.setLong(2, clock.millis());
                update.setLong(3, chatId);
                update.executeUpdate();
            }
            try (PreparedStatement fail =
                    connection.prepareStatement("UPDATE delivery SET status = 'failed', error = ? WHERE chat_id = ?"
                            + " AND status IN ('pending', 'sending')")) {
                fail.setString(1, reason);
                fail.setLong(2, chatId);
                fail.executeUpdate();
            }
            return null;
        });
    }

    public boolean isActive(long chatId) {
        return database.query("reading chat " + chatId, connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT active FROM chat WHERE chat_id = ?")) {
                select.setLong(1, chatId);
                try (ResultSet rows = select.executeQuery()) {
                    return rows.next() && rows.getInt(1) == 1;
                }
            }
        });
    }

    /** Number of active chats subscribed to each topic that has any, by topic id. */
    public Map<String, Integer> subscribersByTopic() {
        return database.query("counting subscribers by topic", connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                            "SELECT s.topic_id, COUNT(*) FROM subscription s JOIN chat c ON c.chat_id = s.chat_id"
                                    + " WHERE c.active = 1 GROUP BY s.topic_id ORDER BY s.topic_id");
                    ResultSet rows = select.executeQuery()) {
                Map<String, Integer> counts = new LinkedHashMap<>();
                while (rows.next()) {
                    counts.put(rows.getString(1), rows.getInt(2));
                }
                return counts;
            }
        });
    }

    /** Number of active chats subscribed to at least one of {@code topicIds} (the configured topics). */
    public int activeSubscribers(Collection<String> topicIds) {
        if (topicIds.isEmpty()) {
            return 0;
        }
        return database.query("counting subscribers", connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT COUNT(DISTINCT s.chat_id) FROM subscription s JOIN chat c ON c.chat_id = s.chat_id"
                            + " WHERE c.active = 1 AND s.topic_id IN (" + ArticleStore.marks(topicIds.size()) + ")")) {
                int index = 1;
                for (String topicId : topicIds) {
                    select.setString(index++, topicId);
                }
                try (ResultSet rows = select.executeQuery()) {
                    rows.next();
                    return rows.getInt(1);
                }
            }
        });
    }

    private void upsertActive(Connection connection, long chatId, String type) throws SQLException {
        String sql = "INSERT INTO chat (chat_id, type, active, updated_at) VALUES (?, ?, 1, ?)"
                + " ON CONFLICT (chat_id) DO UPDATE SET active = 1, inactive_reason = NULL, type = excluded.type,"
                + " updated_at = excluded.updated_at";
        try (PreparedStatement upsert = connection.prepareStatement(sql)) {
            upsert.setLong(1, chatId);
            upsert.setString(2, type);
            upsert.setLong(3, clock.millis());
            upsert.executeUpdate();
        }
    }
}
