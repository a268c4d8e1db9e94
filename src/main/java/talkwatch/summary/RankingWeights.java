package talkwatch.summary;

/**
 * Weights of a linear sentence score over {@link SentenceFeatures}. {@link #DEFAULT} was tuned on the dev split of
 * EASC (see {@code EascEvaluation} in the tests); the test split was only used to report.
 */
record RankingWeights(
        double lead,
        double position,
        double centrality,
        double headlineSimilarity,
        double documentSimilarity,
        double length,
        double runOn,
        double numbers) {

    static final RankingWeights DEFAULT = new RankingWeights(1.0, 1.3, 0.65, 0.4, 0.1, 0.5, -1.4, -0.1);

    double score(SentenceFeatures f) {
        return lead * f.lead()
                + position * f.position()
                + centrality * f.centrality()
                + headlineSimilarity * f.headlineSimilarity()
                + documentSimilarity * f.documentSimilarity()
                + length * f.length()
                + runOn * f.runOn()
                + numbers * f.numbers();
    }

    double[] toArray() {
        return new double[] {lead, position, centrality, headlineSimilarity, documentSimilarity, length, runOn, numbers
        };
    }

    static RankingWeights of(double[] w) {
        return new RankingWeights(w[0], w[1], w[2], w[3], w[4], w[5], w[6], w[7]);
    }
}
