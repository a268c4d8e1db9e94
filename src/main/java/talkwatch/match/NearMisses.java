package talkwatch.match;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import talkwatch.arabic.TermExtractor;

/**
 * The articles a topic does not match that read most like those it does: where a topic's missing words show. A word
 * belongs to the topic's news when at least two of the articles it matches hold it (after stemming, in their headline
 * or opening) and no more articles it does not match hold it than articles it matches; an article it does not match is
 * near as its headline holds such words (each counts twice) and its opening more of them. Those it names beside each
 * near miss, as its headline writes them, are the words the operator may add, or recognize as another story's.
 *
 * @param <A> what an article is to the caller, handed back with its words
 */
public final class NearMisses<A> {

    /** Words of the topic's news in the headline count twice as much as in the opening. */
    private static final int HEADLINE_WEIGHT = 2;
    /** A near miss holds at least this weight: two words of the headline, or one and two of the opening. */
    private static final int MIN_SCORE = 4;

    /** Between the words of a headline, as it writes them (the terms are normalized, the words shown are not). */
    private static final Pattern WORD_BREAK = Pattern.compile("[^\\p{L}\\p{M}\\p{N}]+");

    private final TermExtractor terms;
    private final Map<String, Integer> inMatched = new HashMap<>();
    private final Map<String, Integer> inOthers = new HashMap<>();
    private final List<Unmatched<A>> unmatched = new ArrayList<>();

    /**
     * One article the topic does not match: the terms of its headline, each with the headline's word it stems from,
     * and the terms of its opening.
     */
    private record Unmatched<A>(A article, Map<String, String> headline, List<String> opening) {}

    /** An article the topic does not match, the score it is near with, and the words of the topic's news it holds. */
    public record Near<A>(A article, int score, List<String> words) {}

    public NearMisses(TermExtractor terms) {
        this.terms = terms;
    }

    /** Takes an article: its headline, the opening of its text, and whether the topic matches it. */
    public void add(A article, String headline, String opening, boolean matched) {
        Map<String, String> headlineTerms = new LinkedHashMap<>();
        for (String written : WORD_BREAK.split(headline)) {
            for (String term : terms.terms(written)) {
                headlineTerms.putIfAbsent(term, written);
            }
        }
        List<String> openingTerms = terms.terms(opening).stream().distinct().toList();
        Map<String, Integer> counts = matched ? inMatched : inOthers;
        Set<String> held = new HashSet<>(headlineTerms.keySet());
        held.addAll(openingTerms);
        held.forEach(term -> counts.merge(term, 1, Integer::sum));
        if (!matched) {
            unmatched.add(new Unmatched<>(article, headlineTerms, openingTerms));
        }
    }

    /** The {@code limit} nearest misses, nearest first (the earlier taken first among equals). */
    public List<Near<A>> nearest(int limit) {
        List<Near<A>> near = new ArrayList<>();
        for (Unmatched<A> article : unmatched) {
            List<String> words = new ArrayList<>();
            int score = 0;
            for (Map.Entry<String, String> term : article.headline().entrySet()) {
                if (ofTheTopic(term.getKey())) {
                    words.add(term.getValue());
                    score += HEADLINE_WEIGHT;
                }
            }
            for (String term : article.opening()) {
                if (!article.headline().containsKey(term) && ofTheTopic(term)) {
                    score++;
                }
            }
            if (score >= MIN_SCORE && !words.isEmpty()) {
                near.add(new Near<>(article.article(), score, List.copyOf(words)));
            }
        }
        near.sort(Comparator.comparingInt(n -> -n.score())); // stable: the earlier taken first among equals
        return near.stream().limit(limit).toList();
    }

    private boolean ofTheTopic(String term) {
        int matched = inMatched.getOrDefault(term, 0);
        return matched >= 2 && inOthers.getOrDefault(term, 0) <= matched;
    }
}
