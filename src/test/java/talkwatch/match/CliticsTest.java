package talkwatch.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import talkwatch.arabic.TermExtractor;
import talkwatch.testing.SharedData;

class CliticsTest {

    @Test
    void readsAWordWithItsClitics() {
        assertThat(Clitics.reads("وبالاستانه", "استانه")).isTrue();
        assertThat(Clitics.reads("وبالاستانه", "بالاستانه")).isTrue();
        assertThat(Clitics.reads("للمحادثات", "محادثات")).isTrue();
        assertThat(Clitics.reads("لبنان", "بنان")).isTrue(); // ل is a preposition; keywords are bare words
        assertThat(Clitics.reads("استانه", "تانه")).isFalse();
        assertThat(Clitics.reads("وال", "ال")).isTrue();
        assertThat(Clitics.reads("وب", "ب")).isFalse(); // a reading keeps at least two letters
    }

    /** {@link Clitics#reads} answers without building {@link Clitics#readings}: the two must agree. */
    @Test
    void readsExactlyTheReadingsOfEveryWordOfTheEascArticles() throws IOException {
        Set<String> words = new TreeSet<>();
        try (Stream<Path> files = Files.list(SharedData.root().resolve("data/easc/articles"))) {
            for (Path file : files.toList()) {
                words.addAll(TermExtractor.words(Files.readString(file)));
            }
        }
        words.addAll(Set.of("وللاستانه", "فكالاستانه", "ولل", "فبال", "ككتاب", "ال", "و"));
        for (String word : words) {
            Set<String> readings = Clitics.readings(word);
            for (int start = 0; start < word.length(); start++) { // every reading is a suffix of the word
                String suffix = word.substring(start);
                assertThat(Clitics.reads(word, suffix))
                        .as("%s read as %s", word, suffix)
                        .isEqualTo(readings.contains(suffix));
            }
        }
    }
}
