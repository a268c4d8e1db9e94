package talkwatch.summary;

import java.util.List;
import java.util.Objects;
import talkwatch.arabic.TermExtractor;

/**
 * Extractive summaries of Arabic news: picks the most informative sentences and returns them verbatim, in article
 * order.
 *
 * <p>Input is plain text, one paragraph per line or not; a short first line without final punctuation is taken as the
 * headline (it guides ranking, it is not returned). Each body sentence gets a score from {@link SentenceFeatures}
 * (lead position, PageRank centrality over TF-IDF cosine of stemmed terms, similarity to headline and body, length,
 * numbers, run-on length) with weights tuned on the EASC corpus. Boilerplate ("اقرأ أيضاً", share lines, captions,
 * bylines) and fragments under {@value SentenceSelector#MIN_WORDS} words are not candidates; a sentence nearly
 * identical to one already chosen is skipped. Sentences are never cut or repeated.
 *
 * <p>Immutable and thread-safe; build one and share it.
 */
public final class Summarizer {

    private final TermExtractor extractor;
    private final RankingWeights weights;

    public Summarizer() {
        this(new TermExtractor(), RankingWeights.DEFAULT);
    }

    Summarizer(TermExtractor extractor, RankingWeights weights) {
        this.extractor = Objects.requireNonNull(extractor, "extractor");
        this.weights = Objects.requireNonNull(weights, "weights");
    }

    /**
     * Returns up to {@code sentences} sentences of {@code text} (fewer when the article is shorter), in article order.
     * For a Telegram message three sentences of a news article usually fit in about 600 characters.
     */
    public List<String> summarize(String text, int sentences) {
        Objects.requireNonNull(text, "text");
        if (sentences < 1) {
            throw new IllegalArgumentException("sentences must be at least 1, was " + sentences);
        }
        return select(Document.read(text, extractor), sentences);
    }

    /** Returns max(1, round({@code ratio} × body sentences)) sentences of {@code text}, in article order. */
    public List<String> summarizeByRatio(String text, double ratio) {
        Objects.requireNonNull(text, "text");
        if (!(ratio > 0 && ratio <= 1)) {
            throw new IllegalArgumentException("ratio must be in (0, 1], was " + ratio);
        }
        Document document = Document.read(text, extractor);
        return select(document, Math.max(1, (int)
                Math.round(ratio * document.sentences().size())));
    }

    private List<String> select(Document document, int count) {
        return SentenceSelector.select(document, SentenceFeatures.of(document), weights, count).stream()
                .map(Sentence::text)
                .toList();
    }
}
