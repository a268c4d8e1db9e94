package talkwatch.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
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

    /** {@link Clitics#reads} answers without building the readings: it must agree with {@link #readings}. */
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
            Set<String> readings = readings(word);
            for (int start = 0; start < word.length(); start++) { // every reading is a suffix of the word
                String suffix = word.substring(start);
                assertThat(Clitics.reads(word, suffix))
                        .as("%s read as %s", word, suffix)
                        .isEqualTo(readings.contains(suffix));
            }
        }
    }

    /**
     * The readings of a word, built the way matching used to build them for every word of an article: the word, then
     * without a conjunction (و ف), a preposition (ب ك ل) and the article (ال), each optional, or without لل.
     */
    private static Set<String> readings(String word) {
        Set<String> readings = new LinkedHashSet<>();
        addReadings(word, readings);
        return readings;
    }

    private static void addReadings(String word, Set<String> readings) {
        readings.add(word);
        for (String afterConjunction : strip(word, "و", "ف")) {
            for (String afterPreposition : strip(afterConjunction, "ب", "ك", "ل")) {
                readings.addAll(strip(afterPreposition, "ال"));
            }
            if (afterConjunction.startsWith("لل")) { // ل + ال drops the alef
                addIfLongEnough(afterConjunction.substring(2), readings);
            }
        }
    }

    /** The word itself plus the word without each given prefix it starts with. */
    private static Set<String> strip(String word, String... prefixes) {
        Set<String> out = new LinkedHashSet<>();
        out.add(word);
        for (String prefix : prefixes) {
            if (word.startsWith(prefix)) {
                addIfLongEnough(word.substring(prefix.length()), out);
            }
        }
        return out;
    }

    private static void addIfLongEnough(String stripped, Set<String> out) {
        if (stripped.length() >= 2) { // a reading keeps at least two letters
            out.add(stripped);
        }
    }
}
