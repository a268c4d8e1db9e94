package talkwatch.story;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import talkwatch.arabic.SentenceSplitter;
import talkwatch.arabic.TermExtractor;

/**
 * What two reports of one story have in common, kept small enough to store: the distinct stemmed content terms of
 * the article's headline and lead (its first {@value #LEAD_TERMS} terms; normalized, stop words removed, Lucene's
 * light Arabic stemming, synonyms made one by {@link SameTerms}), the numbers it states, whether it reports a start, an
 * end or the next event, and what news beside the talks' course it reports (as its headline says, or, when the
 * headline says none of these, its first sentence).
 *
 * @param terms distinct stemmed terms
 * @param ordinals ordinal numbers stated in digits or in words: {@code الجولة الرابعة عشرة}, {@code الـ14}
 * @param cardinals cardinal numbers stated in digits or in words
 * @param phase start, end or next event, as the headline (or else the first sentence) says
 * @param kinds news beside the talks' course ({@link EventKind}), as the headline (or else the first sentence) says
 */
public record StorySignature(
        Set<String> terms, Set<Integer> ordinals, Set<Integer> cardinals, Phase phase, Set<EventKind> kinds) {

    private static final TermExtractor TERMS = new TermExtractor();
    /**
     * Only the headline and lead count: news puts the story first, and a short report (or a truncated copy) must not
     * be swallowed by a long article that covers much else.
     */
    static final int LEAD_TERMS = 60;
    /** Text enough for {@value #LEAD_TERMS} terms and the numbers of the lead; the rest is not read. */
    static final int LEAD_CHARS = 1500;

    public StorySignature {
        terms = Set.copyOf(terms);
        ordinals = Set.copyOf(ordinals);
        cardinals = Set.copyOf(cardinals);
        Objects.requireNonNull(phase, "phase");
        kinds = Set.copyOf(kinds);
    }

    /** A signature that states no {@link EventKind}. */
    public StorySignature(Set<String> terms, Set<Integer> ordinals, Set<Integer> cardinals, Phase phase) {
        this(terms, ordinals, cardinals, phase, Set.of());
    }

    public static StorySignature of(String title, String text) {
        String whole = title + "\n" + (text.length() > LEAD_CHARS ? text.substring(0, LEAD_CHARS) : text);
        List<String> words = TermExtractor.words(whole);
        List<String> terms = TERMS.stems(words).stream().map(SameTerms::of).toList();
        Numbers.Stated numbers = Numbers.in(words);
        List<String> firstSentence = TermExtractor.words(firstSentence(text));
        List<String> about = about(TermExtractor.words(title), firstSentence);
        return new StorySignature(
                new TreeSet<>(terms.subList(0, Math.min(LEAD_TERMS, terms.size()))),
                numbers.ordinals(),
                numbers.cardinals(),
                Phase.of(about, firstSentence),
                EventKind.of(about));
    }

    /**
     * The words that say what the report is about: the headline's, unless it states neither a phase nor a kind of
     * event, then the first sentence's. A headline about an exchange of detainees keeps that, even when the first
     * sentence goes on to the round's opening beside which it took place.
     */
    private static List<String> about(List<String> headline, List<String> firstSentence) {
        return Phase.of(headline) == Phase.NONE && EventKind.of(headline).isEmpty() ? firstSentence : headline;
    }

    /** The text's first sentence ({@link SentenceSplitter}), read from its first 300 characters. */
    static String firstSentence(String text) {
        List<String> sentences = SentenceSplitter.split(text.length() > 300 ? text.substring(0, 300) : text);
        return sentences.isEmpty() ? "" : sentences.get(0);
    }

    /** A line of text for the store: phase, ordinals, cardinals, terms, kinds, separated by {@code |}. */
    public String encode() {
        return phase + "|" + numbers(ordinals) + "|" + numbers(cardinals) + "|"
                + String.join(" ", new TreeSet<>(terms)) + "|"
                + kinds.stream().sorted().map(Enum::name).collect(Collectors.joining(" "));
    }

    private static String numbers(Set<Integer> numbers) {
        return numbers.stream().sorted().map(String::valueOf).collect(Collectors.joining(" "));
    }

    /** Reads what {@link #encode} wrote, also before signatures had kinds (four parts). */
    public static StorySignature decode(String line) {
        String[] parts = line.split("\\|", -1);
        if (parts.length != 4 && parts.length != 5) {
            throw new IllegalArgumentException("not a story signature: " + line);
        }
        return new StorySignature(
                words(parts[3]),
                words(parts[1]).stream().map(Integer::valueOf).collect(Collectors.toSet()),
                words(parts[2]).stream().map(Integer::valueOf).collect(Collectors.toSet()),
                Phase.valueOf(parts[0]),
                parts.length == 4
                        ? Set.of()
                        : words(parts[4]).stream().map(EventKind::valueOf).collect(Collectors.toSet()));
    }

    private static Set<String> words(String part) {
        return part.isEmpty() ? Set.of() : Set.copyOf(Arrays.asList(part.split(" ")));
    }

    /** Helps tests and tools show why two signatures were judged. */
    List<String> sharedTerms(StorySignature other) {
        return terms.stream().filter(other.terms::contains).sorted().toList();
    }
}
