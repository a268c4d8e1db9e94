package talkwatch.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import talkwatch.testing.Closer;
import talkwatch.testing.PostgresForTests;
import talkwatch.testing.TestDatabase;

/**
 * The tables {@link DatabaseCopy} copies are all there is: a migration that adds a table or a column to one schema and
 * not to the other, or a table the copy does not know of, fails here rather than leave data behind in a copy.
 */
class DatabaseCopyTest {

    @RegisterExtension
    final Closer closer = new Closer();

    @TempDir
    Path dir;

    @Test
    void copiesEveryTableOfTheSqliteSchemaButTheSearchIndexItRebuilds() throws Exception {
        Storage sqlite = TestDatabase.SQLITE.create(dir);
        closer.add(Database.open(sqlite));

        Set<String> tables = names(
                sqlite,
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite%'"
                        + " AND name <> 'flyway_schema_history' AND name NOT LIKE 'article_search%' ORDER BY name");

        assertThat(tables).containsExactlyInAnyOrderElementsOf(DatabaseCopy.TABLES);
    }

    @Test
    void knowsEveryTableOfThePostgresqlSchema() throws Exception {
        Storage postgres = PostgresForTests.freshSchema();
        closer.add(Database.open(postgres));

        Set<String> tables = names(
                postgres,
                "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()"
                        + " AND table_name NOT LIKE 'qrtz%' ORDER BY table_name");

        Set<String> expected = new LinkedHashSet<>(DatabaseCopy.TABLES);
        expected.add(DatabaseCopy.SEARCH_INDEX);
        expected.addAll(DatabaseCopy.NOT_COPIED);
        assertThat(tables).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(tables).allMatch(TargetSchema::isTalkwatchs);
        assertThat(TargetSchema.isTalkwatchs("QRTZ_LOCKS")).isTrue();
        assertThat(TargetSchema.isTalkwatchs("customer")).isFalse();
    }

    @Test
    void theCopiedTablesHaveTheSameColumnsOnBoth() throws Exception {
        Storage sqlite = TestDatabase.SQLITE.create(dir);
        Storage postgres = PostgresForTests.freshSchema();
        closer.add(Database.open(sqlite));
        closer.add(Database.open(postgres));

        for (String table : DatabaseCopy.TABLES) {
            Set<String> onSqlite = names(sqlite, "SELECT name FROM pragma_table_info('" + table + "') ORDER BY name");
            Set<String> onPostgres = names(
                    postgres,
                    "SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema()"
                            + " AND table_name = '" + table + "' ORDER BY column_name");
            assertThat(onPostgres).as(table).isNotEmpty().isEqualTo(onSqlite);
        }
    }

    private static Set<String> names(Storage storage, String sql) throws SQLException {
        Set<String> names = new LinkedHashSet<>();
        try (Connection connection = TestDatabase.connect(storage);
                Statement select = connection.createStatement();
                ResultSet rows = select.executeQuery(sql)) {
            while (rows.next()) {
                names.add(rows.getString(1));
            }
        }
        return names;
    }
}
