package talkwatch.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import talkwatch.match.TextQuery;

/**
 * The full-text index of the stored summaries that {@code /search} reads: each summarized article under the terms of
 * its headline and summary ({@link TextQuery#indexTerms}), every reading of every word. On SQLite an FTS5 table (see
 * {@link SearchIndexMigration}), on PostgreSQL a GIN-indexed {@code tsvector} whose lexemes are those terms taken
 * verbatim, so that the two find the same articles whatever the server's text search configuration or locale.
 */
final class SearchIndex {

    /** A tsvector lexeme may not be longer (2,047 bytes); no word of a summary comes near. */
    private static final int LONGEST_LEXEME = 500;

    private SearchIndex() {}

    /** Makes the article findable by /search: its headline and summary, under every reading of their words. */
    static void add(Connection connection, Dialect dialect, long id, String title, List<String> summary)
            throws SQLException {
        if (dialect == Dialect.SQLITE) {
            try (PreparedStatement insert =
                    connection.prepareStatement("INSERT INTO article_search (rowid, terms) VALUES (?, ?)")) {
                insert.setLong(1, id);
                insert.setString(2, terms(title, summary));
                insert.executeUpdate();
            }
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement(POSTGRESQL_INSERT)) {
            bindPostgresql(insert, id, title, summary);
            insert.executeUpdate();
        }
    }

    /** On PostgreSQL, the insert of one article into the index, its parameters set by {@link #bindPostgresql}. */
    static final String POSTGRESQL_INSERT =
            "INSERT INTO article_search (article_id, terms) VALUES (?, array_to_tsvector(?))";

    /** Sets the parameters of {@link #POSTGRESQL_INSERT} for the article: to run, or to add to a batch. */
    static void bindPostgresql(PreparedStatement insert, long id, String title, List<String> summary)
            throws SQLException {
        insert.setLong(1, id);
        insert.setArray(
                2,
                insert.getConnection()
                        .createArrayOf(
                                "text",
                                lexemes(List.of(terms(title, summary).split(" ")))
                                        .toArray()));
    }

    private static String terms(String title, List<String> summary) {
        List<String> texts = new ArrayList<>(summary.size() + 1);
        texts.add(title);
        texts.addAll(summary);
        return TextQuery.indexTerms(texts);
    }

    /** The ids of the articles whose terms hold every one of the query's words, to be matched with {@code ?}. */
    static String candidates(Dialect dialect) {
        return dialect == Dialect.SQLITE
                ? "SELECT rowid FROM article_search WHERE article_search MATCH ?"
                : "SELECT article_id FROM article_search WHERE terms @@ CAST(? AS tsquery)";
    }

    /**
     * The value of {@link #candidates}' parameter for {@code words} ({@link TextQuery#indexWords}): an FTS5 query of
     * quoted words, or a tsquery of quoted lexemes joined by {@code &}. Empty when no word has a letter or digit.
     */
    static String match(Dialect dialect, List<String> words) {
        if (dialect == Dialect.SQLITE) {
            return words.stream()
                    .map(word -> '"' + word.replace("\"", "\"\"") + '"')
                    .collect(Collectors.joining(" "));
        }
        return lexemes(words).stream().map(lexeme -> "'" + lexeme + "'").collect(Collectors.joining(" & "));
    }

    /** The column that names an indexed article, for deleting it from the index. */
    static String articleColumn(Dialect dialect) {
        return dialect == Dialect.SQLITE ? "rowid" : "article_id";
    }

    /**
     * The terms as FTS5's unicode61 tokenizer reads them: cut at every character that is not a letter or digit, and in
     * lower case; each once. (Their letters and digits make them safe between quotes in a tsquery.)
     */
    private static List<String> lexemes(List<String> terms) {
        Set<String> lexemes = new LinkedHashSet<>();
        for (String term : terms) {
            for (String piece : term.split("[^\\p{L}\\p{N}]+")) {
                if (!piece.isEmpty() && piece.length() <= LONGEST_LEXEME) {
                    lexemes.add(piece.toLowerCase(Locale.ROOT));
                }
            }
        }
        return List.copyOf(lexemes);
    }
}
