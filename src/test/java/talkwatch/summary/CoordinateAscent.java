package talkwatch.summary;

import java.util.function.ToDoubleFunction;

/**
 * Coordinate ascent over a weight vector: tries each step on each weight from {@code firstWeight} on, keeps any trial
 * that scores better, and stops after a round without improvement or after {@code rounds} rounds. Weights are
 * rounded to hundredths. Used by the EASC tuning tools ({@link WeightSearch}, {@link RankerExperiments}).
 */
final class CoordinateAscent {

    /** Told the best weights and score after each round. */
    interface Progress {
        Progress NONE = (round, best, score) -> {};

        void round(int round, double[] best, double score);
    }

    private CoordinateAscent() {}

    static double[] maximize(
            double[] from,
            int firstWeight,
            double[] steps,
            int rounds,
            ToDoubleFunction<double[]> objective,
            Progress progress) {
        double[] best = from.clone();
        double bestScore = objective.applyAsDouble(best);
        boolean improved = true;
        for (int round = 0; round < rounds && improved; round++) {
            improved = false;
            for (int weight = firstWeight; weight < best.length; weight++) {
                for (double step : steps) {
                    double[] trial = best.clone();
                    trial[weight] = Math.round((trial[weight] + step) * 100) / 100.0;
                    double score = objective.applyAsDouble(trial);
                    if (score > bestScore + 1e-5) {
                        best = trial;
                        bestScore = score;
                        improved = true;
                    }
                }
            }
            progress.round(round, best, bestScore);
        }
        return best;
    }
}
