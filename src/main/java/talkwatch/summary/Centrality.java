package talkwatch.summary;

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
        double[] outWeight = new double[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                outWeight[i] += similarity[i][j];
            }
        }
        java.util.Arrays.fill(rank, 1.0 / n);
        for (int iteration = 0; iteration < ITERATIONS; iteration++) {
            double[] next = new double[n];
            double change = 0;
            for (int i = 0; i < n; i++) {
                double incoming = 0;
                for (int j = 0; j < n; j++) {
                    if (outWeight[j] > 0) {
                        incoming += similarity[j][i] / outWeight[j] * rank[j];
                    }
                }
                next[i] = (1 - DAMPING) / n + DAMPING * incoming;
                change += Math.abs(next[i] - rank[i]);
            }
            rank = next;
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
