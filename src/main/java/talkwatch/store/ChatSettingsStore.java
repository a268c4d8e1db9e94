package talkwatch.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import talkwatch.rhythm.Digest;
import talkwatch.rhythm.QuietHours;

/**
 * Each chat's {@link ChatSettings}. The delivery loop asks for every chat it sends to, so all of them are read once and
 * kept in memory (only the chats that changed something have a row); every change goes through this store, which writes
 * it and keeps the copy in step. Thread-safe.
 */
public final class ChatSettingsStore {

    private static final String COLUMNS = "chat_id, digest, quiet_hours, time_zone, previews, rhythm_since";

    private final Database database;
    private final Clock clock;
    private final Map<Long, ChatSettings> settings = new ConcurrentHashMap<>();

    public ChatSettingsStore(Database database, Clock clock) {
        this.database = Objects.requireNonNull(database, "database");
        this.clock = Objects.requireNonNull(clock, "clock");
        settings.putAll(readAll());
    }

    /** The chat's settings; {@link ChatSettings#DEFAULTS} for a chat that never changed any. */
    public ChatSettings get(long chatId) {
        return settings.getOrDefault(chatId, ChatSettings.DEFAULTS);
    }

    /**
     * Stores the chat's settings. When its digest or its zone changed, its pending summaries are made due now, so that
     * the delivery loop times them again by the new rhythm: at once, or at the new digest time.
     */
    public void save(long chatId, ChatSettings changed) {
        Objects.requireNonNull(changed, "changed");
        ChatSettings before = get(chatId);
        boolean retime =
                !before.digest().equals(changed.digest()) || !before.zone().equals(changed.zone());
        database.transaction("saving the settings of chat " + chatId, connection -> {
            String sql = "INSERT INTO chat_settings (" + COLUMNS + ", updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)"
                    + " ON CONFLICT (chat_id) DO UPDATE SET digest = excluded.digest,"
                    + " quiet_hours = excluded.quiet_hours, time_zone = excluded.time_zone,"
                    + " previews = excluded.previews, rhythm_since = excluded.rhythm_since,"
                    + " updated_at = excluded.updated_at";
            try (PreparedStatement upsert = connection.prepareStatement(sql)) {
                upsert.setLong(1, chatId);
                setText(upsert, 2, changed.digest().map(Digest::text));
                setText(upsert, 3, changed.quiet().map(QuietHours::text));
                setText(upsert, 4, changed.zone().map(ZoneId::getId));
                upsert.setInt(5, changed.previews() ? 1 : 0);
                upsert.setLong(6, changed.rhythmSince().toEpochMilli());
                upsert.setLong(7, clock.millis());
                upsert.executeUpdate();
            }
            if (retime) {
                try (PreparedStatement due = connection.prepareStatement("UPDATE delivery SET next_attempt_at = ?"
                        + " WHERE chat_id = ? AND status = 'pending' AND next_attempt_at > ?")) {
                    due.setLong(1, clock.millis());
                    due.setLong(2, chatId);
                    due.setLong(3, clock.millis());
                    due.executeUpdate();
                }
            }
            return null;
        });
        settings.put(chatId, changed);
    }

    /** In the transaction that moves a group to its supergroup: its settings go along (unless it has its own). */
    void migrate(Connection connection, long fromChatId, long toChatId) throws SQLException {
        try (PreparedStatement copy = connection.prepareStatement("INSERT INTO chat_settings (" + COLUMNS
                + ", updated_at) SELECT ?, digest, quiet_hours, time_zone, previews, rhythm_since, updated_at"
                + " FROM chat_settings WHERE chat_id = ? ON CONFLICT (chat_id) DO NOTHING")) {
            copy.setLong(1, toChatId);
            copy.setLong(2, fromChatId);
            copy.executeUpdate();
        }
    }

    /** After the move is committed: the copy in memory follows. */
    void migrated(long fromChatId, long toChatId) {
        ChatSettings moved = settings.get(fromChatId);
        if (moved != null) {
            settings.putIfAbsent(toChatId, moved);
        }
    }

    private Map<Long, ChatSettings> readAll() {
        return database.query("reading the chats' settings", connection -> {
            Map<Long, ChatSettings> all = new HashMap<>();
            try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS + " FROM chat_settings");
                    ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    all.put(rows.getLong(1), read(rows));
                }
            }
            return all;
        });
    }

    /** A row as stored; a value this version cannot read (a zone the JDK no longer knows) counts as not set. */
    private static ChatSettings read(ResultSet rows) throws SQLException {
        Optional<Digest> digest = Optional.ofNullable(rows.getString(2)).flatMap(Digest::parse);
        Optional<QuietHours> quiet = Optional.ofNullable(rows.getString(3)).flatMap(QuietHours::parse);
        Optional<ZoneId> zone = Optional.ofNullable(rows.getString(4)).flatMap(ChatSettingsStore::zone);
        return new ChatSettings(digest, quiet, zone, rows.getInt(5) == 1, Instant.ofEpochMilli(rows.getLong(6)));
    }

    private static Optional<ZoneId> zone(String id) {
        try {
            return Optional.of(ZoneId.of(id));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static void setText(PreparedStatement statement, int index, Optional<String> value) throws SQLException {
        if (value.isPresent()) {
            statement.setString(index, value.get());
        } else {
            statement.setNull(index, Types.VARCHAR);
        }
    }
}
