package talkwatch.summary;

import java.util.ArrayList;
import java.util.List;

/**
 * What the ranker knows about one sentence, each scaled to about [0, 1].
 *
 * @param lead 1 / (position + 1): the lead bias of news
 * @param position 1 − position / sentences: a gentle slope over the whole body
 * @param centrality PageRank over the sentence similarity graph
 * @param headlineSimilarity cosine with the headline, or with the first sentence when there is none; scaled so the
 *     most similar other sentence scores 1
 * @param documentSimilarity cosine with the whole body, scaled so the most similar sentence scores 1
 * @param length word count, capped at {@value #LONG_SENTENCE_WORDS} words
 * @param runOn how far the sentence runs past {@value #RUN_ON_WORDS} words (0 to 1): such "sentences" are
 *     usually several glued by commas, which readers rarely pick whole
 * @param numbers 1 when the sentence holds a number (dates, counts, rounds)
 */
record SentenceFeatures(
        double lead,
        double position,
        double centrality,
        double headlineSimilarity,
        double documentSimilarity,
        double length,
        double runOn,
        double numbers) {

    static final int LONG_SENTENCE_WORDS = 40;
    static final int RUN_ON_WORDS = 50;

    static List<SentenceFeatures> of(Document document) {
        List<Sentence> sentences = document.sentences();
        int n = sentences.size();
        TermVector.Vocabulary vocabulary = new TermVector.Vocabulary(sentences);
        TermVector[] vectors = new TermVector[n];
        for (int i = 0; i < n; i++) {
            vectors[i] = vocabulary.sentence(i);
        }
        TermVector body = vocabulary.body();
        TermVector headline = document.headline().isPresent()
                ? vocabulary.vector(document.headlineTerms())
                : n > 0 ? vectors[0] : TermVector.EMPTY;
        double[] centrality = Centrality.of(similarities(vectors));
        double[] headlineSimilarity = new double[n];
        double[] bodySimilarity = new double[n];
        for (int i = 0; i < n; i++) {
            headlineSimilarity[i] = vectors[i] == headline ? 1 : vectors[i].cosine(headline);
            bodySimilarity[i] = vectors[i].cosine(body);
        }
        scaleToMax(headlineSimilarity);
        scaleToMax(bodySimilarity);
        List<SentenceFeatures> features = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Sentence sentence = sentences.get(i);
            features.add(new SentenceFeatures(
                    1.0 / (i + 1),
                    1.0 - (double) i / n,
                    centrality[i],
                    headlineSimilarity[i],
                    bodySimilarity[i],
                    Math.min(sentence.words(), LONG_SENTENCE_WORDS) / (double) LONG_SENTENCE_WORDS,
                    Math.min(1.0, Math.max(0, sentence.words() - RUN_ON_WORDS) / (double) RUN_ON_WORDS),
                    hasDigit(sentence.text()) ? 1 : 0));
        }
        return features;
    }

    private static boolean hasDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Divides by the largest value below 1, so the closest other sentence scores 1 (a sentence itself stays 1). */
    private static void scaleToMax(double[] values) {
        double max = 0;
        for (double v : values) {
            if (v < 1) {
                max = Math.max(max, v);
            }
        }
        for (int i = 0; max > 0 && i < values.length; i++) {
            values[i] = Math.min(1, values[i] / max);
        }
    }

    static double[][] similarities(TermVector[] vectors) {
        int n = vectors.length;
        double[][] similarity = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                similarity[i][j] = similarity[j][i] = vectors[i].cosine(vectors[j]);
            }
        }
        return similarity;
    }
}
