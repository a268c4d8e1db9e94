package talkwatch.summary;

import java.util.List;
import java.util.Set;

/**
 * One sentence of an article body.
 *
 * @param index position in the body, from 0
 * @param text the original wording, as shown to readers
 * @param terms normalized, stemmed content terms, for ranking only
 * @param words number of words, stop words included
 * @param boilerplate whether the sentence is page furniture rather than content ({@link Boilerplate})
 */
record Sentence(int index, String text, List<String> terms, int words, boolean boilerplate) {

    Sentence {
        terms = List.copyOf(terms);
    }

    /** The distinct terms, for duplicate detection. */
    Set<String> termSet() {
        return Set.copyOf(terms);
    }
}
