package talkwatch.match;

import java.util.List;
import talkwatch.arabic.TermExtractor;

/** The normalized words of an article's title or body, read with their clitics ({@link Clitics#reads}). */
final class ArticleWords {

    private final List<String> words;

    ArticleWords(String text) {
        this.words = TermExtractor.words(text);
    }

    int size() {
        return words.size();
    }

    /** True when the word at {@code index} reads as {@code bare} once its clitics are removed. */
    boolean reads(int index, String bare) {
        return Clitics.reads(words.get(index), bare);
    }

    /** Like {@link #reads} for a word of a phrase ({@link Clitics#readsInPhrase}). */
    boolean readsInPhrase(int index, String bare, boolean last) {
        return Clitics.readsInPhrase(words.get(index), bare, last);
    }
}
