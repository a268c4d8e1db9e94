package talkwatch.match;

import java.util.ArrayList;
import java.util.List;

/**
 * Readings of a normalized Arabic word with its attached clitics removed: before the word, the conjunction و/ف, then
 * the preposition ب/ك/ل, then the article ال (ل + ال is written لل); after it, a pronoun (ـها ـهم ـهما ـهن ـه ـي ـنا
 * ـكم), before which a ta marbuta is written ت. {@code وبالاستانه} reads as itself, {@code بالاستانه}, {@code الاستانه}
 * and {@code استانه}; {@code وجولتها} as {@code جوله} too, and {@code اجتماعاتها} as {@code اجتماعات}.
 */
final class Clitics {

    /** A stripped word keeps at least this many letters, so short words are not taken apart. */
    private static final int MIN_STEM = 2;
    /** Behind a pronoun, at least this many: a two-letter word with one more letter is too often another word. */
    private static final int MIN_STEM_BEFORE_PRONOUN = 3;

    /**
     * Every clitic prefix a reading can remove, as one string: a conjunction, then a preposition, then the
     * article (each optional), or a conjunction then لل.
     */
    private static final List<String> PREFIXES = prefixes();

    /** The pronouns a reading can remove from the end, longest first; the second person singular is left out. */
    private static final List<String> PRONOUNS = List.of("هما", "ها", "هم", "هن", "نا", "كم", "ه", "ي");

    private Clitics() {}

    /**
     * True when {@code reading} is a reading of {@code word}; what matching asks, answered without
     * building the readings: {@code word} is {@code reading} behind one of the prefixes, and maybe before a pronoun.
     */
    static boolean reads(String word, String reading) {
        if (word.equals(reading)) {
            return true;
        }
        int length = reading.length();
        if (length < MIN_STEM || word.length() <= length) {
            return false;
        }
        if (word.endsWith(reading) && behindPrefix(word, word.length() - length)) {
            return true;
        }
        char last = word.charAt(word.length() - 1);
        if (length < MIN_STEM_BEFORE_PRONOUN
                || (last != 'ا' && last != 'م' && last != 'ن' && last != 'ه' && last != 'ي')) {
            return false; // no pronoun ends otherwise: most words are turned away here
        }
        boolean taMarbuta = reading.charAt(length - 1) == 'ه';
        for (String pronoun : PRONOUNS) {
            int end = word.length() - pronoun.length(); // where the word proper ends
            int start = end - length;
            if (start < 0
                    || word.charAt(start) != reading.charAt(0)
                    || !word.endsWith(pronoun)
                    || !behindPrefix(word, start)) {
                continue;
            }
            if (word.regionMatches(start, reading, 0, length)
                    || (taMarbuta
                            && word.charAt(end - 1) == 'ت'
                            && word.regionMatches(start, reading, 0, length - 1))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Like {@link #reads}, for a word of a phrase of several words: only its last word may carry a pronoun, as in
     * Arabic, where a noun with a pronoun cannot be followed by the rest of its phrase: {@code اجتماعه بأستانا} («its
     * meeting in Astana», a bank's) is not the phrase {@code اجتماع أستانا}, while {@code اجتماعات بأستانا} and
     * {@code محادثات أستانا ونتائجها} hold theirs.
     */
    static boolean readsInPhrase(String word, String reading, boolean last) {
        if (last) {
            return reads(word, reading);
        }
        if (word.equals(reading)) {
            return true;
        }
        int prefix = word.length() - reading.length();
        return reading.length() >= MIN_STEM && prefix > 0 && word.endsWith(reading) && behindPrefix(word, prefix);
    }

    /** True when the first {@code length} letters of {@code word} are one of the prefixes (or none). */
    private static boolean behindPrefix(String word, int length) {
        if (length == 0) {
            return true;
        }
        for (String prefix : PREFIXES) {
            if (prefix.length() == length && word.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Every reading of {@code word}: {@link #reads}{@code (word, reading)} holds exactly for these, so a search index
     * can store them and look a reading up.
     */
    static List<String> readings(String word) {
        List<String> readings = new ArrayList<>(8);
        readings.add(word);
        for (String prefix : PREFIXES) {
            if (!prefix.isEmpty() && word.startsWith(prefix) && word.length() - prefix.length() >= MIN_STEM) {
                readings.add(word.substring(prefix.length()));
            }
        }
        for (String prefix : PREFIXES) {
            if (!word.startsWith(prefix)) {
                continue;
            }
            for (String pronoun : PRONOUNS) {
                int end = word.length() - pronoun.length();
                if (end - prefix.length() < MIN_STEM_BEFORE_PRONOUN || !word.endsWith(pronoun)) {
                    continue;
                }
                String stem = word.substring(prefix.length(), end);
                addOnce(readings, stem);
                if (stem.endsWith("ت")) {
                    addOnce(readings, stem.substring(0, stem.length() - 1) + "ه");
                }
            }
        }
        return readings;
    }

    private static void addOnce(List<String> readings, String reading) {
        if (!readings.contains(reading)) {
            readings.add(reading);
        }
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
