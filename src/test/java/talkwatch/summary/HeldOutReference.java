package talkwatch.summary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import talkwatch.testing.Corpora;

/**
 * How well can any summarizer do on EASC? Summaries built from four of an article's five human summaries, scored
 * against the fifth, for each choice of the fifth: what a system that knew four readers' picks of that very article
 * would score against a reader it has not seen. A summarizer that does not read the references is, to each of them,
 * such an unseen reader, so its expected score under the protocol is its expected score against the fifth.
 *
 * <pre>
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) talkwatch.summary.HeldOutReference dev|test
 * </pre>
 *
 * Every system picks {@link EascEvaluation#budget} of the sentences the baselines cut ({@link
 * EascCorpus.Article#baselineSentences()}); figures and their reading: {@code docs/BENCHMARKS.md}.
 */
public final class HeldOutReference {

    static final double LEAD_PRIOR = 0.5;

    private HeldOutReference() {}

    /** Builds a summary of {@code sentences} from the {@code known} references: the chosen sentences' indices. */
    interface Picker {
        List<Integer> pick(List<List<String>> sentences, List<List<String>> known);
    }

    public static void main(String[] args) {
        String split = args.length == 0 ? "test" : args[0];
        if (!split.equals("dev") && !split.equals("test") || args.length > 1 && !args[1].equals("readers")) {
            System.err.println("usage: HeldOutReference dev|test [readers]");
            System.exit(2);
        }
        List<EascCorpus.Article> articles = EascCorpus.read(Corpora.eascOrExit(), split);
        if (args.length > 1) {
            readers(split, articles);
            return;
        }
        System.out.printf(
                "EASC %s split, %d articles; each system scored against the one reference it did not see%n",
                split, articles.size());
        System.out.println("| system | R-1 F | R-2 F | R-L F |");
        System.out.println("| --- | --- | --- | --- |");
        report("Lead-ratio (reads no reference)", articles, (sentences, known) -> lead(sentences.size()));
        report("Consensus of the other four (sentences most of them picked)", articles, HeldOutReference::consensus);
        report(
                "Consensus of the other four plus a lead prior (its weight chosen on dev)",
                articles,
                HeldOutReference::consensusThenLead);
        report("ROUGE oracle of the other four (greedy)", articles, HeldOutReference::greedyOracle);
        Summarizer summarizer = new Summarizer();
        Rouge.Scores ours = Rouge.Scores.mean(articles.stream()
                .map(a -> Rouge.score(
                        String.join(" ", summarizer.summarizeByRatio(a.text(), EascEvaluation.RATIO)), a.references()))
                .toList());
        System.out.printf(
                "| talkwatch Summarizer (reads no reference) | %.3f | %.3f | %.3f |%n",
                ours.rouge1(), ours.rouge2(), ours.rougeL());
    }

    /**
     * The greedy ROUGE oracle built from every subset of 1 to 5 references, scored against the references it read
     * (in-sample, above what is reachable) and against the others (held out, below it): the best fixed summary of
     * each article for its whole population of readers lies between the two.
     */
    private static void readers(String split, List<EascCorpus.Article> articles) {
        System.out.printf(
                "EASC %s split, %d articles: greedy ROUGE oracle by number of references read%n",
                split, articles.size());
        System.out.println("| references read | in-sample R-1 / R-2 | held-out R-1 / R-2 |");
        System.out.println("| --- | --- | --- |");
        for (int read = 1; read <= 5; read++) {
            List<Rouge.Scores> inSample = new ArrayList<>();
            List<Rouge.Scores> heldOut = new ArrayList<>();
            for (EascCorpus.Article article : articles) {
                List<List<String>> sentences =
                        article.baselineSentences().stream().map(Rouge::tokens).toList();
                List<List<String>> references =
                        article.references().stream().map(Rouge::tokens).toList();
                List<Rouge.Scores> in = new ArrayList<>();
                List<Rouge.Scores> out = new ArrayList<>();
                for (int subset = 1; subset < 1 << references.size(); subset++) {
                    if (Integer.bitCount(subset) != read) {
                        continue;
                    }
                    List<List<String>> known = new ArrayList<>();
                    List<List<String>> unseen = new ArrayList<>();
                    for (int r = 0; r < references.size(); r++) {
                        ((subset & 1 << r) != 0 ? known : unseen).add(references.get(r));
                    }
                    List<String> summary = summary(sentences, greedyOracle(sentences, known));
                    known.forEach(reference -> in.add(Rouge.score(summary, reference)));
                    unseen.forEach(reference -> out.add(Rouge.score(summary, reference)));
                }
                inSample.add(Rouge.Scores.mean(in));
                if (!out.isEmpty()) {
                    heldOut.add(Rouge.Scores.mean(out));
                }
            }
            Rouge.Scores i = Rouge.Scores.mean(inSample);
            String o = heldOut.isEmpty()
                    ? "-"
                    : String.format(
                            "%.3f / %.3f",
                            Rouge.Scores.mean(heldOut).rouge1(),
                            Rouge.Scores.mean(heldOut).rouge2());
            System.out.printf("| %d | %.3f / %.3f | %s |%n", read, i.rouge1(), i.rouge2(), o);
        }
    }

    /** Mean scores of {@code picker} against each reference in turn, built from the other four. */
    static Rouge.Scores heldOut(List<EascCorpus.Article> articles, Picker picker) {
        List<Rouge.Scores> scores = new ArrayList<>();
        for (EascCorpus.Article article : articles) {
            List<List<String>> sentences =
                    article.baselineSentences().stream().map(Rouge::tokens).toList();
            List<List<String>> references =
                    article.references().stream().map(Rouge::tokens).toList();
            for (int held = 0; held < references.size(); held++) {
                List<List<String>> known = new ArrayList<>(references);
                known.remove(held);
                scores.add(Rouge.score(summary(sentences, picker.pick(sentences, known)), references.get(held)));
            }
        }
        return Rouge.Scores.mean(scores);
    }

    private static void report(String system, List<EascCorpus.Article> articles, Picker picker) {
        Rouge.Scores mean = heldOut(articles, picker);
        System.out.printf("| %s | %.3f | %.3f | %.3f |%n", system, mean.rouge1(), mean.rouge2(), mean.rougeL());
    }

    static List<Integer> lead(int sentences) {
        return IntStream.range(0, EascEvaluation.budget(sentences)).boxed().toList();
    }

    /** The sentences the most known references picked (by their opening), earlier first among equals. */
    static List<Integer> consensus(List<List<String>> sentences, List<List<String>> known) {
        return best(shares(sentences, known));
    }

    /**
     * As {@link #consensus}, plus {@value #LEAD_PRIOR} × (1 − position / sentences): the best of the blends tried on
     * the dev split (0 to 0.8, over position and 1 / (position + 1)).
     */
    static List<Integer> consensusThenLead(List<List<String>> sentences, List<List<String>> known) {
        double[] score = shares(sentences, known);
        for (int i = 0; i < score.length; i++) {
            score[i] += LEAD_PRIOR * (1 - (double) i / score.length);
        }
        return best(score);
    }

    /** The budget's best-scoring sentences, earlier first among equals, in article order. */
    private static List<Integer> best(double[] score) {
        return IntStream.range(0, score.length)
                .boxed()
                .sorted(Comparator.comparingDouble((Integer i) -> -score[i]).thenComparing(i -> i))
                .limit(EascEvaluation.budget(score.length))
                .sorted()
                .toList();
    }

    /** The budget's sentences added one at a time, each the one that most raises ROUGE-1 + ROUGE-2 on the known. */
    static List<Integer> greedyOracle(List<List<String>> sentences, List<List<String>> known) {
        List<Integer> chosen = new ArrayList<>();
        for (int step = 0; step < EascEvaluation.budget(sentences.size()); step++) {
            int best = -1;
            double bestValue = -1;
            for (int i = 0; i < sentences.size(); i++) {
                if (chosen.contains(i)) {
                    continue;
                }
                List<Integer> trial = new ArrayList<>(chosen);
                trial.add(i);
                trial.sort(null);
                List<String> candidate = summary(sentences, trial);
                double value = 0;
                for (List<String> reference : known) {
                    Rouge.Scores s = Rouge.score(candidate, reference);
                    value += s.rouge1() + s.rouge2();
                }
                if (value > bestValue) {
                    bestValue = value;
                    best = i;
                }
            }
            chosen.add(best);
        }
        chosen.sort(null);
        return chosen;
    }

    /** For each sentence, the share of {@code known} references that hold its first letters. */
    static double[] shares(List<List<String>> sentences, List<List<String>> known) {
        List<String> letters = known.stream().map(r -> String.join("", r)).toList();
        double[] share = new double[sentences.size()];
        for (int i = 0; i < sentences.size(); i++) {
            share[i] = RankerExperiments.label(sentences.get(i), letters, RankerExperiments.Label.PREFIX);
        }
        return share;
    }

    private static List<String> summary(List<List<String>> sentences, List<Integer> chosen) {
        return chosen.stream().flatMap(i -> sentences.get(i).stream()).toList();
    }
}
