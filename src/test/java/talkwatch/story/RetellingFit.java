package talkwatch.story;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import talkwatch.match.Cast;
import talkwatch.testing.ShippedConfig;
import talkwatch.testing.WeekArgs;

/**
 * Fits {@link Retelling}'s weights on the dev weeks (or the weeks named) and chooses the detector's bands: a logistic
 * regression (L2, Newton's method) over every pair of reports of a week published at most a day apart that share a
 * topic and {@link StoryDetector#MIN_OVERLAP} of their terms, labelled by whether their writer told them as one story.
 * The bands are weighed week by week, each week told with the weights fitted on the others (leave one week out), so the
 * figures are not those of weights that have seen the week.
 *
 * <pre>
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) talkwatch.story.RetellingFit [--topics FILE]...
 *     [WEEK.tsv]...
 * </pre>
 *
 * {@code --topics}: topic files whose people the reports may name (the shipped config's are always read). The weeks
 * named, or the dev weeks ({@link WeekStories#devWeeks}). Prints the
 * bands' figures and the weights fitted on all the weeks, to put in {@link Retelling#WEIGHTS}; with {@code
 * -Dmistakes="0.70 | 0.45"}, also the stories that band told wrong.
 */
public final class RetellingFit {

    private static final double L2 = 1.0;
    private static final Duration WINDOW = StoryDetector.DEFAULT_WINDOW;
    private static final double[] REPEAT = {0.6, 0.65, 0.7, 0.8, 0.9};
    private static final double[] FOLLOW_UP = {0.3, 0.325, 0.35, 0.375, 0.4, 0.425, 0.45, 0.475, 0.5};

    private RetellingFit() {}

    public static void main(String[] args) {
        WeekArgs parsed = WeekArgs.parse(args);
        Cast cast = ShippedConfig.load(ShippedConfig.with(parsed.topicFiles()), Map.of())
                .cast();
        List<Path> weekFiles = parsed.weeks().isEmpty() ? WeekStories.devWeeks() : parsed.weeks();
        Map<String, List<WeekStories.Report>> weeks = WeekStories.read(weekFiles, cast);
        Map<String, Samples> samples = new LinkedHashMap<>();
        weeks.forEach((name, reports) -> samples.put(name, samples(reports)));

        Map<String, WeekStories.Heard> heard = new LinkedHashMap<>();
        for (String held : weeks.keySet()) {
            Samples training = new Samples();
            samples.forEach((name, s) -> {
                if (!name.equals(held)) {
                    training.addAll(s);
                }
            });
            double[] weights = fit(training);
            for (double repeat : REPEAT) {
                for (double followUp : FOLLOW_UP) {
                    StoryDetector detector = new StoryDetector(WINDOW, weights, repeat, followUp);
                    heard.merge(
                            key(repeat, followUp),
                            WeekStories.tell(weeks.get(held), detector),
                            WeekStories.Heard::plus);
                }
            }
        }
        System.out.println("Each week told with the weights fitted on the others (" + weeks.size() + " weeks):");
        System.out.println("| repeat from | follow-up from | stories | extra rings per story | muted | lost |");
        System.out.println("| ---: | ---: | ---: | ---: | ---: | ---: |");
        String shown = System.getProperty("mistakes");
        if (shown != null) {
            heard.get(shown).mistakes().forEach(System.out::println);
        }
        heard.forEach((key, h) -> System.out.printf(
                Locale.ROOT,
                "| %s | %d | %.3f | %.4f | %.4f |%n",
                key,
                h.stories(),
                h.extraPerStory(),
                h.mutedShare(),
                h.lostShare()));

        Samples all = new Samples();
        samples.values().forEach(all::addAll);
        double[] weights = fit(all);
        System.out.printf("%nWeights fitted on all %d pairs (%d of one story):%n", all.size(), all.positives());
        List<String> names = new ArrayList<>(List.of("intercept"));
        names.addAll(Retelling.names());
        for (int i = 0; i < weights.length; i++) {
            System.out.printf(Locale.ROOT, "  %-18s %8.3f%n", names.get(i), weights[i]);
        }
        StringBuilder java = new StringBuilder("{");
        for (int i = 0; i < weights.length; i++) {
            java.append(i == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.3f", weights[i]));
        }
        System.out.println("  " + java.append("}"));
    }

    private static String key(double repeat, double followUp) {
        return band(repeat) + " | " + band(followUp);
    }

    /** Two decimals, three where the band needs them (0.475). */
    private static String band(double odds) {
        return String.format(Locale.ROOT, Math.abs(odds * 100 - Math.round(odds * 100)) < 1e-9 ? "%.2f" : "%.3f", odds);
    }

    /** Evidence and labels of the pairs of one week. */
    static final class Samples {
        final List<double[]> evidence = new ArrayList<>();
        final List<Boolean> same = new ArrayList<>();

        void add(double[] x, boolean y) {
            evidence.add(x);
            same.add(y);
        }

        void addAll(Samples other) {
            evidence.addAll(other.evidence);
            same.addAll(other.same);
        }

        int size() {
            return same.size();
        }

        long positives() {
            return same.stream().filter(b -> b).count();
        }
    }

    /** The pairs of a week, each judged with the rarity of terms among the reports before the later one. */
    static Samples samples(List<WeekStories.Report> reports) {
        Samples samples = new Samples();
        if (reports.isEmpty()) {
            return samples;
        }
        RecentStories recent = new RecentStories(reports.get(0).at().minus(WINDOW), WINDOW.plus(Duration.ofDays(2)));
        Map<String, Long> storyIds = new LinkedHashMap<>();
        Map<String, Set<String>> outlets = new HashMap<>();
        for (int j = 0; j < reports.size(); j++) {
            WeekStories.Report later = reports.get(j);
            TermRarity rarity = recent.rarity();
            LeadGrams laterGrams = LeadGrams.of(later.signature().lead());
            for (int i = 0; i < j; i++) {
                WeekStories.Report earlier = reports.get(i);
                Duration apart = Duration.between(earlier.at(), later.at());
                if (apart.compareTo(WINDOW) > 0
                        || java.util.Collections.disjoint(
                                earlier.report().topics(), later.report().topics())
                        || StoryDetector.overlap(later.signature(), earlier.signature()) < StoryDetector.MIN_OVERLAP) {
                    continue;
                }
                samples.add(
                        Retelling.evidence(
                                later.signature(),
                                laterGrams,
                                earlier.signature(),
                                apart,
                                rarity,
                                outlets.getOrDefault(earlier.report().story(), Set.of())
                                        .contains(later.signature().outlet())),
                        earlier.report().story().equals(later.report().story()));
            }
            long story = storyIds.computeIfAbsent(later.report().story(), s -> (long) storyIds.size());
            outlets.computeIfAbsent(later.report().story(), s -> new HashSet<>())
                    .add(later.signature().outlet());
            recent.add(new RecentStories.Report(
                    j, story, later.signature(), later.at(), later.report().topics(), true));
        }
        return samples;
    }

    /** Logistic regression with an L2 penalty (not on the intercept), by Newton's method. */
    static double[] fit(Samples samples) {
        int k = samples.evidence.get(0).length + 1;
        double[] w = new double[k];
        for (int iteration = 0; iteration < 50; iteration++) {
            double[] gradient = new double[k];
            double[][] hessian = new double[k][k];
            for (int n = 0; n < samples.size(); n++) {
                double[] x = withIntercept(samples.evidence.get(n));
                double p = Retelling.odds(samples.evidence.get(n), w);
                double y = samples.same.get(n) ? 1 : 0;
                for (int a = 0; a < k; a++) {
                    gradient[a] += (y - p) * x[a];
                    for (int b = 0; b < k; b++) {
                        hessian[a][b] += p * (1 - p) * x[a] * x[b];
                    }
                }
            }
            for (int a = 1; a < k; a++) {
                gradient[a] -= L2 * w[a];
                hessian[a][a] += L2;
            }
            double[] step = solve(hessian, gradient);
            double size = 0;
            for (int a = 0; a < k; a++) {
                w[a] += step[a];
                size += Math.abs(step[a]);
            }
            if (size < 1e-9) {
                break;
            }
        }
        return w;
    }

    private static double[] withIntercept(double[] evidence) {
        double[] x = new double[evidence.length + 1];
        x[0] = 1;
        System.arraycopy(evidence, 0, x, 1, evidence.length);
        return x;
    }

    /** Solves {@code a x = b} by Gaussian elimination with partial pivoting. */
    private static double[] solve(double[][] a, double[] b) {
        int n = b.length;
        double[][] m = new double[n][];
        for (int i = 0; i < n; i++) {
            m[i] = java.util.Arrays.copyOf(a[i], n + 1);
            m[i][n] = b[i];
        }
        for (int col = 0; col < n; col++) {
            int pivot = col;
            for (int row = col + 1; row < n; row++) {
                if (Math.abs(m[row][col]) > Math.abs(m[pivot][col])) {
                    pivot = row;
                }
            }
            double[] swap = m[col];
            m[col] = m[pivot];
            m[pivot] = swap;
            for (int row = col + 1; row < n; row++) {
                double factor = m[row][col] / m[col][col];
                for (int c = col; c <= n; c++) {
                    m[row][c] -= factor * m[col][c];
                }
            }
        }
        double[] x = new double[n];
        for (int row = n - 1; row >= 0; row--) {
            double sum = m[row][n];
            for (int c = row + 1; c < n; c++) {
                sum -= m[row][c] * x[c];
            }
            x[row] = sum / m[row][row];
        }
        return x;
    }
}
