package talkwatch.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The articles the store keeps, read without writing anything (a read-only connection, no migration), for an
 * operator's tools that run beside the bot: every article read from the feeds, with the topics it was matched to when
 * it was read. Every article is kept with its headline and the opening of its text ({@link ArticleLead}; none for
 * those stored before it was kept), a matched one with its summary too.
 */
public final class Archive {

    /**
     * One stored article: its summary's sentences are empty when it was matched to no topic; its lead is empty when it
     * was stored before leads were kept.
     */
    public record Archived(
            String title,
            String link,
            String lead,
            List<String> summary,
            String sourceName,
            Instant published,
            Set<String> topics) {}

    private Archive() {}

    /** Hands each article published since {@code from}, newest first, to {@code each}. */
    public static void since(Storage database, Instant from, Consumer<Archived> each) {
        String sql = "SELECT a.title, a.link, a.summary, a.source_name, a.published_at, a.lead,"
                + " (SELECT string_agg(t.topic_id, ' ') FROM article_topic t WHERE t.article_id = a.id)"
                + " FROM article a WHERE a.published_at >= ? ORDER BY a.published_at DESC, a.id DESC";
        try (Connection connection = ReadOnly.connect(database);
                PreparedStatement select = connection.prepareStatement(sql)) {
            select.setLong(1, from.toEpochMilli());
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    String summary = rows.getString(3);
                    String topics = rows.getString(7);
                    String lead = rows.getString(6);
                    each.accept(new Archived(
                            rows.getString(1),
                            rows.getString(2),
                            lead == null ? "" : lead,
                            summary == null ? List.of() : List.of(summary.split(ArticleStore.SUMMARY_SEPARATOR)),
                            rows.getString(4),
                            Instant.ofEpochMilli(rows.getLong(5)),
                            topics == null ? Set.of() : Set.of(topics.split(" "))));
                }
            }
        } catch (SQLException e) {
            throw new StoreException(ReadOnly.hint(database), e);
        }
    }
}
