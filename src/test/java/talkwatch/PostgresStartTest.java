package talkwatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import talkwatch.fake.FakeBotApi;
import talkwatch.store.Storage;
import talkwatch.testing.PostgresForTests;
import talkwatch.testing.RunProcess;

/**
 * {@code run} on a PostgreSQL database that cannot be reached, or that refuses the password: one line that says
 * which database and what to check, exit 1, no stack trace; the real application in a child JVM.
 */
class PostgresStartTest {

    @TempDir
    Path dir;

    private FakeBotApi telegram;

    @BeforeEach
    void start() throws Exception {
        telegram = new FakeBotApi().start();
    }

    @AfterEach
    void stop() {
        telegram.close();
    }

    @Test
    void aDatabaseThatCannotBeReachedIsOneLine() throws Exception {
        List<String> output = run("jdbc:postgresql://127.0.0.1:1/talkwatch", "talkwatch", Map.of());

        assertThat(output)
                .containsExactly("talkwatch: database error while connecting to jdbc:postgresql://127.0.0.1:1/talkwatch"
                        + " as talkwatch (storage.url and storage.user in the config; the password from"
                        + " TALKWATCH_DB_PASSWORD): Connection to 127.0.0.1:1 refused. Check that the hostname and"
                        + " port are correct and that the postmaster is accepting TCP/IP connections.");
    }

    @Test
    void aPasswordTheServerRefusesIsOneLineAndNeverShown() throws Exception {
        Storage.Postgres server = PostgresForTests.server();
        String role = "tw_refused_" + ProcessHandle.current().pid();
        PostgresForTests.execute(server, "DROP ROLE IF EXISTS " + role);
        PostgresForTests.execute(server, "CREATE ROLE " + role + " LOGIN PASSWORD 'the-right-one'");
        try {
            Storage.Postgres wrong =
                    new Storage.Postgres(server.url(), role, java.util.Optional.of("not-the-password-سر"));
            try (Connection connection = PostgresForTests.connect(wrong)) {
                throw PostgresForTests.skipped(
                        server.describe() + " lets anyone in without a password (trust), so none can be refused there");
            } catch (java.sql.SQLException refused) {
                // as it should: the test goes on
            }

            List<String> output = run(server.url(), role, Map.of("TALKWATCH_DB_PASSWORD", "not-the-password-سر"));

            assertThat(output).hasSize(1);
            assertThat(output.get(0))
                    .startsWith("talkwatch: database error while connecting to " + server.url() + " as " + role)
                    .contains("password authentication failed for user \"" + role + "\"")
                    .doesNotContain("not-the-password");
        } finally {
            PostgresForTests.execute(server, "DROP ROLE IF EXISTS " + role);
        }
    }

    /** The lines {@code run} printed before it exited with 1. */
    private List<String> run(String url, String user, Map<String, String> environment) throws Exception {
        Path config = Files.writeString(dir.resolve("talkwatch.yml"), """
                storage:
                  url: %s
                  user: %s
                feeds:
                  - id: test-news
                    name: "وكالة الاختبار"
                    url: http://127.0.0.1:9/none.xml
                topics:
                  - id: astana
                    name: "محادثات أستانا"
                    keywords: ["أستانا"]
                """.formatted(url, user));
        Path log = dir.resolve("run.log");
        Process process = RunProcess.launch(telegram, config, environment, log);
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("run gave up").isTrue();
        assertThat(process.exitValue()).isEqualTo(1);
        return Files.readAllLines(log);
    }
}
