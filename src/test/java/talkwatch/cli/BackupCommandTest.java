package talkwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import talkwatch.Main;
import talkwatch.Stores;
import talkwatch.feed.Article;
import talkwatch.store.NewArticle;
import talkwatch.store.StoredArticle;

class BackupCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private Path config;
    private Path database;

    @BeforeEach
    void writeConfig() throws Exception {
        database = dir.resolve("data/talkwatch.db");
        config = dir.resolve("talkwatch.yml");
        Files.writeString(config, """
                storage:
                  path: %s
                feeds:
                  - id: bbc-arabic
                    name: "بي بي سي عربي"
                    url: https://feeds.bbci.co.uk/arabic/rss.xml
                topics:
                  - id: astana
                    name: "محادثات أستانا"
                    keywords: ["أستانا"]
                """.formatted(database));
    }

    @Test
    void copiesEverythingCommittedWhileTheBotKeepsWriting() throws Exception {
        Stores stores = Stores.open(database, Clock.systemUTC());
        stores.subscriptions().subscribe(42, "private", Set.of("astana"));
        save(stores, "first");
        AtomicBoolean writing = new AtomicBoolean(true);
        AtomicInteger written = new AtomicInteger();
        Thread bot = new Thread(() -> {
            while (writing.get()) {
                save(stores, "during-" + written.incrementAndGet());
            }
        });
        bot.start();
        Path copy = dir.resolve("backups/talkwatch-2026-11-29.db");

        int exit = run("backup", "--config", config.toString(), copy.toString());
        writing.set(false);
        bot.join();

        assertThat(exit).isZero();
        assertThat(err.toString()).isEmpty();
        assertThat(out.toString()).startsWith("Backed up " + database + " (").contains(" to " + copy + " (");
        assertThat(written.get()).isPositive();
        assertThat(integrity(copy)).isEqualTo("ok");
        Stores restored = Stores.open(copy, Clock.systemUTC());
        assertThat(restored.subscriptions().topicsOf(42)).containsExactly("astana");
        assertThat(restored.articles().isKnown("first")).isTrue();
        assertThat(restored.articles().latest(Optional.of("astana"), 1000))
                .extracting(StoredArticle::title)
                .hasSizeBetween(1, written.get() + 1);
    }

    @Test
    void refusesToOverwriteAFile() throws Exception {
        Stores.open(database, Clock.systemUTC());
        Path existing = Files.writeString(dir.resolve("existing.db"), "precious");

        int exit = run("backup", "--config", config.toString(), existing.toString());

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains(existing + " already exists; give the name of a new file");
        assertThat(Files.readString(existing)).isEqualTo("precious");
    }

    @Test
    void saysWhereItLookedWhenThereIsNoDatabase() {
        int exit = run(
                "backup", "--config", config.toString(), dir.resolve("copy.db").toString());

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString())
                .contains("no database at " + database + " (storage.path in " + config
                        + ", or TALKWATCH_DB): nothing to back up");
        assertThat(dir.resolve("copy.db")).doesNotExist();
    }

    private static void save(Stores stores, String key) {
        stores.articles()
                .save(new NewArticle(
                        new Article(
                                "bbc-arabic",
                                key,
                                "https://example.org/" + key,
                                "جولة جديدة من محادثات أستانا " + key,
                                "نص الخبر",
                                Instant.now()),
                        "بي بي سي عربي",
                        List.of("astana"),
                        List.of("ملخص الخبر")));
    }

    private static String integrity(Path file) throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("PRAGMA integrity_check")) {
            rows.next();
            return rows.getString(1);
        }
    }

    private int run(String... args) {
        return Main.execute(args, Map.of(), new PrintWriter(out, true), new PrintWriter(err, true));
    }
}
