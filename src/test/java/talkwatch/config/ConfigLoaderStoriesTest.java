package talkwatch.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The keys of talk matching ({@code topics[].about}) and of duplicate stories ({@code stories.window}). */
class ConfigLoaderStoriesTest {

    private static final String MINIMAL = """
            feeds:
              - id: news
                name: "أخبار"
                url: https://example.org/rss.xml
            topics:
              - id: astana
                name: "محادثات أستانا"
                keywords: ["أستانا"]
                context: ["محادثات"]
                about: ["سوريا", "الدول الضامنة"]
            """;

    @TempDir
    Path dir;

    @Test
    void readsTheAboutTermsOfATopic() throws Exception {
        assertThat(load(MINIMAL).topics().get(0).about()).containsExactly("سوريا", "الدول الضامنة");
    }

    @Test
    void readsTheStoryWindowAndDefaultsToADay() throws Exception {
        assertThat(load(MINIMAL).storyWindow()).isEqualTo(Duration.ofHours(24));
        assertThat(load(MINIMAL + "stories:\n  window: 6h30m\n").storyWindow()).isEqualTo(Duration.ofMinutes(390));
        assertThat(load(MINIMAL + "stories:\n  window: 0s\n").storyWindow()).isZero();
    }

    @Test
    void namesABadStoryWindow() {
        assertThatThrownBy(() -> load(MINIMAL + "stories:\n  window: soon\n"))
                .isInstanceOf(ConfigException.class)
                .hasMessageEndingWith("talkwatch.yml: stories.window: \"soon\" is not a duration; expected a duration"
                        + " such as 6h or 12h, at most 7d (0s turns duplicate detection off)");
        assertThatThrownBy(() -> load(MINIMAL + "stories:\n  window: 8d\n"))
                .hasMessageContaining("stories.window: \"8d\" is too long; expected");
        assertThatThrownBy(() -> load(MINIMAL + "stories:\n  windw: 6h\n"))
                .hasMessageContaining("stories.windw: unknown key; expected one of window");
    }

    @Test
    void theShippedConfigurationSetsTheStoryWindow() {
        Config config = new ConfigLoader(Map.of()).load(Path.of("config/talkwatch.yml"));

        assertThat(config.storyWindow()).isEqualTo(Duration.ofHours(24));
        assertThat(config.topics())
                .allSatisfy(topic -> assertThat(topic.about()).isNotEmpty());
    }

    private Config load(String yaml) throws Exception {
        Path file = dir.resolve("talkwatch.yml");
        Files.writeString(file, yaml);
        return new ConfigLoader(Map.of()).load(file);
    }
}
