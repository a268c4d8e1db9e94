package talkwatch.summary;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import talkwatch.arabic.TermExtractor;
import talkwatch.testing.Corpora;

/**
 * The experiments behind "Attempts to reach the target" in {@code docs/BENCHMARKS.md}, on the EASC dev split with
 * 3-fold cross-validation (folds by article index mod 3). None beat the shipped {@link RankingWeights}, so none is
 * used by the summarizer; they are kept so the figures can be checked.
 *
 * <pre>
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) talkwatch.summary.RankerExperiments MODE
 * </pre>
 *
 * MODE is {@code consensus} (upper bounds and label statistics), {@code length} (stop at a token target),
 * {@code logistic-contained} / {@code logistic-bigrams} / {@code logistic-prefix} (logistic regression on 17 features
 * with that {@link Label}; {@code -Dbeta=B} ranks by p × words^B instead of p) or {@code ascent}
 * (coordinate ascent on ROUGE over the 17 features). Add {@code test} as a second argument to score the model fitted
 * on all of dev on the test split once.
 */
final class RankerExperiments {

    private static final int FOLDS = 3;
    private static final double L2 = 0.01;
    private static final double[] STEPS = {-0.4, -0.2, -0.1, 0.1, 0.2, 0.4};
    private static final int PREFIX_LETTERS = 150;

    private final List<EascCorpus.Article> articles;
    private final List<Document> documents = new ArrayList<>();
    private final List<double[][]> features = new ArrayList<>();
    private final List<double[]> labels = new ArrayList<>();
    private final List<Map<String, double[]>> memo = new ArrayList<>();

    /** What a sentence's label measures; see {@link #label}. */
    enum Label {
        CONTAINED,
        BIGRAMS,
        PREFIX
    }

    private RankerExperiments(List<EascCorpus.Article> articles, Label kind) {
        this.articles = articles;
        TermExtractor extractor = new TermExtractor();
        for (EascCorpus.Article article : articles) {
            Document document = Document.read(article.text(), extractor);
            List<SentenceFeatures> base = SentenceFeatures.of(document);
            List<String> references = article.references().stream()
                    .map(r -> kind == Label.PREFIX
                            ? String.join("", Rouge.tokens(r))
                            : " " + String.join(" ", Rouge.tokens(r)) + " ")
                    .toList();
            int n = document.sentences().size();
            double[][] x = new double[n][];
            double[] y = new double[n];
            for (int i = 0; i < n; i++) {
                x[i] = features(document, base, i);
                y[i] = label(Rouge.tokens(document.sentences().get(i).text()), references, kind);
            }
            documents.add(document);
            features.add(x);
            labels.add(y);
            memo.add(new HashMap<>());
        }
    }

    public static void main(String[] args) {
        String mode = args.length == 0 ? "logistic-bigrams" : args[0];
        boolean test = args.length > 1 && args[1].equals("test");
        if (mode.equals("consensus")) {
            consensus();
            return;
        }
        Label kind = switch (mode) {
            case "logistic-bigrams" -> Label.BIGRAMS;
            case "logistic-prefix" -> Label.PREFIX;
            default -> Label.CONTAINED;
        };
        RankerExperiments dev = new RankerExperiments(EascCorpus.read(Corpora.eascOrExit(), "dev"), kind);
        if (mode.equals("length")) {
            for (double alpha : new double[] {0.25, 0.28, 0.30, 0.32, 0.34, 0.36, 0.40, 1}) {
                double[] r = dev.score(shipped(dev), dev.all(), alpha);
                System.out.printf("token target %.2f × article words: R-1 %.3f R-2 %.3f%n", alpha, r[0], r[1]);
            }
            return;
        }
        double[] cvModel = new double[2];
        double[] cvShipped = new double[2];
        for (int fold = 0; fold < FOLDS; fold++) {
            List<Integer> train = dev.fold(fold, false);
            List<Integer> held = dev.fold(fold, true);
            double[] w = mode.equals("ascent") ? dev.ascent(STARTING_WEIGHTS, train) : dev.logistic(train);
            add(cvModel, dev.score(w, held, 1));
            add(cvShipped, dev.score(STARTING_WEIGHTS, held, 1));
        }
        System.out.printf(
                "%s, dev %d-fold CV: R-1 %.3f R-2 %.3f (shipped weights on the same folds %.3f %.3f)%n",
                mode, FOLDS, cvModel[0] / FOLDS, cvModel[1] / FOLDS, cvShipped[0] / FOLDS, cvShipped[1] / FOLDS);
        double[] w = mode.equals("ascent") ? dev.ascent(STARTING_WEIGHTS, dev.all()) : dev.logistic(dev.all());
        double[] fit = dev.score(w, dev.all(), 1);
        System.out.printf(
                "fitted on all of dev: %s, in-sample R-1 %.3f R-2 %.3f%n", Arrays.toString(w), fit[0], fit[1]);
        if (test) {
            RankerExperiments split =
                    new RankerExperiments(EascCorpus.read(Corpora.eascOrExit(), "test"), Label.CONTAINED);
            double[] r = split.score(w, split.all(), 1);
            System.out.printf("test: R-1 %.3f R-2 %.3f%n", r[0], r[1]);
        }
    }

    /** The shipped {@link RankingWeights#DEFAULT} written over the features of {@link #features}. */
    private static final double[] STARTING_WEIGHTS = {
        0, 1.0, 1.3, 0, 0, 0, 0.5, -1.4, 0, 0.65, 0.4, 0.1, -0.1, 0, 0, 0, 0, 0
    };

    private static double[] shipped(RankerExperiments data) {
        return STARTING_WEIGHTS;
    }

    private static double[] features(Document document, List<SentenceFeatures> base, int i) {
        SentenceFeatures f = base.get(i);
        Sentence s = document.sentences().get(i);
        String t = s.text();
        return new double[] {
            1,
            f.lead(),
            f.position(),
            i == 0 ? 1 : 0,
            i == 1 ? 1 : 0,
            i == 2 ? 1 : 0,
            f.length(),
            f.runOn(),
            Math.log(1 + s.words()) / 4,
            f.centrality(),
            f.headlineSimilarity(),
            f.documentSimilarity(),
            f.numbers(),
            t.contains("«") || t.contains("\"") ? 1 : 0,
            t.startsWith("و") ? 1 : 0,
            t.endsWith(":") ? 1 : 0,
            s.words() < 8 ? 1 : 0,
            i == document.sentences().size() - 1 ? 1 : 0
        };
    }

    /**
     * Share of references containing the sentence (CONTAINED: all its tokens, in order), the mean share of its bigrams
     * found in each reference (BIGRAMS), or the share of references containing its first {@value #PREFIX_LETTERS}
     * letters, spaces and punctuation ignored (PREFIX). PREFIX is the one that sees what the annotators picked: the
     * corpus tool cut every picked sentence at 255 characters and glued hard-wrapped lines without a space, so a long
     * or wrapped sentence is never CONTAINED in the reference that picked it. For PREFIX the references are passed
     * without spaces.
     */
    static double label(List<String> tokens, List<String> references, Label kind) {
        String sentence = " " + String.join(" ", tokens) + " ";
        String letters = String.join("", tokens);
        String prefix = letters.substring(0, Math.min(letters.length(), PREFIX_LETTERS));
        double sum = 0;
        for (String reference : references) {
            if (kind == Label.PREFIX) {
                sum += !prefix.isEmpty() && reference.contains(prefix) ? 1 : 0;
            } else if (kind == Label.CONTAINED) {
                sum += reference.contains(sentence) ? 1 : 0;
            } else if (tokens.size() > 1) {
                int found = 0;
                for (int k = 0; k + 1 < tokens.size(); k++) {
                    found += reference.contains(" " + tokens.get(k) + " " + tokens.get(k + 1) + " ") ? 1 : 0;
                }
                sum += (double) found / (tokens.size() - 1);
            }
        }
        return sum / references.size();
    }

    /**
     * The consensus extract (an upper bound: it reads the references) on both splits with each label, and the mean
     * PREFIX label by sentence position and by length, on dev.
     */
    private static void consensus() {
        for (String split : List.of("dev", "test")) {
            for (Label kind : Label.values()) {
                RankerExperiments data = new RankerExperiments(EascCorpus.read(Corpora.eascOrExit(), split), kind);
                double[] total = new double[2];
                for (int d : data.all()) {
                    double[] label = data.labels.get(d);
                    List<Sentence> sentences = data.documents.get(d).sentences();
                    String summary = IntStream.range(0, sentences.size())
                            .boxed()
                            .sorted((a, b) -> label[a] != label[b] ? Double.compare(label[b], label[a]) : a - b)
                            .limit(EascEvaluation.budget(sentences.size()))
                            .sorted()
                            .map(i -> sentences.get(i).text())
                            .collect(Collectors.joining(" "));
                    Rouge.Scores scores =
                            Rouge.score(summary, data.articles.get(d).references());
                    add(total, new double[] {scores.rouge1(), scores.rouge2()});
                }
                System.out.printf(
                        "consensus by %s label, %s: R-1 %.3f R-2 %.3f%n",
                        kind, split, total[0] / data.articles.size(), total[1] / data.articles.size());
            }
        }
        RankerExperiments dev = new RankerExperiments(EascCorpus.read(Corpora.eascOrExit(), "dev"), Label.PREFIX);
        double[][] byPosition = new double[12][2];
        double[][] byLength = new double[8][2];
        for (int d : dev.all()) {
            List<Sentence> sentences = dev.documents.get(d).sentences();
            for (int i = 0; i < sentences.size(); i++) {
                double label = dev.labels.get(d)[i];
                add(byPosition[Math.min(i, 11)], new double[] {label, 1});
                add(byLength[Math.min(sentences.get(i).text().length() / 50, 7)], new double[] {label, 1});
            }
        }
        StringBuilder line = new StringBuilder("dev, PREFIX label by position (0..10, 11+):");
        for (double[] p : byPosition) {
            line.append(String.format(" %.2f", p[0] / p[1]));
        }
        System.out.println(line);
        System.out.println("dev, where a reference's copy of a sentence stops short (characters kept: times): "
                + cutLengths(EascCorpus.read(Corpora.eascOrExit(), "dev")));
        line = new StringBuilder("dev, PREFIX label by length in characters (0-49, 50-99, ..., 350+):");
        for (double[] p : byLength) {
            line.append(String.format(" %.2f (%d)", p[0] / p[1], (int) p[1]));
        }
        System.out.println(line);
    }

    /**
     * For every sentence (as the baselines cut it) and reference: the longest opening of the sentence found in the
     * reference, in characters after alef folding, when it is over 30 characters and short of the whole sentence. The
     * five most frequent lengths, most frequent first.
     */
    private static String cutLengths(List<EascCorpus.Article> articles) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (EascCorpus.Article article : articles) {
            for (String sentence : article.baselineSentences()) {
                String folded = sentence.replaceAll("[أإآ]", "ا");
                for (String reference : article.references()) {
                    int low = 0;
                    int high = folded.length();
                    while (low < high) {
                        int middle = (low + high + 1) / 2;
                        if (reference.contains(folded.substring(0, middle))) {
                            low = middle;
                        } else {
                            high = middle - 1;
                        }
                    }
                    if (low > 30 && low < folded.length() - 3) {
                        counts.merge(low, 1, Integer::sum);
                    }
                }
            }
        }
        return counts.entrySet().stream()
                .sorted((a, b) -> b.getValue() - a.getValue())
                .limit(5)
                .map(e -> e.getKey() + ": " + e.getValue())
                .collect(Collectors.joining(", "));
    }

    private List<Integer> all() {
        return IntStream.range(0, articles.size()).boxed().toList();
    }

    private List<Integer> fold(int fold, boolean held) {
        return IntStream.range(0, articles.size())
                .filter(i -> (i % FOLDS == fold) == held)
                .boxed()
                .toList();
    }

    /** Logistic regression with fractional labels and L2, by full-batch gradient descent. */
    private double[] logistic(List<Integer> docs) {
        int m = features.get(0)[0].length;
        double[] w = new double[m];
        for (int iteration = 0; iteration < 2000; iteration++) {
            double[] gradient = new double[m];
            int count = 0;
            for (int d : docs) {
                double[][] x = features.get(d);
                for (int i = 0; i < x.length; i++) {
                    double p = 1 / (1 + Math.exp(-dot(w, x[i])));
                    for (int j = 0; j < m; j++) {
                        gradient[j] += (p - labels.get(d)[i]) * x[i][j];
                    }
                    count++;
                }
            }
            for (int j = 0; j < m; j++) {
                w[j] -= 0.5 * (gradient[j] / count + (j == 0 ? 0 : L2 * w[j]));
            }
        }
        return w;
    }

    /** Coordinate ascent on (R-1 + R-2) / 2, as {@link WeightSearch} does; the lead weight fixes the scale. */
    private double[] ascent(double[] from, List<Integer> docs) {
        return CoordinateAscent.maximize(from, 2, STEPS, 6, w -> objective(w, docs), CoordinateAscent.Progress.NONE);
    }

    private double objective(double[] w, List<Integer> docs) {
        double[] r = score(w, docs, 1);
        return (r[0] + r[1]) / 2;
    }

    /**
     * Mean ROUGE-1 and ROUGE-2 F1 of the summaries that rank sentences by {@code w} (logistic models: by p ×
     * words^beta) within the protocol's sentence budget, stopping early when the next sentence would take the word
     * total further from {@code alpha} × the article's words ({@code alpha} 1: no early stop).
     */
    private double[] score(double[] w, List<Integer> docs, double alpha) {
        double beta = Double.parseDouble(System.getProperty("beta", "0"));
        double[] total = new double[2];
        for (int d : docs) {
            Document document = documents.get(d);
            List<Sentence> sentences = document.sentences();
            List<SentenceFeatures> ranks = new ArrayList<>();
            for (int i = 0; i < sentences.size(); i++) {
                double z = dot(w, features.get(d)[i]);
                double rank = beta == 0
                        ? z
                        : -Math.log1p(Math.exp(-z))
                                + beta * Math.log(sentences.get(i).words());
                ranks.add(new SentenceFeatures(rank, 0, 0, 0, 0, 0, 0, 0));
            }
            RankingWeights rankOnly = new RankingWeights(1, 0, 0, 0, 0, 0, 0, 0);
            int budget = EascEvaluation.budget(sentences.size());
            List<Sentence> ranked =
                    new ArrayList<>(SentenceSelector.select(document, ranks, rankOnly, sentences.size()));
            ranked.sort((a, b) -> Double.compare(
                    ranks.get(b.index()).lead(), ranks.get(a.index()).lead()));
            double target = alpha * sentences.stream().mapToInt(Sentence::words).sum();
            List<Sentence> chosen = new ArrayList<>();
            int words = 0;
            for (Sentence s : ranked) {
                if (chosen.size() == budget
                        || (!chosen.isEmpty() && Math.abs(words + s.words() - target) > Math.abs(words - target))) {
                    break;
                }
                chosen.add(s);
                words += s.words();
            }
            chosen.sort((a, b) -> Integer.compare(a.index(), b.index()));
            String key = chosen.stream().map(s -> Integer.toString(s.index())).collect(Collectors.joining(","));
            EascCorpus.Article article = articles.get(d);
            add(total, memo.get(d).computeIfAbsent(key, k -> {
                Rouge.Scores scores = Rouge.score(
                        chosen.stream().map(Sentence::text).collect(Collectors.joining(" ")), article.references());
                return new double[] {scores.rouge1(), scores.rouge2()};
            }));
        }
        return new double[] {total[0] / docs.size(), total[1] / docs.size()};
    }

    private static double dot(double[] w, double[] x) {
        double z = 0;
        for (int j = 0; j < w.length; j++) {
            z += w[j] * x[j];
        }
        return z;
    }

    private static void add(double[] sum, double[] values) {
        for (int i = 0; i < sum.length; i++) {
            sum[i] += values[i];
        }
    }
}
