package talkwatch.summary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/** Chooses the best-scoring candidate sentences, skipping boilerplate, fragments and near-duplicates. */
final class SentenceSelector {

    static final int MIN_WORDS = 4;
    private static final double DUPLICATE_OVERLAP = 0.8;

    private SentenceSelector() {}

    /** Returns up to {@code count} sentences of {@code document}, in article order. */
    static List<Sentence> select(
            Document document, List<SentenceFeatures> features, RankingWeights weights, int count) {
        double[] score = features.stream().mapToDouble(weights::score).toArray();
        List<Sentence> ranked = new ArrayList<>(candidates(document.sentences()));
        ranked.sort(
                Comparator.comparingDouble((Sentence s) -> -score[s.index()]).thenComparingInt(Sentence::index));
        List<Sentence> chosen = new ArrayList<>();
        List<Set<String>> chosenTerms = new ArrayList<>();
        for (Sentence sentence : ranked) {
            if (chosen.size() == count) {
                break;
            }
            Set<String> terms = sentence.termSet();
            if (chosenTerms.stream().noneMatch(c -> nearlyIdentical(c, terms))) {
                chosen.add(sentence);
                chosenTerms.add(terms);
            }
        }
        chosen.sort(Comparator.comparingInt(Sentence::index));
        return chosen;
    }

    private static List<Sentence> candidates(List<Sentence> sentences) {
        List<Sentence> content = sentences.stream()
                .filter(s -> !s.boilerplate() && !isTeaser(s, sentences))
                .toList();
        List<Sentence> full =
                content.stream().filter(s -> s.words() >= MIN_WORDS).toList();
        return full.isEmpty() ? content : full;
    }

    /**
     * True for a cut-off copy of a later sentence, such as a feed's teaser ending in "…": its terms, but for the last
     * (possibly cut) one, open that sentence.
     */
    static boolean isTeaser(Sentence teaser, List<Sentence> sentences) {
        String text = teaser.text();
        if (!(text.endsWith("…") || text.endsWith("..."))) {
            return false;
        }
        List<String> terms =
                teaser.terms().subList(0, Math.max(0, teaser.terms().size() - 1));
        return !terms.isEmpty()
                && sentences.stream()
                        .skip(teaser.index() + 1)
                        .anyMatch(later -> later.terms().size() > terms.size()
                                && later.terms().subList(0, terms.size()).equals(terms));
    }

    /** True when the two term sets share at least {@value #DUPLICATE_OVERLAP} of their union (Jaccard). */
    static boolean nearlyIdentical(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return false;
        }
        int shared = 0;
        for (String term : b) {
            if (a.contains(term)) {
                shared++;
            }
        }
        return (double) shared / (a.size() + b.size() - shared) >= DUPLICATE_OVERLAP;
    }
}
