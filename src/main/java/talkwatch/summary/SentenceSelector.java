package talkwatch.summary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
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
        for (Sentence sentence : ranked) {
            if (chosen.size() == count) {
                break;
            }
            if (chosen.stream().noneMatch(c -> nearlyIdentical(c, sentence))) {
                chosen.add(sentence);
            }
        }
        chosen.sort(Comparator.comparingInt(Sentence::index));
        return chosen;
    }

    private static List<Sentence> candidates(List<Sentence> sentences) {
        List<Sentence> content = sentences.stream()
                .filter(s -> !Boilerplate.isBoilerplate(s.text()))
                .toList();
        List<Sentence> full =
                content.stream().filter(s -> s.words() >= MIN_WORDS).toList();
        return full.isEmpty() ? content : full;
    }

    static boolean nearlyIdentical(Sentence a, Sentence b) {
        if (a.text().equals(b.text())) {
            return true;
        }
        Set<String> aTerms = new HashSet<>(a.terms());
        Set<String> union = new HashSet<>(aTerms);
        union.addAll(b.terms());
        long shared = new HashSet<>(b.terms()).stream().filter(aTerms::contains).count();
        return !union.isEmpty() && (double) shared / union.size() >= DUPLICATE_OVERLAP;
    }
}
