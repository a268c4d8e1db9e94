package talkwatch.arabic;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.ar.ArabicStemmer;

/**
 * Turns text into the terms used for ranking: {@link ArabicText#normalize normalized} words, stop words removed,
 * light-stemmed with Lucene's {@link ArabicStemmer} (strips ال وال بال … and common suffixes).
 *
 * <p>The stop list is Lucene's Arabic list ({@link ArabicAnalyzer#getDefaultStopSet()}) normalized the same way,
 * checked before and after stemming (so {@code وأيضا} goes too), plus news reporting verbs ({@code قال},
 * {@code أضاف}, …) and function words the list lacks. Digits are kept as terms. Instances are thread-safe and
 * remember the terms of the words they have seen (a bounded cache); build one and share it.
 */
public final class TermExtractor {

    private static final List<String> EXTRA_STOP_WORDS = List.of(
            "قال", "وقال", "قالت", "وقالت", "أضاف", "وأضاف", "أضافت", "وأضافت", "أوضح", "وأوضح", "أكد", "وأكد", "أشار",
            "وأشار", "يذكر", "ويذكر", "كان", "وكان", "كانت", "وكانت", "ذلك", "هذا", "هذه", "التي", "الذي", "الذين",
            "أيضا", "إلى", "على", "عن", "مع", "بين", "بعد", "قبل", "حيث", "خلال", "حول", "كل", "أي");

    /**
     * Words cached at most by {@link #stems}: a few megabytes. News vocabulary is Zipfian, so the words seen first
     * (the frequent ones) cover most of the words of later articles.
     */
    private static final int CACHED_WORDS = 100_000;
    /** The cached "term" of a word that gives none; compared by identity. */
    @SuppressWarnings("StringOperationCanBeSimplified")
    private static final String NO_TERM = new String("");

    private final Set<String> stopWords;
    /**
     * The term of each word seen (or {@link #NO_TERM}): most words of an article have been stemmed before, and a
     * lookup costs less than the stop list checks and the stemmer. Bounded: once it holds {@value #CACHED_WORDS}
     * words, other words are stemmed every time.
     */
    private final Map<String, String> termOf = new ConcurrentHashMap<>();

    private final ArabicStemmer stemmer = new ArabicStemmer(); // stateless

    public TermExtractor() {
        Set<String> words = new HashSet<>();
        for (Object word : ArabicAnalyzer.getDefaultStopSet()) {
            words.add(ArabicText.normalize(word instanceof char[] chars ? new String(chars) : word.toString()));
        }
        for (String word : EXTRA_STOP_WORDS) {
            words.add(ArabicText.normalize(word));
        }
        this.stopWords = Set.copyOf(words);
    }

    /** Returns the stemmed content terms of {@code text} in order of occurrence, repeats included. */
    public List<String> terms(String text) {
        return stems(words(text));
    }

    /** Returns the stemmed content terms among already {@link #words normalized words}. */
    public List<String> stems(List<String> words) {
        List<String> terms = new ArrayList<>(words.size());
        for (String word : words) {
            String term = termOf.get(word);
            if (term == null) {
                term = term(word);
                if (termOf.size() < CACHED_WORDS) {
                    termOf.put(word, term);
                }
            }
            if (term != NO_TERM) {
                terms.add(term);
            }
        }
        return terms;
    }

    /** The stemmed term of a normalized word, or {@link #NO_TERM} for a stop word or a one-letter stem. */
    private String term(String word) {
        if (stopWords.contains(word)) {
            return NO_TERM;
        }
        char[] chars = word.toCharArray();
        int length = stemmer.stem(chars, chars.length);
        if (length < 2 && !Character.isDigit(chars[0])) {
            return NO_TERM;
        }
        String stem = length == chars.length ? word : new String(chars, 0, length);
        return stem == word || !stopWords.contains(stem) ? stem : NO_TERM;
    }

    /**
     * Returns the normalized words of {@code text}: runs of letters, or of digits ({@code أستانا3} gives
     * {@code استانا} and {@code 3}); no stemming, no stop list.
     */
    public static List<String> words(String text) {
        return wordsOfNormalized(ArabicText.normalize(text));
    }

    /** Like {@link #words} for text that is already {@link ArabicText#normalize normalized}. */
    public static List<String> wordsOfNormalized(String normalized) {
        List<String> words = new ArrayList<>();
        int start = 0;
        int kind = 0; // 0 outside a word, 1 letters, 2 digits
        for (int i = 0; i <= normalized.length(); i++) {
            int kindHere = i == normalized.length() ? 0 : kindOf(normalized.charAt(i));
            if (kindHere != kind) {
                if (kind != 0) {
                    words.add(normalized.substring(start, i));
                }
                start = i;
                kind = kindHere;
            }
        }
        return words;
    }

    private static int kindOf(char c) {
        if (c == ' ') {
            return 0;
        }
        if (c >= '\u0621' && c <= '\u064A' && c != '\u0640') { // Arabic letters, the bulk of the text
            return 1;
        }
        if (Character.isDigit(c)) {
            return 2;
        }
        return Character.isLetter(c) ? 1 : 0;
    }
}
