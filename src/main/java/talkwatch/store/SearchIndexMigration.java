package talkwatch.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Arrays;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * Schema version 6: the full-text index of the stored summaries that {@code /search} reads ({@link
 * ArticleStore#search}), filled with the summaries already stored. In Java because the index holds each word's
 * Arabic readings, which SQL cannot compute. The index is an FTS5 table without content of its own (it points at
 * article rows by id): a word's readings take space once, in the index.
 */
final class SearchIndexMigration implements JavaMigration {

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("6");
    }

    @Override
    public String getDescription() {
        return "search index";
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
        try (Statement create = connection.createStatement()) {
            create.execute("CREATE VIRTUAL TABLE article_search USING fts5(terms, content='', contentless_delete=1,"
                    + " tokenize='unicode61 remove_diacritics 0')");
        }
        // SQLite lets the same connection write the index while it reads the articles
        try (Statement select = connection.createStatement();
                ResultSet rows =
                        select.executeQuery("SELECT id, title, summary FROM article WHERE summary IS NOT NULL")) {
            while (rows.next()) {
                ArticleStore.index(
                        connection,
                        rows.getLong(1),
                        rows.getString(2),
                        Arrays.asList(rows.getString(3).split(ArticleStore.SUMMARY_SEPARATOR)));
            }
        }
    }
}
