package talkwatch.summary;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import talkwatch.testing.Corpora;

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
 * -Dexec.args=test}. Reads EASC where {@link Corpora} finds it ({@code ../shared/data/easc}, or the folder named by
 * {@code TALKWATCH_EASC}), and says so in one line when it cannot. {@code tune} searches {@link RankingWeights} on the dev split only and prints the best weights found.
 * Figures and their reading: {@code docs/BENCHMARKS.md}.
 */
public final class EascEvaluation {

    static final double RATIO = 0.38;
    private static final long RANDOM_SEED = 42;
    private static final Summarizer SUMMARIZER = new Summarizer();

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
        List<EascCorpus.Article> articles = EascCorpus.read(Corpora.eascOrExit(), mode);
        Summarizer summarizer = new Summarizer();
        Random random = new Random(RANDOM_SEED);
        System.out.printf("EASC %s split, %d articles, budget ratio %.2f%n", mode, articles.size(), RATIO);
        System.out.println("| system | R-1 F | R-2 F | R-L F | tokens/summary |");
        System.out.println("| --- | --- | --- | --- | --- |");
        report("Lead-ratio", articles, EascEvaluation::lead);
        report("Random-ratio, seed 42", articles, a -> randomPick(a.baselineSentences(), random));
        report("talkwatch Summarizer", articles, EascEvaluation::ours);
        report(
                "talkwatch Summarizer, file text with its line breaks",
                articles,
                a -> summarizer.summarizeByRatio(a.original(), RATIO));
    }

    static int budget(int sentences) {
        return Math.max(1, (int) Math.round(RATIO * sentences));
    }

    /** Lead-ratio: the first {@link #budget} sentences, as the baselines cut them. */
    static List<String> lead(EascCorpus.Article article) {
        List<String> sentences = article.baselineSentences();
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

    /** The shipped summarizer at the protocol's budget, reading the article's lines joined with a space. */
    static List<String> ours(EascCorpus.Article article) {
        return SUMMARIZER.summarizeByRatio(article.text(), RATIO);
    }

    /** The protocol's score: ROUGE F1 against each of the five references, averaged per article, then over articles. */
    static Rouge.Scores score(List<EascCorpus.Article> articles, Function<EascCorpus.Article, List<String>> summarize) {
        return score(articles, summaries(articles, summarize));
    }

    private static Rouge.Scores score(List<EascCorpus.Article> articles, List<String> summaries) {
        List<Rouge.Scores> scores = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            scores.add(Rouge.score(summaries.get(i), articles.get(i).references()));
        }
        return Rouge.Scores.mean(scores);
    }

    /** Each article's summary, its sentences joined with a space; in article order, so a random pick is repeatable. */
    private static List<String> summaries(
            List<EascCorpus.Article> articles, Function<EascCorpus.Article, List<String>> summarize) {
        List<String> summaries = new ArrayList<>();
        for (EascCorpus.Article article : articles) {
            summaries.add(String.join(" ", summarize.apply(article)));
        }
        return summaries;
    }

    private static void report(
            String system, List<EascCorpus.Article> articles, Function<EascCorpus.Article, List<String>> summarize) {
        List<String> summaries = summaries(articles, summarize);
        Rouge.Scores mean = score(articles, summaries);
        long tokens = summaries.stream()
                .mapToLong(summary -> Rouge.tokens(summary).size())
                .sum();
        System.out.printf(
                "| %s | %.3f | %.3f | %.3f | %.0f |%n",
                system, mean.rouge1(), mean.rouge2(), mean.rougeL(), (double) tokens / articles.size());
    }
}
