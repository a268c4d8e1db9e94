package talkwatch.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a digest needs to know beyond {@link Outbox#due}: when each delivery was queued (so that it waits for the first
 * digest after that) and the talks of each article (so that the digest groups them). Read only for chats in digest
 * mode. Thread-safe.
 */
public final class DigestReads {

    private static final int CHUNK = 500;

    private final Database database;

    public DigestReads(Database database) {
        this.database = database;
    }

    /** When each of the deliveries was queued, by delivery id. */
    public Map<Long, Instant> queuedAt(Collection<Long> deliveryIds) {
        Map<Long, Instant> queued = new HashMap<>();
        forEachRow(
                "reading when deliveries were queued",
                "SELECT id, created_at FROM delivery WHERE id IN ",
                deliveryIds,
                rows -> queued.put(rows.getLong(1), Instant.ofEpochMilli(rows.getLong(2))));
        return queued;
    }

    /** The topic ids of each of the articles, by article id. */
    public Map<Long, List<String>> topicsOf(Collection<Long> articleIds) {
        Map<Long, List<String>> topics = new HashMap<>();
        forEachRow(
                "reading the topics of articles",
                "SELECT article_id, topic_id FROM article_topic WHERE article_id IN ",
                articleIds,
                rows -> topics.computeIfAbsent(rows.getLong(1), id -> new ArrayList<>())
                        .add(rows.getString(2)));
        return topics;
    }

    private interface RowReader {
        void read(ResultSet rows) throws SQLException;
    }

    /** Runs {@code select} followed by an {@code IN} list of the ids, in chunks SQLite takes. */
    private void forEachRow(String doing, String select, Collection<Long> ids, RowReader reader) {
        List<Long> all = List.copyOf(ids);
        database.query(doing, connection -> {
            for (int from = 0; from < all.size(); from += CHUNK) {
                List<Long> chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
                try (PreparedStatement statement =
                        connection.prepareStatement(select + "(" + ArticleStore.marks(chunk.size()) + ")")) {
                    for (int i = 0; i < chunk.size(); i++) {
                        statement.setLong(i + 1, chunk.get(i));
                    }
                    try (ResultSet rows = statement.executeQuery()) {
                        while (rows.next()) {
                            reader.read(rows);
                        }
                    }
                }
            }
            return null;
        });
    }
}
