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
 * identical to one already chosen is skipped, and so are list items and the line that opens a list. Sentences are
 * never cut or repeated. {@link #summarize(String, int, int)} also keeps the summary within a character budget, such
 * as the ~600 characters of a Telegram summary.
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
     * The length in characters is not bounded; use {@link #summarize(String, int, int)} when it must be.
     */
    public List<String> summarize(String text, int sentences) {
        Objects.requireNonNull(text, "text");
        if (sentences < 1) {
            throw new IllegalArgumentException("sentences must be at least 1, was " + sentences);
        }
        return select(Document.read(text, extractor), sentences);
    }

    /**
     * Returns the best sentences of {@code text} that fit a message: at most {@code sentences} of them, in article
     * order, whose lengths plus one separator character between each two (a space or a line break) add up to at most
     * {@code maxChars}. Sentences are never cut: a high-ranked sentence too long for what is left gives way to the
     * next-ranked one that fits. If not even one sentence fits, the shortest of the {@code sentences} best-ranked is
     * returned alone, whole (so it exceeds {@code maxChars}); the summary is empty only when the text has no sentence.
     * For Telegram, {@code summarize(text, 3, 600)} gives the three-sentence, ~600-character summary of issue 3.
     */
    public List<String> summarize(String text, int sentences, int maxChars) {
        Objects.requireNonNull(text, "text");
        if (sentences < 1) {
            throw new IllegalArgumentException("sentences must be at least 1, was " + sentences);
        }
        if (maxChars < 1) {
            throw new IllegalArgumentException("maxChars must be at least 1, was " + maxChars);
        }
        Document document = Document.read(text, extractor);
        return SentenceSelector.select(document, SentenceFeatures.of(document), weights, sentences, maxChars).stream()
                .map(Sentence::text)
                .toList();
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
