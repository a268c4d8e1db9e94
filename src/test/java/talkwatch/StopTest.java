package talkwatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import talkwatch.fake.FakeBotApi;
import talkwatch.testing.BotConfig;
import talkwatch.testing.RunProcess;

/** {@code run} in a child JVM stops cleanly on SIGTERM, also while it still waits for Telegram to answer. */
class StopTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @TempDir
    Path dir;

    private FakeBotApi telegram;
    private Process run;

    @BeforeEach
    void start() throws Exception {
        telegram = new FakeBotApi().start();
        BotConfig.against(telegram, dir); // writes dir/talkwatch.yml, which the child reads
    }

    @AfterEach
    void stop() throws Exception {
        if (run != null) {
            run.destroyForcibly().waitFor();
        }
        for (String name : new String[] {"run.log", "second.log"}) {
            if (Files.exists(dir.resolve(name))) {
                Files.copy(
                        dir.resolve(name),
                        Path.of("/tmp/stoptest-" + name),
                        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
        telegram.close();
    }

    @Test
    void stopsCleanlyOnSigterm() throws Exception {
        Path log = dir.resolve("run.log");
        run = launch(log);
        await().atMost(PATIENCE).until(() -> RunProcess.output(log).contains("Telegram accepted the token"));

        run.destroy(); // SIGTERM

        assertThat(run.waitFor(20, TimeUnit.SECONDS)).isTrue();
        assertThat(RunProcess.output(log)).contains("Stopping talkwatch").doesNotContain("Exception");
    }

    @Test
    void stopsCleanlyOnSigtermWhileItWaitsForTelegram() throws Exception {
        // the first run gets one or two of these before the SIGTERM, the second run the rest
        for (int i = 0; i < 3; i++) {
            telegram.failNext("getMe", 502, "Bad Gateway");
        }
        Path log = dir.resolve("run.log");
        run = launch(log);
        await().atMost(PATIENCE).until(() -> RunProcess.output(log).contains("Asking Telegram again"));

        run.destroy(); // SIGTERM

        assertThat(run.waitFor(20, TimeUnit.SECONDS)).isTrue();
        assertThat(RunProcess.output(log))
                .contains("Stopping talkwatch during start-up")
                .doesNotContain("Exception");
        // the run lock was let go: another run starts, and this time Telegram answers
        Path second = dir.resolve("second.log");
        run = launch(second);
        await().atMost(PATIENCE).until(() -> RunProcess.output(second).contains("Telegram accepted the token"));
    }

    private Process launch(Path log) throws Exception {
        return RunProcess.launch(telegram, dir.resolve("talkwatch.yml"), dir.resolve("talkwatch.db"), log);
    }
}
