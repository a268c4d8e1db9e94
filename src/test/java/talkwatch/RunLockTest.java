package talkwatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import talkwatch.config.Config;
import talkwatch.config.ConfigException;
import talkwatch.config.ConfigLoader;
import talkwatch.fake.FakeBotApi;

class RunLockTest {

    @TempDir
    Path dir;

    @Test
    void aSecondRunOnTheSameDatabaseIsRefusedUntilTheFirstStops() throws Exception {
        Path database = dir.resolve("talkwatch.db");
        try (FakeBotApi telegram = new FakeBotApi().start()) {
            Path file = Files.writeString(dir.resolve("talkwatch.yml"), """
                    schedule:
                      pollEvery: 1h
                    feeds:
                      - id: test-news
                        name: "وكالة الاختبار"
                        url: http://127.0.0.1:9/none.xml
                    topics:
                      - id: astana
                        name: "محادثات أستانا"
                        keywords: ["أستانا"]
                    """);
            Config config = new ConfigLoader(Map.of(
                            "TELEGRAM_BOT_TOKEN", telegram.token(),
                            "TALKWATCH_TELEGRAM_API_URL", telegram.baseUrl(),
                            "TALKWATCH_DB", database.toString()))
                    .load(file);

            Application first = Application.start(config);
            assertThatThrownBy(() -> Application.start(config))
                    .isInstanceOf(ConfigException.class)
                    .hasMessage("another talkwatch run is using " + database + " (it holds " + database
                            + ".run-lock); stop it first, or give this one its own storage.path or TALKWATCH_DB");
            first.close();

            Application again = Application.start(config);
            again.close();
            assertThat(telegram.requests("getMe")).isEqualTo(2);
        }
    }
}
