package talkwatch.match;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Readings of a normalized Arabic word with its attached clitics removed: conjunction و/ف, then preposition ب/ك/ل,
 * then the article ال (ل + ال is written لل). {@code وبالاستانه} reads as itself, {@code بالاستانه},
 * {@code الاستانه} and {@code استانه}.
 */
final class Clitics {

    /** A stripped word keeps at least this many letters, so short words are not taken apart. */
    private static final int MIN_STEM = 2;

    /**
     * Every clitic prefix {@link #readings} can remove, as one string: a conjunction, then a preposition, then the
     * article (each optional), or a conjunction then لل.
     */
    private static final List<String> PREFIXES = prefixes();

    private Clitics() {}

    /**
     * True when {@code reading} is one of the {@link #readings} of {@code word}; what matching asks, answered without
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

    static Set<String> readings(String word) {
        Set<String> readings = new LinkedHashSet<>();
        addReadings(word, readings);
        return readings;
    }

    /**
     * The form a configured keyword word is compared in: without the article ال. Keywords are written without other
     * clitics, and stripping و ب ك ل ف from them would take apart words such as لبنان.
     */
    static String bare(String word) {
        return word.startsWith("ال") && word.length() - 2 >= MIN_STEM ? word.substring(2) : word;
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
        if (stripped.length() >= MIN_STEM) {
            out.add(stripped);
        }
    }
}
