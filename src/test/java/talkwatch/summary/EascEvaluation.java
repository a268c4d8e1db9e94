package talkwatch.summary;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

/**
 * Scores the summarizer on the EASC corpus against the lead and random baselines, under the protocol of
 * {@code data/easc/README.md}: budget max(1, round(0.38 × sentences)), ROUGE F1 against each of the five references,
 * averaged per article then over articles.
 *
 * <pre>
 * mvn -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) talkwatch.summary.EascEvaluation dev|test|tune
 * </pre>
 *
 * or, with the exec plugin, {@code mvn -q -B test-compile exec:java -Dexec.mainClass=talkwatch.summary.EascEvaluation
 * -Dexec.args=test}. Run from the repository root (data is read from {@code ../shared} unless {@code talkwatch.shared}
 * is set). {@code tune} searches {@link RankingWeights} on the dev split only and prints the best weights found.
 * Figures and their reading: {@code docs/BENCHMARKS.md}.
 */
public final class EascEvaluation {

    static final double RATIO = 0.38;
    private static final long RANDOM_SEED = 42;

    private EascEvaluation() {}

    public static void main(String[] args) {
        String mode = args.length == 0 ? "dev" : args[0];
        if (mode.equals("tune")) {
            WeightSearch.main(args);
            return;
        }
        if (!mode.equals("dev") && !mode.equals("test")) {
            System.err.println("usage: EascEvaluation dev|test|tune");
            System.exit(2);
        }
        List<EascCorpus.Article> articles = EascCorpus.read(mode);
        Summarizer summarizer = new Summarizer();
        Random random = new Random(RANDOM_SEED);
        System.out.printf("EASC %s split, %d articles, budget ratio %.2f%n", mode, articles.size(), RATIO);
        System.out.println("| system | R-1 F | R-2 F | R-L F | tokens/summary |");
        System.out.println("| --- | --- | --- | --- | --- |");
        report("Lead-ratio", articles, a -> lead(a.baselineSentences()));
        report("Random-ratio, seed 42", articles, a -> randomPick(a.baselineSentences(), random));
        report("talkwatch Summarizer", articles, a -> summarizer.summarizeByRatio(a.text(), RATIO));
        report(
                "talkwatch Summarizer, file text with its line breaks",
                articles,
                a -> summarizer.summarizeByRatio(a.original(), RATIO));
    }

    static int budget(int sentences) {
        return Math.max(1, (int) Math.round(RATIO * sentences));
    }

    private static List<String> lead(List<String> sentences) {
        return sentences.subList(0, Math.min(sentences.size(), budget(sentences.size())));
    }

    private static List<String> randomPick(List<String> sentences, Random random) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            order.add(i);
        }
        Collections.shuffle(order, random);
        List<Integer> chosen = new ArrayList<>(order.subList(0, budget(sentences.size())));
        Collections.sort(chosen);
        return chosen.stream().map(sentences::get).toList();
    }

    private static void report(
            String system, List<EascCorpus.Article> articles, Function<EascCorpus.Article, List<String>> summarize) {
        List<Rouge.Scores> scores = new ArrayList<>();
        long tokens = 0;
        for (EascCorpus.Article article : articles) {
            String summary = String.join(" ", summarize.apply(article));
            tokens += Rouge.tokens(summary).size();
            scores.add(Rouge.score(summary, article.references()));
        }
        Rouge.Scores mean = Rouge.Scores.mean(scores);
        System.out.printf(
                "| %s | %.3f | %.3f | %.3f | %.0f |%n",
                system, mean.rouge1(), mean.rouge2(), mean.rougeL(), (double) tokens / articles.size());
    }
}
