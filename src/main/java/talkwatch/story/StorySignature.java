package talkwatch.story;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import talkwatch.arabic.SentenceSplitter;
import talkwatch.arabic.TermExtractor;
import talkwatch.match.Cast;

/**
 * What two reports of one story have in common, kept small enough to store: the distinct stemmed content terms of
 * the article's headline and lead (its first {@value #LEAD_TERMS} terms; normalized, stop words removed, Lucene's
 * light Arabic stemming, synonyms made one by {@link SameTerms}), the numbers it states, whether it reports a start, an
 * end or the next event, and what news beside the talks' course it reports (as its headline says, or, when the
 * headline says none of these, its first sentence); who it names (its headline's people, else its first sentence's),
 * who speaks in its headline («بيدرسن: …»), who reacts in it («الإمارات ترحب…»), its headline and first sentence as
 * normalized words, and, for a meeting, who met.
 *
 * @param terms distinct stemmed terms
 * @param ordinals ordinal numbers the headline or the first sentence states, in digits or in words: {@code الجولة
 *     الرابعة عشرة}, {@code الـ14} (later sentences mostly recall earlier rounds)
 * @param cardinals cardinal numbers the headline or the first sentence states, in digits or in words
 * @param phase start, end or next event, as the headline (or else the first sentence) says
 * @param kinds news beside the talks' course ({@link EventKind}), as the headline (or else the first sentence) says
 * @param actors the people of the configuration ({@link Cast}) the headline names, else the first sentence
 * @param speaker who speaks: the words before a colon that opens the headline («المبعوث الروسي: …»), or the names of
 *     the people of the configuration they name («ألكسندر لافرنتييف»)
 * @param reactors who reacts, when the headline reports a welcome, praise or condemnation ({@link Reaction}): the
 *     states and bodies its subject names, else none
 * @param voice whose voice the headline carries ({@link Voice}): the states and bodies its opening words name, or
 *     those someone of the configuration who opens it speaks for, or their name when they speak for none; else none
 * @param lead the headline and first sentence, as normalized words
 * @param outlet the name of the feed that brought the report, "" when not known: an outlet seldom tells one story
 *     twice, so two of its reports are more likely two stories (not stored with the signature: the store has it)
 * @param met who met, when the lead reports a meeting ({@link Meeting#parties}), else none: read once from the lead
 *     and the actors, not stored
 */
public record StorySignature(
        Set<String> terms,
        Set<Integer> ordinals,
        Set<Integer> cardinals,
        Phase phase,
        Set<EventKind> kinds,
        Set<String> actors,
        List<String> speaker,
        Set<String> reactors,
        Set<String> voice,
        String lead,
        String outlet,
        Set<String> met) {

    private static final TermExtractor TERMS = new TermExtractor();
    /**
     * Only the headline and lead count: news puts the story first, and a short report (or a truncated copy) must not
     * be swallowed by a long article that covers much else.
     */
    static final int LEAD_TERMS = 60;
    /** Text enough for {@value #LEAD_TERMS} terms and the numbers of the lead; the rest is not read. */
    static final int LEAD_CHARS = 1500;
    /** A headline's opening words before a colon are its speaker when they are this few. */
    private static final int SPEAKER_WORDS = 6;

    public StorySignature {
        terms = Set.copyOf(terms);
        ordinals = Set.copyOf(ordinals);
        cardinals = Set.copyOf(cardinals);
        Objects.requireNonNull(phase, "phase");
        kinds = Set.copyOf(kinds);
        actors = Set.copyOf(actors);
        speaker = List.copyOf(speaker);
        reactors = Set.copyOf(reactors);
        voice = Set.copyOf(voice);
        Objects.requireNonNull(lead, "lead");
        Objects.requireNonNull(outlet, "outlet");
        met = Set.copyOf(met);
    }

    /** A signature that states no {@link EventKind}, names nobody and has no lead. */
    public StorySignature(Set<String> terms, Set<Integer> ordinals, Set<Integer> cardinals, Phase phase) {
        this(terms, ordinals, cardinals, phase, Set.of());
    }

    /** A signature that names nobody and has no lead. */
    public StorySignature(
            Set<String> terms, Set<Integer> ordinals, Set<Integer> cardinals, Phase phase, Set<EventKind> kinds) {
        this(terms, ordinals, cardinals, phase, kinds, Set.of(), List.of(), Set.of(), Set.of(), "", "", Set.of());
    }

    /** The signature of a report, whose people are not known. */
    public static StorySignature of(String title, String text) {
        return of(title, text, Cast.NONE);
    }

    /** The signature of a report, with the people {@code cast} knows. */
    public static StorySignature of(String title, String text, Cast cast) {
        String whole = title + "\n" + (text.length() > LEAD_CHARS ? text.substring(0, LEAD_CHARS) : text);
        List<String> words = TermExtractor.words(whole);
        List<String> terms = TERMS.stems(words).stream().map(SameTerms::of).toList();
        String first = firstSentence(text);
        List<String> firstSentence = TermExtractor.words(first);
        List<String> headline = TermExtractor.words(title);
        Numbers.Stated numbers = Numbers.in(
                Stream.concat(headline.stream(), firstSentence.stream()).toList());
        List<String> about = about(headline, firstSentence);
        Set<String> inTitle = cast.named(title);
        Set<String> actors = inTitle.isEmpty() ? cast.named(first) : inTitle;
        String lead = String.join(" ", headline) + " " + String.join(" ", firstSentence);
        return new StorySignature(
                new TreeSet<>(terms.subList(0, Math.min(LEAD_TERMS, terms.size()))),
                numbers.ordinals(),
                numbers.cardinals(),
                Phase.of(about, firstSentence),
                EventKind.of(about),
                actors,
                speaker(title, cast),
                Reaction.in(title, cast),
                Voice.of(title, cast),
                lead,
                "",
                Meeting.parties(lead, actors));
    }

    /** This signature, of a report {@code outlet} brought. */
    public StorySignature from(String outlet) {
        return new StorySignature(
                terms, ordinals, cardinals, phase, kinds, actors, speaker, reactors, voice, lead, outlet, met);
    }

    /**
     * Who speaks: the words before a colon that opens the headline (after «عاجل»), when they are few; when they name
     * people {@code cast} knows, by name, alias or title, those people's names, so that «المبعوث الروسي:» and
     * «لافرنتييف:» are one speaker.
     */
    static List<String> speaker(String title, Cast cast) {
        String head = withoutBreaking(title);
        int colon = head.indexOf(':');
        if (colon < 0) {
            return List.of();
        }
        String before = head.substring(0, colon);
        List<String> words = TermExtractor.words(before);
        if (words.isEmpty() || words.size() > SPEAKER_WORDS) {
            return List.of();
        }
        Set<String> people = cast.named(before);
        return people.isEmpty()
                ? words
                : people.stream()
                        .flatMap(name -> TermExtractor.words(name).stream())
                        .distinct()
                        .toList();
    }

    /** The headline without the «عاجل» that marks a breaking item. */
    static String withoutBreaking(String title) {
        return title.strip().replaceFirst("^عاجل\\s*[:|]?\\s*", "");
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

    /**
     * A line of text for the store: phase, ordinals, cardinals, terms, kinds, actors, speaker, reactors, voice, lead,
     * separated by {@code |} (people's names, and the voices, which may be one, joined by {@code ;}).
     */
    public String encode() {
        return phase + "|" + numbers(ordinals) + "|" + numbers(cardinals) + "|"
                + String.join(" ", new TreeSet<>(terms)) + "|"
                + kinds.stream().sorted().map(Enum::name).collect(Collectors.joining(" ")) + "|"
                + String.join(";", new TreeSet<>(actors)) + "|"
                + String.join(" ", speaker) + "|"
                + String.join(" ", new TreeSet<>(reactors)) + "|"
                + String.join(";", new TreeSet<>(voice)) + "|"
                + lead;
    }

    private static String numbers(Set<Integer> numbers) {
        return numbers.stream().sorted().map(String::valueOf).collect(Collectors.joining(" "));
    }

    /**
     * Reads what {@link #encode} wrote, also before signatures had kinds (four parts), people (five) or reactors
     * (eight) or voices (nine); its outlet is not known ({@link #from}).
     */
    public static StorySignature decode(String line) {
        String[] parts = line.split("\\|", -1);
        if (parts.length != 4 && parts.length != 5 && parts.length != 8 && parts.length != 9 && parts.length != 10) {
            throw new IllegalArgumentException("not a story signature: " + line);
        }
        Set<String> actors = parts.length < 8 || parts[5].isEmpty() ? Set.of() : Set.of(parts[5].split(";"));
        String lead = parts.length < 8 ? "" : parts[parts.length - 1];
        return new StorySignature(
                words(parts[3]),
                words(parts[1]).stream().map(Integer::valueOf).collect(Collectors.toSet()),
                words(parts[2]).stream().map(Integer::valueOf).collect(Collectors.toSet()),
                Phase.valueOf(parts[0]),
                parts.length == 4
                        ? Set.of()
                        : words(parts[4]).stream().map(EventKind::valueOf).collect(Collectors.toSet()),
                actors,
                parts.length < 8 || parts[6].isEmpty() ? List.of() : List.of(parts[6].split(" ")),
                parts.length < 9 ? Set.of() : words(parts[7]),
                parts.length < 10 || parts[8].isEmpty() ? Set.of() : Set.of(parts[8].split(";")),
                lead,
                "",
                Meeting.parties(lead, actors));
    }

    private static Set<String> words(String part) {
        return part.isEmpty() ? Set.of() : Set.copyOf(Arrays.asList(part.split(" ")));
    }

    /** Helps tests and tools show why two signatures were judged. */
    List<String> sharedTerms(StorySignature other) {
        return terms.stream().filter(other.terms::contains).sorted().toList();
    }
}
