package talkwatch.match;

import java.util.ArrayList;
import java.util.List;

/**
 * Readings of a normalized Arabic word with its attached clitics removed: conjunction و/ف, then preposition ب/ك/ل,
 * then the article ال (ل + ال is written لل). {@code وبالاستانه} reads as itself, {@code بالاستانه},
 * {@code الاستانه} and {@code استانه}.
 */
final class Clitics {

    /** A stripped word keeps at least this many letters, so short words are not taken apart. */
    private static final int MIN_STEM = 2;

    /**
     * Every clitic prefix a reading can remove, as one string: a conjunction, then a preposition, then the
     * article (each optional), or a conjunction then لل.
     */
    private static final List<String> PREFIXES = prefixes();

    private Clitics() {}

    /**
     * True when {@code reading} is a reading of {@code word}; what matching asks, answered without
     * building the readings: {@code word} is {@code reading} behind one of the prefixes.
     */
    static boolean reads(String word, String reading) {
        if (word.equals(reading)) {
            return true;
        }
        if (reading.length() < MIN_STEM || !word.endsWith(reading)) {
            return false;
        }
        int prefixLength = word.length() - reading.length();
        for (String prefix : PREFIXES) {
            if (prefix.length() == prefixLength && word.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Every reading of {@code word}: itself, and what is left behind each clitic prefix it starts with. {@code
     * reads(word, reading)} holds exactly for these, so a search index can store them and look a reading up.
     */
    static List<String> readings(String word) {
        List<String> readings = new ArrayList<>(4);
        readings.add(word);
        for (String prefix : PREFIXES) {
            if (!prefix.isEmpty() && word.startsWith(prefix) && word.length() - prefix.length() >= MIN_STEM) {
                readings.add(word.substring(prefix.length()));
            }
        }
        return readings;
    }

    private static List<String> prefixes() {
        List<String> prefixes = new ArrayList<>();
        for (String conjunction : List.of("", "و", "ف")) {
            for (String preposition : List.of("", "ب", "ك", "ل")) {
                prefixes.add(conjunction + preposition);
                prefixes.add(conjunction + preposition + "ال");
            }
            prefixes.add(conjunction + "لل");
        }
        return List.copyOf(prefixes);
    }

    /**
     * The form a configured keyword word is compared in: without the article ال. Keywords are written without other
     * clitics, and stripping و ب ك ل ف from them would take apart words such as لبنان.
     */
    static String bare(String word) {
        return word.startsWith("ال") && word.length() - 2 >= MIN_STEM ? word.substring(2) : word;
    }
}
