package talkwatch.summary;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Coordinate ascent over {@link RankingWeights} on the EASC dev split, maximizing the mean of ROUGE-1 and ROUGE-2
 * F1. The lead weight stays 1 (scores are compared, so only the ratios matter). Run through
 * {@code EascEvaluation tune}; never point it at the test split.
 */
final class WeightSearch {

    private static final double[] STEPS = {-0.4, -0.2, -0.1, -0.05, 0.05, 0.1, 0.2, 0.4};

    private final List<EascCorpus.Article> articles;
    private final List<Document> documents;
    private final List<List<SentenceFeatures>> features;
    private final List<Map<String, Double>> memo = new ArrayList<>();

    private WeightSearch(List<EascCorpus.Article> articles) {
        this.articles = articles;
        this.documents = EascEvaluation.documents(articles);
        this.features = documents.stream().map(SentenceFeatures::of).toList();
        articles.forEach(a -> memo.add(new HashMap<>()));
    }

    public static void main(String[] args) {
        WeightSearch search = new WeightSearch(EascCorpus.read("dev"));
        double[] best = RankingWeights.DEFAULT.toArray();
        double bestScore = search.objective(best);
        System.out.printf("start %s -> %.4f%n", RankingWeights.of(best), bestScore);
        boolean improved = true;
        for (int round = 0; round < 8 && improved; round++) {
            improved = false;
            for (int dim = 1; dim < best.length; dim++) {
                for (double step : STEPS) {
                    double[] trial = best.clone();
                    trial[dim] = Math.round((trial[dim] + step) * 100) / 100.0;
                    double score = search.objective(trial);
                    if (score > bestScore + 1e-5) {
                        best = trial;
                        bestScore = score;
                        improved = true;
                    }
                }
            }
            System.out.printf("round %d %s -> %.4f%n", round, RankingWeights.of(best), bestScore);
        }
    }

    /** Mean over dev articles of (ROUGE-1 F + ROUGE-2 F) / 2. */
    double objective(double[] weights) {
        RankingWeights w = RankingWeights.of(weights);
        double total = 0;
        for (int i = 0; i < articles.size(); i++) {
            Document document = documents.get(i);
            List<Sentence> chosen = SentenceSelector.select(
                    document,
                    features.get(i),
                    w,
                    EascEvaluation.budget(document.sentences().size()));
            String key = chosen.stream().map(s -> Integer.toString(s.index())).collect(Collectors.joining(","));
            int article = i;
            total += memo.get(i).computeIfAbsent(key, k -> {
                String summary =
                        String.join(" ", chosen.stream().map(Sentence::text).toList());
                Rouge.Scores scores = Rouge.score(summary, articles.get(article).references());
                return (scores.rouge1() + scores.rouge2()) / 2;
            });
        }
        return total / articles.size();
    }
}
