package talkwatch.summary;

import java.util.ArrayList;
import java.util.List;

/**
 * What the ranker knows about one sentence, each scaled to about [0, 1].
 *
 * @param lead 1 / (position + 1): the lead bias of news
 * @param position 1 − position / sentences: a gentle slope over the whole body
 * @param centrality PageRank over the sentence similarity graph
 * @param headlineSimilarity cosine with the headline, or with the first sentence when there is none
 * @param documentSimilarity cosine with the whole body
 * @param length word count, capped at {@value #LONG_SENTENCE_WORDS} words
 * @param numbers 1 when the sentence holds a number (dates, counts, rounds)
 */
record SentenceFeatures(
        double lead,
        double position,
        double centrality,
        double headlineSimilarity,
        double documentSimilarity,
        double length,
        double numbers) {

    static final int LONG_SENTENCE_WORDS = 40;

    static List<SentenceFeatures> of(Document document) {
        List<Sentence> sentences = document.sentences();
        int n = sentences.size();
        TermVector.Vocabulary vocabulary = new TermVector.Vocabulary(sentences);
        TermVector[] vectors = new TermVector[n];
        List<String> allTerms = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            vectors[i] = vocabulary.vector(sentences.get(i).terms());
            allTerms.addAll(sentences.get(i).terms());
        }
        TermVector body = vocabulary.vector(allTerms);
        TermVector headline = document.headline().isPresent()
                ? vocabulary.vector(document.headlineTerms())
                : n > 0 ? vectors[0] : TermVector.EMPTY;
        double[] centrality = Centrality.of(similarities(vectors));
        List<SentenceFeatures> features = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Sentence sentence = sentences.get(i);
            features.add(new SentenceFeatures(
                    1.0 / (i + 1),
                    1.0 - (double) i / n,
                    centrality[i],
                    vectors[i].cosine(headline),
                    vectors[i].cosine(body),
                    Math.min(sentence.words(), LONG_SENTENCE_WORDS) / (double) LONG_SENTENCE_WORDS,
                    sentence.text().chars().anyMatch(Character::isDigit) ? 1 : 0));
        }
        return features;
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
