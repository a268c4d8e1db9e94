package talkwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import talkwatch.Main;
import talkwatch.Stores;
import talkwatch.feed.Article;
import talkwatch.store.NewArticle;
import talkwatch.store.PollRun;
import talkwatch.store.Storage;
import talkwatch.testing.PostgresForTests;

/** {@code talkwatch health} on a real database file, as Docker's health check runs it beside the bot. */
class HealthCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private Path database;

    @BeforeEach
    void writeConfig() throws Exception {
        database = dir.resolve("talkwatch.db");
        Files.writeString(dir.resolve("talkwatch.yml"), """
                schedule:
                  pollEvery: 5m
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
    void isHealthyWhileTheBotPollsOnSchedule() {
        Instant now = Instant.now();
        Stores stores = Stores.open(database, Clock.systemUTC());
        stores.feedStates().record(new PollRun(now.minus(Duration.ofMinutes(4)), now.minusSeconds(200), 1, 0, 3, 2));

        assertThat(health()).isZero();
        assertThat(out.toString()).isEqualTo("healthy: last poll cycle started 4m ago; no delivery waiting\n");
    }

    @Test
    void saysHowManyDeliveriesWaitAndSinceWhen() {
        Instant now = Instant.now();
        Stores stores = Stores.open(database, Clock.offset(Clock.systemUTC(), Duration.ofMinutes(-3)));
        stores.subscriptions().subscribe(7, "private", Set.of("astana"));
        stores.articles()
                .save(new NewArticle(
                        new Article("bbc-arabic", "k1", "https://example.org/1", "جولة جديدة في أستانا", "نص", now),
                        "بي بي سي عربي",
                        List.of("astana"),
                        List.of("انطلقت جولة جديدة من محادثات أستانا.")));
        stores.feedStates().record(new PollRun(now.minusSeconds(60), now.minusSeconds(50), 1, 0, 1, 1));

        assertThat(health()).isZero();
        assertThat(out.toString())
                .isEqualTo("healthy: last poll cycle started 1m ago; 1 delivery waiting, the oldest queued 3m ago\n");
    }

    @Test
    void isUnhealthyWhenNoCycleStartedWithinThreePollIntervals() {
        Instant now = Instant.now();
        Stores stores = Stores.open(database, Clock.systemUTC());
        stores.feedStates()
                .record(new PollRun(now.minus(Duration.ofMinutes(16)), now.minus(Duration.ofMinutes(15)), 1, 0, 0, 0));

        assertThat(health()).isEqualTo(1);
        assertThat(out.toString())
                .isEqualTo("unhealthy: last poll cycle started 16m ago (expected within 15m); no delivery waiting\n");
    }

    @Test
    void isUnhealthyBeforeTheFirstCycleAndSaysSoWhenThereIsNoDatabase() {
        assertThat(health()).isEqualTo(2);
        assertThat(err.toString()).startsWith("talkwatch: no database at " + database);

        Stores.open(database, Clock.systemUTC());
        assertThat(health()).isEqualTo(1);
        assertThat(out.toString()).isEqualTo("unhealthy: no poll cycle recorded yet; no delivery waiting\n");
    }

    @Test
    void readsAPostgreSQLDatabaseToo() throws Exception {
        Storage.Postgres postgres = PostgresForTests.freshSchema();
        Files.writeString(
                dir.resolve("talkwatch.yml"),
                Files.readString(dir.resolve("talkwatch.yml"))
                        .replace(
                                "  path: " + database,
                                "  url: \"" + postgres.url() + "\"\n  user: " + postgres.user()));
        Instant now = Instant.now();
        try (Stores stores = Stores.open(postgres, Clock.systemUTC())) {
            stores.feedStates()
                    .record(new PollRun(now.minus(Duration.ofMinutes(2)), now.minusSeconds(100), 1, 0, 3, 2));
        }
        Map<String, String> environment = postgres.password()
                .map(password -> Map.of("TALKWATCH_DB_PASSWORD", password))
                .orElse(Map.of());

        assertThat(health(environment)).isZero();
        assertThat(out.toString()).isEqualTo("healthy: last poll cycle started 2m ago; no delivery waiting\n");
    }

    private int health() {
        return health(Map.of());
    }

    private int health(Map<String, String> environment) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        return Main.execute(
                new String[] {"health", "--config", dir.resolve("talkwatch.yml").toString()},
                environment,
                new PrintWriter(out, true),
                new PrintWriter(err, true));
    }
}
