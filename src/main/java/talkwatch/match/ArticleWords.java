package talkwatch.match;

import java.util.ArrayList;
import java.util.List;
import talkwatch.arabic.TermExtractor;

/** The normalized words of an article's title or body, read with their clitics ({@link Clitics#reads}). */
final class ArticleWords {

    private final List<String> words;

    /** Stands for a word that was {@linkplain #without masked}: no term reads as it. */
    private static final String MASKED = "";

    ArticleWords(String text) {
        this(TermExtractor.words(text));
    }

    private ArticleWords(List<String> words) {
        this.words = words;
    }

    /**
     * These words with every occurrence of {@code phrases} masked, so that a term counts only outside them: «أوكرانيا»
     * is news of Ukraine in «كييف تقترح الحياد»، not in «وفد أوكرانيا», a delegation the topic already named.
     */
    ArticleWords without(List<Phrase> phrases) {
        List<String> masked = null;
        for (Phrase phrase : phrases) {
            int length = phrase.words().size();
            for (int start = phrase.indexIn(this, 0); start >= 0; start = phrase.indexIn(this, start + 1)) {
                if (masked == null) {
                    masked = new ArrayList<>(words);
                }
                for (int k = start; k < start + length; k++) {
                    masked.set(k, MASKED);
                }
            }
        }
        return masked == null ? this : new ArticleWords(masked);
    }

    /**
     * The words before the first occurrence of any of {@code phrases}, or all of them when none occurs: «معارك في حجة»
     * of «معارك في حجة بالتزامن مع مشاورات السويد».
     */
    ArticleWords before(List<Phrase> phrases) {
        int end = words.size();
        for (Phrase phrase : phrases) {
            int start = phrase.indexIn(this, 0);
            if (start >= 0 && start < end) {
                end = start;
            }
        }
        return end == words.size() ? this : new ArticleWords(words.subList(0, end));
    }

    /** True when one of {@code phrases} is where these words begin. */
    boolean opensWith(List<Phrase> phrases) {
        return phrases.stream().anyMatch(phrase -> phrase.indexIn(this, 0) == 0);
    }

    int size() {
        return words.size();
    }

    /** True when the word at {@code index} reads as {@code bare} once its clitics are removed. */
    boolean reads(int index, String bare) {
        String word = words.get(index);
        return !word.isEmpty() && Clitics.reads(word, bare);
    }

    /** Like {@link #reads} for a word of a phrase ({@link Clitics#readsInPhrase}). */
    boolean readsInPhrase(int index, String bare, boolean last) {
        String word = words.get(index);
        return !word.isEmpty() && Clitics.readsInPhrase(word, bare, last);
    }
}
