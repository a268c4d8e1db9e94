package talkwatch.summary;

import java.util.Arrays;

/**
 * Graph centrality of sentences: PageRank over the weighted similarity graph (TextRank / LexRank with TF-IDF
 * cosine), scaled so the most central sentence scores 1.
 */
final class Centrality {

    private static final double DAMPING = 0.85;
    private static final int ITERATIONS = 30;
    private static final double TOLERANCE = 1e-6;

    private Centrality() {}

    /** {@code similarity} is symmetric with a zero diagonal. */
    static double[] of(double[][] similarity) {
        int n = similarity.length;
        double[] rank = new double[n];
        if (n == 0) {
            return rank;
        }
        // transition[j][i]: share of sentence j's similarity mass that flows to sentence i
        double[][] transition = new double[n][];
        for (int j = 0; j < n; j++) {
            double out = 0;
            for (double weight : similarity[j]) {
                out += weight;
            }
            transition[j] = new double[n];
            for (int i = 0; out > 0 && i < n; i++) {
                transition[j][i] = similarity[j][i] / out;
            }
        }
        Arrays.fill(rank, 1.0 / n);
        double[] next = new double[n];
        for (int iteration = 0; iteration < ITERATIONS; iteration++) {
            Arrays.fill(next, (1 - DAMPING) / n);
            for (int j = 0; j < n; j++) {
                double flow = DAMPING * rank[j];
                double[] row = transition[j];
                for (int i = 0; i < n; i++) {
                    next[i] += flow * row[i];
                }
            }
            double change = 0;
            for (int i = 0; i < n; i++) {
                change += Math.abs(next[i] - rank[i]);
            }
            double[] previous = rank;
            rank = next;
            next = previous;
            if (change < TOLERANCE) {
                break;
            }
        }
        double max = 0;
        for (double r : rank) {
            max = Math.max(max, r);
        }
        for (int i = 0; i < n; i++) {
            rank[i] /= max;
        }
        return rank;
    }
}
