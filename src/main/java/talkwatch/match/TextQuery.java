package talkwatch.match;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import talkwatch.arabic.TermExtractor;

/**
 * What a reader searches for: words that must all occur, each in any of the texts searched, read the way topic
 * keywords are (normalized, with any clitics: {@code بأستانا} finds {@code أستانا}, {@code المعتقلين} finds
 * {@code معتقلين}, whatever the hamza or ta marbuta).
 */
public final class TextQuery {

    private final String text;
    private final List<Phrase> words;

    private TextQuery(String text, List<Phrase> words) {
        this.text = text;
        this.words = words;
    }

    /** The query in {@code text}, or empty when it has no letters or digits. */
    public static Optional<TextQuery> of(String text) {
        List<Phrase> words = new ArrayList<>();
        for (String word : TermExtractor.words(text)) {
            Phrase phrase = Phrase.of(word);
            if (words.stream().noneMatch(known -> known.words().equals(phrase.words()))) {
                words.add(phrase);
            }
        }
        return words.isEmpty() ? Optional.empty() : Optional.of(new TextQuery(text.strip(), List.copyOf(words)));
    }

    /** The query as the reader wrote it. */
    public String text() {
        return text;
    }

    /** How many distinct words the query holds. */
    public int size() {
        return words.size();
    }

    /**
     * The terms to index texts under for full-text search (talkwatch.store.SearchIndex): each of their words with every reading of
     * it, once. The texts a query {@link #matches} are among those whose terms hold all of its {@link #indexWords}.
     */
    public static String indexTerms(List<String> texts) {
        Set<String> terms = new LinkedHashSet<>();
        for (String text : texts) {
            for (String word : TermExtractor.words(text)) {
                terms.addAll(Clitics.readings(word));
            }
        }
        return String.join(" ", terms);
    }

    /** The words a text indexed by {@link #indexTerms} must all have among its terms to match: each once. */
    public List<String> indexWords() {
        return words.stream()
                .flatMap(phrase -> phrase.words().stream())
                .distinct()
                .toList();
    }

    /** True when every word of the query occurs in one of {@code texts}. */
    public boolean matches(List<String> texts) {
        List<ArticleWords> read = texts.stream().map(ArticleWords::new).toList();
        return words.stream().allMatch(word -> read.stream().anyMatch(word::occursIn));
    }
}
