package talkwatch.summary;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A sparse TF-IDF vector over a document's term ids, kept sorted for a linear-time cosine. */
record TermVector(int[] ids, double[] weights, double norm) {

    static final TermVector EMPTY = new TermVector(new int[0], new double[0], 0);

    double cosine(TermVector other) {
        if (norm == 0 || other.norm == 0) {
            return 0;
        }
        double dot = 0;
        int i = 0;
        int j = 0;
        while (i < ids.length && j < other.ids.length) {
            if (ids[i] == other.ids[j]) {
                dot += weights[i++] * other.weights[j++];
            } else if (ids[i] < other.ids[j]) {
                i++;
            } else {
                j++;
            }
        }
        return dot / (norm * other.norm);
    }

    /** Term ids and inverse sentence frequencies of one document, for building its vectors. */
    static final class Vocabulary {
        private final Map<String, Integer> ids = new HashMap<>();
        private double[] idf = new double[0];

        Vocabulary(List<Sentence> sentences) {
            int[] df = new int[64];
            for (Sentence sentence : sentences) {
                int[] seen =
                        sentence.terms().stream().mapToInt(this::id).distinct().toArray();
                for (int id : seen) {
                    if (id >= df.length) {
                        df = Arrays.copyOf(df, Math.max(df.length * 2, id + 1));
                    }
                    df[id]++;
                }
            }
            idf = new double[ids.size()];
            for (int id = 0; id < idf.length; id++) {
                idf[id] = Math.log((sentences.size() + 1.0) / (df[id] + 0.5));
            }
        }

        private int id(String term) {
            return ids.computeIfAbsent(term, t -> ids.size());
        }

        /** The TF-IDF vector of {@code terms}; terms not seen in the body are ignored. */
        TermVector vector(List<String> terms) {
            Map<Integer, Integer> counts = new HashMap<>();
            for (String term : terms) {
                Integer id = ids.get(term);
                if (id != null) {
                    counts.merge(id, 1, Integer::sum);
                }
            }
            int[] vectorIds = counts.keySet().stream()
                    .mapToInt(Integer::intValue)
                    .sorted()
                    .toArray();
            double[] weights = new double[vectorIds.length];
            double squares = 0;
            for (int k = 0; k < vectorIds.length; k++) {
                weights[k] = counts.get(vectorIds[k]) * idf[vectorIds[k]];
                squares += weights[k] * weights[k];
            }
            return new TermVector(vectorIds, weights, Math.sqrt(squares));
        }
    }
}
