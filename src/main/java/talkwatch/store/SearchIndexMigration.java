package talkwatch.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Arrays;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * The full-text index of the stored summaries that {@code /search} reads ({@link ArticleStore#search}), filled with
 * the summaries already stored. In Java because the index holds each word's Arabic readings, which SQL cannot compute.
 * The index is an FTS5 table without content of its own (it points at article rows by id): a word's readings take
 * space once, in the index. Version 6 creates it; a later version refills it whenever the readings change ({@code
 * Clitics.readings}), or summaries stored before would not be found by the new readings.
 */
final class SearchIndexMigration implements JavaMigration {

    /** Version 6: the index, with the readings behind prefixed clitics. */
    static final SearchIndexMigration CREATE = new SearchIndexMigration("6", "search index", true);
    /** Version 7: refilled once attached pronouns were read too. */
    static final SearchIndexMigration PRONOUNS =
            new SearchIndexMigration("7", "search index with attached pronouns", false);

    private final String version;
    private final String description;
    private final boolean create;

    private SearchIndexMigration(String version, String description, boolean create) {
        this.version = version;
        this.description = description;
        this.create = create;
    }

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion(version);
    }

    @Override
    public String getDescription() {
        return description;
    }

    @Override
    public Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        try (Statement statement = connection.createStatement()) {
            if (create) {
                statement.execute("CREATE VIRTUAL TABLE article_search USING fts5(terms, content='',"
                        + " contentless_delete=1, tokenize='unicode61 remove_diacritics 0')");
            } else {
                statement.execute("INSERT INTO article_search (article_search) VALUES ('delete-all')");
            }
        }
        // SQLite lets the same connection write the index while it reads the articles
        try (Statement select = connection.createStatement();
                ResultSet rows =
                        select.executeQuery("SELECT id, title, summary FROM article WHERE summary IS NOT NULL")) {
            while (rows.next()) {
                SearchIndex.add(
                        connection,
                        Dialect.SQLITE,
                        rows.getLong(1),
                        rows.getString(2),
                        Arrays.asList(rows.getString(3).split(ArticleStore.SUMMARY_SEPARATOR)));
            }
        }
    }
}
