package talkwatch.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import talkwatch.arabic.TermExtractor;
import talkwatch.testing.TestResources;

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

    @Test
    void readsAWordBeforeAnAttachedPronoun() {
        assertThat(Clitics.reads("اجتماعاتها", "اجتماعات")).isTrue();
        assertThat(Clitics.reads("وجولتها", "جوله")).isTrue(); // ة is written ت before the pronoun
        assertThat(Clitics.reads("بوفدهم", "وفد")).isTrue();
        assertThat(Clitics.reads("السوريه", "سوري")).isTrue();
        assertThat(Clitics.reads("وفدي", "وفد")).isTrue();
        assertThat(Clitics.reads("بنك", "بن")).isFalse(); // the second person singular is not read, nor two letters
        assertThat(Clitics.reads("منها", "من")).isFalse();
        assertThat(Clitics.reads("جولتها", "جولت")).isTrue();
        assertThat(Clitics.reads("اجتماعاتها", "اجتماعاته")).isFalse();
    }

    /**
     * {@link Clitics#reads} answers without building the readings: it must agree with {@link #readings}, on every word
     * of the project's texts ({@code words/arabic-words.txt}, about 10,700 distinct words) and a few made-up clitic
     * chains.
     */
    @Test
    void readsExactlyTheReadingsOfEveryWordOfTheProjectsTexts() {
        Set<String> words = new TreeSet<>(TermExtractor.words(TestResources.text("/words/arabic-words.txt")));
        assertThat(words).hasSizeGreaterThan(10_000);
        words.addAll(Set.of("وللاستانه", "فكالاستانه", "ولل", "فبال", "ككتاب", "ال", "و", "وبجولتهما", "لقمتنا"));
        for (String word : words) {
            Set<String> readings = readings(word);
            assertThat(new LinkedHashSet<>(Clitics.readings(word))).as(word).isEqualTo(readings);
            for (String candidate : candidates(word)) {
                assertThat(Clitics.reads(word, candidate))
                        .as("%s read as %s", word, candidate)
                        .isEqualTo(readings.contains(candidate));
            }
        }
    }

    /** Every part of the word, and, for a part ending in ت, the same with ة (ه) instead. */
    private static Set<String> candidates(String word) {
        Set<String> candidates = new LinkedHashSet<>();
        for (int start = 0; start < word.length(); start++) {
            for (int end = start + 1; end <= word.length(); end++) {
                String part = word.substring(start, end);
                candidates.add(part);
                if (part.endsWith("ت")) {
                    candidates.add(part.substring(0, part.length() - 1) + "ه");
                }
            }
        }
        return candidates;
    }

    /**
     * The readings of a word, built the way matching used to build them for every word of an article: the word, then
     * without a conjunction (و ف), a preposition (ب ك ل) and the article (ال), each optional, or without لل; and each
     * of those, when it keeps three letters or more, without a pronoun at its end (ـها ـهم ـهما ـهن ـه ـي ـنا ـكم),
     * with ة restored where the pronoun had turned it into ت.
     */
    private static Set<String> readings(String word) {
        Set<String> readings = new LinkedHashSet<>();
        addReadings(word, readings);
        for (String front : frontReadings(word)) {
            for (String pronoun : List.of("ها", "هم", "هما", "هن", "ه", "ي", "نا", "كم")) {
                if (front.endsWith(pronoun) && front.length() - pronoun.length() >= 3) {
                    String stem = front.substring(0, front.length() - pronoun.length());
                    readings.add(stem);
                    if (stem.endsWith("ت")) {
                        readings.add(stem.substring(0, stem.length() - 1) + "ه");
                    }
                }
            }
        }
        return readings;
    }

    /** The word without its prefixes, whatever their length, the word itself included. */
    private static Set<String> frontReadings(String word) {
        Set<String> fronts = new LinkedHashSet<>();
        fronts.add(word);
        for (String afterConjunction : stripAny(word, "و", "ف")) {
            for (String afterPreposition : stripAny(afterConjunction, "ب", "ك", "ل")) {
                fronts.addAll(stripAny(afterPreposition, "ال"));
            }
            if (afterConjunction.startsWith("لل")) {
                fronts.add(afterConjunction.substring(2));
            }
        }
        return fronts;
    }

    private static Set<String> stripAny(String word, String... prefixes) {
        Set<String> out = new LinkedHashSet<>();
        out.add(word);
        for (String prefix : prefixes) {
            if (word.startsWith(prefix)) {
                out.add(word.substring(prefix.length()));
            }
        }
        return out;
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
