package talkwatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import talkwatch.config.Config;
import talkwatch.config.ConfigException;
import talkwatch.fake.FakeBotApi;
import talkwatch.testing.BotConfig;

class RunLockTest {

    @TempDir
    Path dir;

    @Test
    void aSecondRunOnTheSameDatabaseIsRefusedUntilTheFirstStops() throws Exception {
        Path database = dir.resolve("talkwatch.db");
        try (FakeBotApi telegram = new FakeBotApi().start()) {
            Config config = BotConfig.against(telegram, dir);

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
