package talkwatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import talkwatch.fake.FakeBotApi;
import talkwatch.testing.FanOut;
import talkwatch.testing.FeedServer;
import talkwatch.testing.Rss;
import talkwatch.testing.RunProcess;

/**
 * The delivery guarantee, the hard way: the real application runs as a child JVM, is killed with
 * SIGKILL in the middle of a fan-out, and is started again. Nothing may be lost, and no chat may get
 * more than the one message that was in flight twice.
 */
class CrashRecoveryTest {

    private static final int CHATS = 3000;
    /** The messages truly in flight at 400 a second, at most: what a kill may send twice (issue 15). */
    private static final int IN_FLIGHT_AT_MOST = 30;

    private static final Duration PATIENCE = Duration.ofSeconds(40);

    @TempDir
    Path dir;

    private FakeBotApi telegram;
    private FeedServer feeds;
    private final List<Process> processes = new ArrayList<>();

    @BeforeEach
    void start() throws Exception {
        telegram = new FakeBotApi().start();
        feeds = new FeedServer();
        feeds.publish("/news.xml", new Rss().xml());
    }

    @AfterEach
    void stop() throws Exception {
        for (Process process : processes) {
            process.destroyForcibly().waitFor();
        }
        telegram.close();
        feeds.close();
    }

    @Test
    void losesNothingAndRepeatsOnlyWhatWasInFlightAfterAKillMidFanOut() throws Exception {
        Path database = dir.resolve("talkwatch.db");
        queueOneArticleFor(database, CHATS);
        Path config = writeConfig();

        Process first = launch(config, database, "first");
        await().atMost(PATIENCE).until(() -> total() >= CHATS / 4);
        first.destroyForcibly().waitFor();
        int beforeKill = total();
        int inFlight = count(database, "SELECT COUNT(*) FROM delivery WHERE status = 'sending'");
        assertThat(beforeKill).as("the kill came mid fan-out").isLessThan(CHATS);

        Process second = launch(config, database, "second");
        await().atMost(PATIENCE)
                .until(() -> telegram.messageCounts().size() == CHATS
                        && count(database, "SELECT COUNT(*) FROM delivery WHERE status IN ('pending', 'sending')")
                                == 0);
        second.destroy();
        second.waitFor();

        Map<Long, Integer> counts = telegram.messageCounts();
        int duplicates = total() - CHATS;
        assertThat(counts).as("no chat lost").hasSize(CHATS);
        assertThat(counts.values()).as("at most one message twice per chat").allMatch(n -> n <= 2);
        System.out.printf(
                "CrashRecovery: killed after %d of %d messages at 400/s: %d in flight, %d sent twice%n",
                beforeKill, CHATS, inFlight, duplicates);
        assertThat(duplicates)
                .as("duplicates, with %d in flight at the kill", inFlight)
                .isLessThanOrEqualTo(inFlight);
        assertThat(inFlight).as("claimed and not answered at the kill").isLessThanOrEqualTo(IN_FLIGHT_AT_MOST);
        assertThat(count(database, "SELECT COUNT(*) FROM delivery WHERE status = 'sent'"))
                .isEqualTo(CHATS);
    }

    private int total() {
        return telegram.messageCounts().values().stream()
                .mapToInt(Integer::intValue)
                .sum();
    }

    private static void queueOneArticleFor(Path database, int chats) {
        try (Stores stores = Stores.open(database, Clock.systemUTC())) {
            FanOut.queue(stores, chats, Instant.parse("2026-11-29T08:00:00Z"));
        }
    }

    private Path writeConfig() throws Exception {
        Path file = dir.resolve("talkwatch.yml");
        Files.writeString(file, """
                schedule:
                  pollEvery: 1h
                delivery:
                  paidBroadcast: true
                  globalPerSecond: 400
                feeds:
                  - id: test-news
                    name: "وكالة الاختبار"
                    url: %s
                topics:
                  - id: astana
                    name: "محادثات أستانا"
                    keywords: ["أستانا"]
                """.formatted(feeds.url("/news.xml")));
        return file;
    }

    private Process launch(Path config, Path database, String name) throws Exception {
        Process process = RunProcess.launch(telegram, config, database, dir.resolve(name + ".log"));
        processes.add(process);
        return process;
    }

    private static int count(Path database, String sql) throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + database);
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getInt(1);
        }
    }
}
