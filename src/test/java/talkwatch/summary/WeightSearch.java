package talkwatch.summary;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import talkwatch.arabic.TermExtractor;
import talkwatch.testing.Corpora;

/**
 * Coordinate ascent over {@link RankingWeights} on the EASC dev split, maximizing the mean of ROUGE-1 and ROUGE-2
 * F1. The lead weight stays 1 (scores are compared, so only the ratios matter). It first estimates how well the
 * search generalizes by 3-fold cross-validation inside dev, then searches on the whole of dev. Run through
 * {@code EascEvaluation tune}; never point it at the test split.
 */
final class WeightSearch {

    private static final double[] STEPS = {-0.4, -0.2, -0.1, -0.05, 0.05, 0.1, 0.2, 0.4};
    private static final int FOLDS = 3;
    private static final int ROUNDS = 10;

    private final List<EascCorpus.Article> articles;
    private final List<Document> documents;
    private final List<List<SentenceFeatures>> features;
    private final List<Map<String, Double>> memo = new ArrayList<>();

    private WeightSearch(List<EascCorpus.Article> articles) {
        this.articles = articles;
        TermExtractor extractor = new TermExtractor();
        this.documents =
                articles.stream().map(a -> Document.read(a.text(), extractor)).toList();
        this.features = documents.stream().map(SentenceFeatures::of).toList();
        articles.forEach(a -> memo.add(new HashMap<>()));
    }

    public static void main(String[] args) {
        WeightSearch search = new WeightSearch(EascCorpus.read(Corpora.eascOrExit(), "dev"));
        int n = search.articles.size();
        double start = 0;
        double tuned = 0;
        for (int fold = 0; fold < FOLDS; fold++) {
            int held = fold;
            List<Integer> train =
                    IntStream.range(0, n).filter(i -> i % FOLDS != held).boxed().toList();
            List<Integer> test =
                    IntStream.range(0, n).filter(i -> i % FOLDS == held).boxed().toList();
            double[] weights = search.search(RankingWeights.DEFAULT.toArray(), train, false);
            start += search.objective(RankingWeights.DEFAULT.toArray(), test) / FOLDS;
            tuned += search.objective(weights, test) / FOLDS;
        }
        System.out.printf("3-fold CV on dev, held-out (R1+R2)/2: current default %.4f, re-tuned %.4f%n", start, tuned);
        List<Integer> all = IntStream.range(0, n).boxed().toList();
        double[] best = search.search(RankingWeights.DEFAULT.toArray(), all, true);
        System.out.printf("whole dev: %s -> %.4f%n", RankingWeights.of(best), search.objective(best, all));
    }

    private double[] search(double[] from, List<Integer> docs, boolean verbose) {
        return CoordinateAscent.maximize(
                from,
                1,
                STEPS,
                ROUNDS,
                w -> objective(w, docs),
                verbose
                        ? (round, best, score) ->
                                System.out.printf("round %d %s -> %.4f%n", round, RankingWeights.of(best), score)
                        : CoordinateAscent.Progress.NONE);
    }

    /** Mean over the given dev articles of (ROUGE-1 F + ROUGE-2 F) / 2. */
    private double objective(double[] weights, List<Integer> docs) {
        RankingWeights w = RankingWeights.of(weights);
        double total = 0;
        for (int i : docs) {
            Document document = documents.get(i);
            List<Sentence> chosen = SentenceSelector.select(
                    document,
                    features.get(i),
                    w,
                    EascEvaluation.budget(document.sentences().size()));
            String key = chosen.stream().map(s -> Integer.toString(s.index())).collect(Collectors.joining(","));
            EascCorpus.Article article = articles.get(i);
            total += memo.get(i).computeIfAbsent(key, k -> {
                String summary = chosen.stream().map(Sentence::text).collect(Collectors.joining(" "));
                Rouge.Scores scores = Rouge.score(summary, article.references());
                return (scores.rouge1() + scores.rouge2()) / 2;
            });
        }
        return total / docs.size();
    }
}
