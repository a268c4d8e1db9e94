package talkwatch.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import talkwatch.match.TextQuery;

/**
 * Articles already seen, with their summaries. Saving a new article also queues one delivery for each
 * active chat subscribed to one of its topics, in the same transaction: the outbox can never miss an
 * article, and an article can never be queued twice.
 */
public final class ArticleStore {

    static final String SUMMARY_SEPARATOR = "\n";
    /** How often an article a feed still carries is noted as served: often enough for a retention of days. */
    private static final Duration SERVED_NOTE_EVERY = Duration.ofDays(1);

    private static final int CHUNK = 500;

    private final Database database;
    private final Clock clock;

    public ArticleStore(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    public boolean isKnown(String key) {
        return database.query("checking whether an article was seen", connection -> {
            try (PreparedStatement select =
                    connection.prepareStatement("SELECT 1 FROM article WHERE article_key = ?")) {
                select.setString(1, key);
                try (ResultSet rows = select.executeQuery()) {
                    return rows.next();
                }
            }
        });
    }

    /**
     * The keys among {@code keys} of articles already seen: one query for a whole feed. That the feed still carries
     * them is noted (at most once a day for each), so that {@link Retention} never forgets an article a feed still
     * serves: forgotten, it would be new again.
     */
    public Set<String> recognize(Collection<String> keys) {
        if (keys.isEmpty()) {
            return Set.of();
        }
        long now = clock.millis();
        Map<String, Long> lastServed = lastServed(List.copyOf(keys));
        List<String> toNote = lastServed.entrySet().stream()
                .filter(seen -> seen.getValue() < now - SERVED_NOTE_EVERY.toMillis())
                .map(Map.Entry::getKey)
                .toList();
        if (!toNote.isEmpty()) {
            noteServed(toNote, now);
        }
        return lastServed.keySet();
    }

    /** When each of the articles among {@code keys} already seen was last served by its feed. */
    private Map<String, Long> lastServed(List<String> keys) {
        return database.query("checking which articles were seen", connection -> {
            Map<String, Long> seen = new HashMap<>();
            // SQLite allows 32766 parameters per statement; stay well below
            for (int from = 0; from < keys.size(); from += CHUNK) {
                List<String> chunk = keys.subList(from, Math.min(keys.size(), from + CHUNK));
                try (PreparedStatement select = connection.prepareStatement(
                        "SELECT article_key, last_served_at FROM article WHERE article_key IN (" + marks(chunk.size())
                                + ")")) {
                    bind(select, 1, chunk);
                    try (ResultSet rows = select.executeQuery()) {
                        while (rows.next()) {
                            seen.put(rows.getString(1), rows.getLong(2));
                        }
                    }
                }
            }
            return seen;
        });
    }

    private void noteServed(List<String> keys, long now) {
        database.transaction("noting that " + keys.size() + " articles are still served", connection -> {
            for (int from = 0; from < keys.size(); from += CHUNK) {
                List<String> chunk = keys.subList(from, Math.min(keys.size(), from + CHUNK));
                try (PreparedStatement update = connection.prepareStatement(
                        "UPDATE article SET last_served_at = ? WHERE article_key IN (" + marks(chunk.size()) + ")")) {
                    update.setLong(1, now);
                    bind(update, 2, chunk);
                    update.executeUpdate();
                }
            }
            return null;
        });
    }

    /** {@code ?, ?, …}: the placeholders of an SQL {@code IN} list of {@code count} values. */
    static String marks(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }

    private static void bind(PreparedStatement statement, int first, List<String> values) throws SQLException {
        for (int i = 0; i < values.size(); i++) {
            statement.setString(first + i, values.get(i));
        }
    }

    /**
     * Saves the new ones among {@code items} in one transaction (a feed's worth at once: one commit instead of one
     * per article), each stored as seen together with its deliveries.
     */
    public Saved saveAll(List<NewArticle> items) {
        if (items.isEmpty()) {
            return new Saved(0, 0);
        }
        return database.transaction(
                "saving " + items.size() + " articles of feed "
                        + items.get(0).article().feedId(),
                connection -> {
                    int articles = 0;
                    int deliveries = 0;
                    for (NewArticle item : items) {
                        Optional<Integer> queued = save(connection, item);
                        if (queued.isPresent()) {
                            articles++;
                            deliveries += queued.get();
                        }
                    }
                    return new Saved(articles, deliveries);
                });
    }

    /** What {@link #saveAll} stored: new articles, and the deliveries queued for them. */
    public record Saved(int articles, int deliveries) {}

    /**
     * Saves the article if it is new; returns how many deliveries were queued (none for a {@link NewArticle#stale}
     * one), or empty if it was known.
     */
    public Optional<Integer> save(NewArticle item) {
        return database.transaction("saving article " + item.article().key(), connection -> save(connection, item));
    }

    private Optional<Integer> save(Connection connection, NewArticle item) throws SQLException {
        Optional<Long> id = insert(connection, item);
        if (id.isEmpty()) {
            return Optional.empty();
        }
        tag(connection, id.get(), item.topicIds());
        return Optional.of(item.stale() ? 0 : queueDeliveries(connection, id.get(), item.topicIds()));
    }

    /**
     * Saves the article with the story it reports ({@link StoryNote#telling}), and queues what each chat subscribed
     * to its topics is to get. A new story is a message that rings, as {@link #save(NewArticle)} queues. A follow-up
     * comes silently, as a reply to its story's message, to the chats that got that message, and rings in the others
     * (subscribed to a topic of the article the story lacks). A repeat is named under the message that told its story:
     * where that message is on its way or was sent (the last {@link #EDITABLE} hours, as one message of its own) an
     * edit is queued to name it there, where it waits it will name it when sent, and the chats that have no such
     * message get the article as a message of its own. Every report is saved with its topics and summary, but lists
     * show each story once, by its first report. Returns how many deliveries were queued, or empty if the article was
     * known.
     */
    public Optional<Integer> save(NewArticle item, StoryNote story) {
        return database.transaction(
                        "saving article " + item.article().key(), connection -> saveReport(connection, item, story))
                .map(StorySaved::queued);
    }

    /** How long after it was sent a message is edited to name another outlet: Telegram's limit for editing is 48 h. */
    static final Duration EDITABLE = Duration.ofHours(47);

    /**
     * What saving an article with its story stored: its id, the story it belongs to (its first article), deliveries
     * queued.
     */
    private record StorySaved(long articleId, long storyId, int queued) {}

    /** Decides which story each article reports, as a batch is saved; told of each article stored. */
    public interface StoryJudge {
        StoryNote judge(NewArticle item);

        /** {@code item} was saved as article {@code articleId}, in story {@code storyId}. */
        void saved(NewArticle item, StoryNote note, long articleId, long storyId);
    }

    /**
     * Saves a feed's articles with their stories in one transaction, as {@link #save(NewArticle, StoryNote)} does
     * for each; the judge sees the articles saved before it in the batch.
     */
    public Saved saveReports(List<NewArticle> items, StoryJudge judge) {
        if (items.isEmpty()) {
            return new Saved(0, 0);
        }
        return database.transaction("saving " + items.size() + " articles with their stories", connection -> {
            int articles = 0;
            int deliveries = 0;
            for (NewArticle item : items) {
                StoryNote note = judge.judge(item);
                Optional<StorySaved> saved = saveReport(connection, item, note);
                if (saved.isPresent()) {
                    articles++;
                    deliveries += saved.get().queued();
                    judge.saved(item, note, saved.get().articleId(), saved.get().storyId());
                }
            }
            return new Saved(articles, deliveries);
        });
    }

    private Optional<StorySaved> saveReport(Connection connection, NewArticle item, StoryNote story)
            throws SQLException {
        Optional<Long> id = insert(connection, item);
        if (id.isEmpty()) {
            return Optional.empty();
        }
        long storyId = story.telling() == StoryNote.Telling.NEW ? id.get() : story.storyId();
        long toldIn = story.telling() == StoryNote.Telling.REPEAT ? story.toldIn() : id.get();
        StoryReports.insert(
                connection,
                id.get(),
                storyId,
                toldIn,
                story.signature(),
                item.article().published());
        if (story.promotes() != 0) {
            StoryReports.promote(connection, story.promotes(), storyId);
        }
        tag(connection, id.get(), item.topicIds());
        int queued = switch (story.telling()) {
            case NEW -> item.stale() ? 0 : queueDeliveries(connection, id.get(), item.topicIds());
            case FOLLOW_UP -> item.stale() ? 0 : queueFollowUps(connection, id.get(), storyId, item.topicIds());
            case REPEAT ->
                queueEdits(connection, id.get(), toldIn)
                        + (item.stale() ? 0 : queueForChatsWithout(connection, id.get(), toldIn, item.topicIds()));
        };
        return Optional.of(new StorySaved(id.get(), storyId, queued));
    }

    /** The stories reported by articles published between {@code from} and {@code to}, oldest report first. */
    public List<StoryReport> storiesBetween(Instant from, Instant to) {
        return database.query("reading recent stories", connection -> StoryReports.between(connection, from, to));
    }

    /** The newest article with a story report, 0 if none. */
    public long lastStoryReport() {
        return database.query("reading recent stories", connection -> {
            try (PreparedStatement select =
                            connection.prepareStatement("SELECT COALESCE(MAX(article_id), 0) FROM story_report");
                    ResultSet rows = select.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        });
    }

    /** The stories reported by articles saved after article {@code articleId} (by another instance sharing the store). */
    public List<StoryReport> storiesSavedAfter(long articleId) {
        return database.query("reading recent stories", connection -> StoryReports.savedAfter(connection, articleId));
    }

    private static void tag(Connection connection, long id, List<String> topicIds) throws SQLException {
        for (String topic : topicIds) {
            try (PreparedStatement tag =
                    connection.prepareStatement("INSERT INTO article_topic (article_id, topic_id) VALUES (?, ?)")) {
                tag.setLong(1, id);
                tag.setString(2, topic);
                tag.executeUpdate();
            }
        }
    }

    private Optional<Long> insert(Connection connection, NewArticle item) throws SQLException {
        String sql =
                "INSERT INTO article (article_key, feed_id, source_name, link, title, summary, published_at, seen_at,"
                        + " last_served_at, lead) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (article_key) DO"
                        + " NOTHING RETURNING id";
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            insert.setString(1, item.article().key());
            insert.setString(2, item.article().feedId());
            insert.setString(3, item.sourceName());
            insert.setString(4, item.article().link());
            insert.setString(5, item.article().title());
            insert.setString(6, item.summary().isEmpty() ? null : String.join(SUMMARY_SEPARATOR, item.summary()));
            insert.setLong(7, item.article().published().toEpochMilli());
            insert.setLong(8, clock.millis());
            insert.setLong(9, clock.millis());
            insert.setString(10, ArticleLead.of(item.article().text()));
            Optional<Long> id;
            try (ResultSet rows = insert.executeQuery()) {
                id = rows.next() ? Optional.of(rows.getLong(1)) : Optional.empty();
            }
            if (id.isPresent() && !item.summary().isEmpty()) {
                SearchIndex.add(
                        connection, database.dialect(), id.get(), item.article().title(), item.summary());
            }
            return id;
        }
    }

    private int queueDeliveries(Connection connection, long articleId, List<String> topicIds) throws SQLException {
        return queue(connection, articleId, topicIds, "'story'", "");
    }

    /** Silent replies where the story's message went, messages that ring where it did not. */
    private int queueFollowUps(Connection connection, long articleId, long storyId, List<String> topicIds)
            throws SQLException {
        return queue(
                connection,
                articleId,
                topicIds,
                "CASE WHEN EXISTS (SELECT 1 FROM delivery t WHERE t.article_id = " + storyId
                        + " AND t.chat_id = s.chat_id AND t.kind <> 'edit') THEN 'follow_up' ELSE 'story' END",
                "");
    }

    /** A message that rings, for the chats that have no message telling the repeat's story (another topic's). */
    private int queueForChatsWithout(Connection connection, long articleId, long toldIn, List<String> topicIds)
            throws SQLException {
        return queue(
                connection,
                articleId,
                topicIds,
                "'story'",
                " AND NOT EXISTS (SELECT 1 FROM delivery t WHERE t.article_id = " + toldIn
                        + " AND t.chat_id = s.chat_id AND t.kind <> 'edit')");
    }

    /**
     * Queues the article for every active chat subscribed to one of its topics (and meeting {@code condition}, on the
     * subscription {@code s}), as {@code kind}: one delivery per chat, even when several of its subscriptions match;
     * it goes to the forum topic of one of them (MIN ignores NULL, so a topic subscription wins over the whole chat).
     */
    private int queue(Connection connection, long articleId, List<String> topicIds, String kind, String condition)
            throws SQLException {
        if (topicIds.isEmpty()) {
            return 0;
        }
        String sql = "INSERT INTO delivery (article_id, chat_id, status, next_attempt_at, created_at, thread_id, kind)"
                + " SELECT ?, s.chat_id, 'pending', ?, ?, MIN(s.thread_id), " + kind + " FROM subscription s"
                + " JOIN chat c ON c.chat_id = s.chat_id"
                + " WHERE c.active = 1 AND s.topic_id IN (" + marks(topicIds.size()) + ")" + condition
                + " GROUP BY s.chat_id";
        try (PreparedStatement queue = connection.prepareStatement(sql)) {
            long now = clock.millis();
            queue.setLong(1, articleId);
            queue.setLong(2, now);
            queue.setLong(3, now);
            for (int i = 0; i < topicIds.size(); i++) {
                queue.setString(4 + i, topicIds.get(i));
            }
            return queue.executeUpdate();
        }
    }

    /**
     * Queues, for a repeat, an edit of the message that told it in each chat where that message is on its way or was
     * sent within the last {@link #EDITABLE} hours as one message of its own (not split, not folded into a digest with
     * others), so that it names the repeat's outlet. Where the message is still waiting, it will name it when it is
     * sent.
     */
    private int queueEdits(Connection connection, long repeatId, long toldIn) throws SQLException {
        String sql = "INSERT INTO delivery (article_id, chat_id, status, next_attempt_at, created_at, thread_id, kind)"
                + " SELECT ?, d.chat_id, 'pending', ?, ?, d.thread_id, 'edit' FROM delivery d"
                + " JOIN chat c ON c.chat_id = d.chat_id"
                + " WHERE d.article_id = ? AND d.kind <> 'edit' AND d.parts_sent = 0 AND c.active = 1"
                + " AND (d.status = 'sending' OR d.status = 'sent' AND d.sent_at >= ?"
                + " AND NOT EXISTS (SELECT 1 FROM delivery f WHERE f.chat_id = d.chat_id"
                + " AND f.message_id = d.message_id AND f.id <> d.id))";
        try (PreparedStatement queue = connection.prepareStatement(sql)) {
            long now = clock.millis();
            queue.setLong(1, repeatId);
            queue.setLong(2, now);
            queue.setLong(3, now);
            queue.setLong(4, toldIn);
            queue.setLong(5, now - EDITABLE.toMillis());
            return queue.executeUpdate();
        }
    }

    /** How many articles the store remembers, and when the oldest of them was first read. */
    public record Stored(long articles, Optional<Instant> oldestSeen) {}

    public Stored stored() {
        return database.query("counting the stored articles", connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT COUNT(*), MIN(seen_at) FROM article");
                    ResultSet rows = select.executeQuery()) {
                rows.next();
                long oldest = rows.getLong(2);
                return new Stored(
                        rows.getLong(1), rows.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(oldest)));
            }
        });
    }

    /** The newest summarized articles, of one topic or of all. */
    public List<StoredArticle> latest(Optional<String> topicId, int limit) {
        String sql = "SELECT a.id, a.title, a.link, a.summary, a.source_name, a.published_at, "
                + StoryReports.STORY_SOURCES + " FROM article a"
                + " WHERE a.summary IS NOT NULL AND " + StoryReports.STARTS_ITS_STORY
                + (topicId.isPresent()
                        ? " AND EXISTS (SELECT 1 FROM article_topic t WHERE t.article_id = a.id AND t.topic_id = ?)"
                        : "")
                + " ORDER BY a.published_at DESC, a.id DESC LIMIT ?";
        return database.query("reading the latest articles", connection -> {
            try (PreparedStatement select = connection.prepareStatement(sql)) {
                int index = 1;
                if (topicId.isPresent()) {
                    select.setString(index++, topicId.get());
                }
                select.setInt(index, limit);
                List<StoredArticle> articles = new ArrayList<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        articles.add(StoryReports.withOutlets(read(rows, 1), rows.getString(7)));
                    }
                }
                return articles;
            }
        });
    }

    /**
     * The stored summaries whose terms hold every one of {@code words} ({@link TextQuery#indexWords}), newest first,
     * from the {@code offset}-th: candidates, to check with {@link TextQuery#matches}.
     */
    public List<StoredArticle> search(List<String> words, int limit, int offset) {
        String match = SearchIndex.match(database.dialect(), words);
        if (match.isEmpty()) {
            return List.of();
        }
        String sql = "SELECT a.id, a.title, a.link, a.summary, a.source_name, a.published_at, "
                + StoryReports.STORY_SOURCES + " FROM article a"
                + " WHERE a.id IN (" + SearchIndex.candidates(database.dialect()) + ")"
                + " AND a.summary IS NOT NULL AND " + StoryReports.STARTS_ITS_STORY
                + " ORDER BY a.published_at DESC, a.id DESC LIMIT ? OFFSET ?";
        return database.query("searching the stored articles", connection -> {
            try (PreparedStatement select = connection.prepareStatement(sql)) {
                select.setString(1, match);
                select.setInt(2, limit);
                select.setInt(3, offset);
                List<StoredArticle> articles = new ArrayList<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        articles.add(StoryReports.withOutlets(read(rows, 1), rows.getString(7)));
                    }
                }
                return articles;
            }
        });
    }

    /** Reads the six article columns starting at {@code first}: id, title, link, summary, source, published. */
    static StoredArticle read(ResultSet rows, int first) throws SQLException {
        String summary = rows.getString(first + 3);
        return new StoredArticle(
                rows.getLong(first),
                rows.getString(first + 1),
                rows.getString(first + 2),
                summary == null ? List.of() : Arrays.asList(summary.split(SUMMARY_SEPARATOR)),
                rows.getString(first + 4),
                Instant.ofEpochMilli(rows.getLong(first + 5)));
    }
}
