package talkwatch.summary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Chooses the best-scoring candidate sentences, skipping boilerplate, fragments and near-duplicates (of each other or
 * of the headline).
 */
final class SentenceSelector {

    static final int MIN_WORDS = 4;
    private static final double DUPLICATE_OVERLAP = 0.8;
    private static final Pattern LIST_ITEM = Pattern.compile("^([-–—•*·▪◦]|[0-9٠-٩]{1,2}\\s?[-.)])\\s");

    private SentenceSelector() {}

    /** Returns up to {@code count} sentences of {@code document}, in article order. */
    static List<Sentence> select(
            Document document, List<SentenceFeatures> features, RankingWeights weights, int count) {
        return select(document, features, weights, count, Integer.MAX_VALUE);
    }

    /**
     * Returns up to {@code count} sentences of {@code document}, in article order, whose lengths plus one separator
     * between each two add up to at most {@code maxChars}. Candidates are taken best first; one that does not fit in
     * what is left is skipped for the next that does, so a long sentence gives way to shorter ones ranked below it.
     * When not even one candidate fits, the shortest of the {@code count} best is returned alone, whole: a sentence
     * is never cut, and an article is never left without a summary.
     */
    static List<Sentence> select(
            Document document, List<SentenceFeatures> features, RankingWeights weights, int count, int maxChars) {
        double[] score = features.stream().mapToDouble(weights::score).toArray();
        List<Sentence> ranked = new ArrayList<>(candidates(document.sentences()));
        ranked.sort(
                Comparator.comparingDouble((Sentence s) -> -score[s.index()]).thenComparingInt(Sentence::index));
        List<Sentence> chosen = new ArrayList<>();
        // The headline is shown above the summary: a sentence that repeats it would say the same thing twice.
        List<Set<String>> chosenTerms = new ArrayList<>();
        if (!document.headlineTerms().isEmpty()) {
            chosenTerms.add(Set.copyOf(document.headlineTerms()));
        }
        long used = 0;
        for (Sentence sentence : ranked) {
            if (chosen.size() == count) {
                break;
            }
            long length = sentence.text().length() + (chosen.isEmpty() ? 0 : 1);
            if (used + length > maxChars) {
                continue;
            }
            Set<String> terms = sentence.termSet();
            if (chosenTerms.stream().noneMatch(c -> nearlyIdentical(c, terms))) {
                chosen.add(sentence);
                chosenTerms.add(terms);
                used += length;
            }
        }
        if (chosen.isEmpty() && !ranked.isEmpty()) {
            ranked.stream()
                    .limit(count)
                    .min(Comparator.comparingInt((Sentence s) -> s.text().length()))
                    .ifPresent(chosen::add);
        }
        chosen.sort(Comparator.comparingInt(Sentence::index));
        return chosen;
    }

    private static List<Sentence> candidates(List<Sentence> sentences) {
        List<Sentence> content = sentences.stream()
                .filter(s -> !s.boilerplate() && !isTeaser(s, sentences) && !isListPart(s))
                .toList();
        List<Sentence> full =
                content.stream().filter(s -> s.words() >= MIN_WORDS).toList();
        return full.isEmpty() ? content : full;
    }

    /**
     * True for a list item ("- تبادل المعتقلين", "• …", "2) …") or the line that introduces a list (ending in ":"):
     * out of their list they say little, and a summary shows them without it.
     */
    static boolean isListPart(Sentence sentence) {
        String text = sentence.text();
        return text.endsWith(":") || LIST_ITEM.matcher(text).lookingAt();
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
