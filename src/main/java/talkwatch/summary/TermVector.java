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
        private final int[][] sentenceIds;
        private final int[] totalCounts;
        private final double[] idf;

        Vocabulary(List<Sentence> sentences) {
            sentenceIds = new int[sentences.size()][];
            int[] df = new int[256];
            int[] total = new int[256];
            int[] lastSentence = new int[256];
            for (int s = 0; s < sentences.size(); s++) {
                List<String> terms = sentences.get(s).terms();
                int[] termIds = new int[terms.size()];
                for (int t = 0; t < termIds.length; t++) {
                    Integer known = ids.putIfAbsent(terms.get(t), ids.size());
                    int id = known == null ? ids.size() - 1 : known;
                    if (id >= df.length) {
                        df = Arrays.copyOf(df, df.length * 2);
                        total = Arrays.copyOf(total, total.length * 2);
                        lastSentence = Arrays.copyOf(lastSentence, lastSentence.length * 2);
                    }
                    if (lastSentence[id] != s + 1) {
                        lastSentence[id] = s + 1;
                        df[id]++;
                    }
                    total[id]++;
                    termIds[t] = id;
                }
                sentenceIds[s] = termIds;
            }
            totalCounts = Arrays.copyOf(total, ids.size());
            idf = new double[ids.size()];
            for (int id = 0; id < idf.length; id++) {
                idf[id] = Math.log((sentences.size() + 1.0) / (df[id] + 0.5));
            }
        }

        /** The TF-IDF vector of sentence {@code index}. */
        TermVector sentence(int index) {
            return ofIds(sentenceIds[index].clone(), sentenceIds[index].length);
        }

        /** The TF-IDF vector of the whole body. */
        TermVector body() {
            int[] vectorIds = new int[totalCounts.length];
            double[] weights = new double[totalCounts.length];
            double squares = 0;
            for (int id = 0; id < totalCounts.length; id++) {
                vectorIds[id] = id;
                weights[id] = totalCounts[id] * idf[id];
                squares += weights[id] * weights[id];
            }
            return new TermVector(vectorIds, weights, Math.sqrt(squares));
        }

        /** The TF-IDF vector of other {@code terms}, such as the headline's; terms not in the body are ignored. */
        TermVector vector(List<String> terms) {
            int[] known = new int[terms.size()];
            int n = 0;
            for (String term : terms) {
                Integer id = ids.get(term);
                if (id != null) {
                    known[n++] = id;
                }
            }
            return ofIds(known, n);
        }

        /** Builds a vector from the first {@code n} entries of {@code termIds}, which it sorts in place. */
        private TermVector ofIds(int[] termIds, int n) {
            Arrays.sort(termIds, 0, n);
            int[] vectorIds = new int[n];
            double[] weights = new double[n];
            int size = 0;
            double squares = 0;
            for (int k = 0; k < n; ) {
                int id = termIds[k];
                int count = 0;
                while (k < n && termIds[k] == id) {
                    count++;
                    k++;
                }
                vectorIds[size] = id;
                weights[size] = count * idf[id];
                squares += weights[size] * weights[size];
                size++;
            }
            return new TermVector(Arrays.copyOf(vectorIds, size), Arrays.copyOf(weights, size), Math.sqrt(squares));
        }
    }
}
