package talkwatch.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.migration.JavaMigration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteDataSource;
import talkwatch.match.TextQuery;
import talkwatch.testing.TestClock;

class DatabaseTest {

    @TempDir
    Path dir;

    @Test
    void namesTheFileAndWhatItShouldBeWhenItIsNotADatabase() throws Exception {
        Path notes = Files.writeString(dir.resolve("notes.db"), "ملاحظات المشرف، وليست قاعدة بيانات");

        assertThatThrownBy(() -> Database.open(notes))
                .isInstanceOf(StoreException.class)
                .hasMessage("database error while opening " + notes + " (storage.path or TALKWATCH_DB must name"
                        + " talkwatch's SQLite file, or a new one): [SQLITE_NOTADB] File opened that is not a database"
                        + " file (file is not a database)");
    }

    @Test
    void indexesForSearchTheSummariesADatabaseOfTheVersionBeforeAlreadyHeld() throws Exception {
        Path file = dir.resolve("talkwatch.db");
        String url = migrateTo(file, "5");
        try (Connection connection = DriverManager.getConnection(url);
                Statement insert = connection.createStatement()) {
            insert.executeUpdate("INSERT INTO article (article_key, feed_id, source_name, link, title, summary,"
                    + " published_at, seen_at, last_served_at) VALUES ('k1', 'bbc', 'بي بي سي عربي', NULL,"
                    + " 'تحديد موعد الجولة القادمة', 'وأضاف كمالدينوف أن الجولة ستعقد في أستانا.\nوقال إن الوفود أكدت"
                    + " حضورها.', 0, 0, 0)");
            insert.executeUpdate("INSERT INTO article (article_key, feed_id, source_name, link, title, summary,"
                    + " published_at, seen_at, last_served_at) VALUES ('k2', 'bbc', 'بي بي سي عربي', NULL,"
                    + " 'تقرير مكرر عن أستانا', NULL, 0, 0, 0)");
        }

        ArticleStore articles = new ArticleStore(Database.open(file), Clock.systemUTC());

        assertThat(articles.search(TextQuery.of("الوفود بأستانا").orElseThrow().indexWords(), 5, 0))
                .isEmpty();
        assertThat(articles.search(TextQuery.of("الوفود أستانا").orElseThrow().indexWords(), 5, 0))
                .extracting(StoredArticle::title)
                .containsExactly("تحديد موعد الجولة القادمة");
    }

    @Test
    void refillsTheSearchIndexWhenTheReadingsChange() throws Exception {
        Path file = dir.resolve("talkwatch.db");
        String url = migrateTo(file, "6", SearchIndexMigration.CREATE);
        try (Connection connection = DriverManager.getConnection(url);
                Statement statement = connection.createStatement()) {
            statement.executeUpdate("INSERT INTO article (id, article_key, feed_id, source_name, link, title, summary,"
                    + " published_at, seen_at, last_served_at) VALUES (1, 'k1', 'bbc', 'بي بي سي عربي', NULL,"
                    + " 'الدول الضامنة تختتم جولتها', 'واختتمت الدول الضامنة جولتها في أستانا.', 0, 0, 0)");
            // as version 6 indexed it before pronouns were read: the words as written, and behind their prefixes
            statement.executeUpdate(
                    "INSERT INTO article_search (rowid, terms) VALUES (1, 'الدول دول الضامنه ضامنه تختتم جولتها')");
        }
        List<String> round = TextQuery.of("جولة").orElseThrow().indexWords();

        ArticleStore articles = new ArticleStore(Database.open(file), Clock.systemUTC());

        assertThat(articles.search(round, 5, 0))
                .extracting(StoredArticle::title)
                .containsExactly("الدول الضامنة تختتم جولتها");
    }

    @Test
    void aStoreFromBeforeRetentionCountsEachArticleAsLastServedWhenItWasSeen() throws Exception {
        Path old = dir.resolve("before-retention.db");
        org.sqlite.SQLiteDataSource source = new org.sqlite.SQLiteDataSource();
        source.setUrl("jdbc:sqlite:" + old);
        org.flywaydb.core.Flyway.configure()
                .dataSource(source)
                .locations("classpath:db/migration/sqlite")
                .target("4")
                .load()
                .migrate();
        try (Connection connection = source.getConnection();
                Statement statement = connection.createStatement()) {
            statement.executeUpdate("INSERT INTO article (article_key, feed_id, source_name, title, published_at,"
                    + " seen_at) VALUES ('a', 'feed', 'المصدر', 'خبر', 1000, " + RetentionTest.START.toEpochMilli()
                    + ")");
        }

        TestClock clock = new TestClock(RetentionTest.START);
        Database migrated = Database.open(old);
        clock.advance(RetentionTest.KEEP.minusDays(1));
        assertThat(new Retention(migrated)
                        .forgetBefore(clock.instant().minus(RetentionTest.KEEP))
                        .articles())
                .isZero();
        clock.advance(Duration.ofDays(2));
        assertThat(new Retention(migrated)
                        .forgetBefore(clock.instant().minus(RetentionTest.KEEP))
                        .articles())
                .isEqualTo(1);
    }

    /** A database of an earlier schema version, as an earlier talkwatch left it; its JDBC URL. */
    private static String migrateTo(Path file, String version, JavaMigration... javaMigrations) {
        String url = "jdbc:sqlite:" + file;
        SQLiteDataSource source = new SQLiteDataSource();
        source.setUrl(url);
        Flyway.configure()
                .dataSource(source)
                .locations("classpath:db/migration/sqlite")
                .javaMigrations(javaMigrations)
                .target(version)
                .load()
                .migrate();
        return url;
    }
}
