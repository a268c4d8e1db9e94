package talkwatch.summary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import talkwatch.arabic.TermExtractor;

/**
 * Extractive summaries of Arabic news: picks the most informative sentences and returns them verbatim, in article
 * order.
 *
 * <p>Input is plain text, one paragraph per line or not; a short first line without final punctuation is taken as the
 * headline (it guides ranking, it is not returned). Each body sentence gets a score from {@link SentenceFeatures}
 * (lead position, PageRank centrality over TF-IDF cosine of stemmed terms, similarity to headline and body, length,
 * numbers) weighted by {@link RankingWeights#DEFAULT}. Boilerplate ("اقرأ أيضاً", share lines, captions, bylines) and
 * fragments under {@value #MIN_WORDS} words are not candidates; a sentence nearly identical to one already chosen is
 * skipped. Sentences are never cut or repeated.
 *
 * <p>Immutable and thread-safe; build one and share it.
 */
public final class Summarizer {

    static final int MIN_WORDS = 4;
    private static final double DUPLICATE_OVERLAP = 0.8;

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
        List<Sentence> sentences = document.sentences();
        List<SentenceFeatures> features = SentenceFeatures.of(document);
        double[] score = features.stream().mapToDouble(weights::score).toArray();
        List<Sentence> ranked = new ArrayList<>(candidates(sentences));
        ranked.sort(
                Comparator.comparingDouble((Sentence s) -> -score[s.index()]).thenComparingInt(Sentence::index));
        List<Sentence> chosen = new ArrayList<>();
        for (Sentence sentence : ranked) {
            if (chosen.size() == count) {
                break;
            }
            if (chosen.stream().noneMatch(c -> nearlyIdentical(c, sentence))) {
                chosen.add(sentence);
            }
        }
        chosen.sort(Comparator.comparingInt(Sentence::index));
        return chosen.stream().map(Sentence::text).toList();
    }

    private static List<Sentence> candidates(List<Sentence> sentences) {
        List<Sentence> content = sentences.stream()
                .filter(s -> !Boilerplate.isBoilerplate(s.text()))
                .toList();
        List<Sentence> full =
                content.stream().filter(s -> s.words() >= MIN_WORDS).toList();
        return full.isEmpty() ? content : full;
    }

    static boolean nearlyIdentical(Sentence a, Sentence b) {
        if (a.text().equals(b.text())) {
            return true;
        }
        Set<String> shared = new HashSet<>(a.terms());
        Set<String> union = new HashSet<>(a.terms());
        union.addAll(b.terms());
        shared.retainAll(new HashSet<>(b.terms()));
        return !union.isEmpty() && (double) shared.size() / union.size() >= DUPLICATE_OVERLAP;
    }
}
