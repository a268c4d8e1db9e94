package talkwatch.story;

import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import talkwatch.arabic.TermExtractor;
import talkwatch.match.Cast;

/**
 * Whose voice a headline carries: the states and bodies its opening words name, by name, adjective or capital, with
 * words of office among them («موسكو مستعدة للعمل مع المبعوث الجديد», «الخارجية التركية: …», «روسيا وتركيا
 * تتفقان…»), or, when it opens with someone of the configuration's people, the states their title names («المقداد:
 * …», role «نائب وزير الخارجية السوري»: Syria; «بيدرسن», «المبعوث الأممي إلى سوريا»: the UN), or themselves when their
 * title names none («البحرة»). Damascus's conditions and Moscow's readiness to work with a new envoy are two stories told
 * in the same words; Damascus's conditions and its deputy minister's words, one.
 */
final class Voice {

    /** How many opening words may name one of the cast who speaks: more would take whom they meet for them. */
    private static final int MAX_NAME_WORDS = 3;

    private Voice() {}

    /** Both headlines carry a voice, and not the same state's or body's. */
    static boolean others(StorySignature a, StorySignature b) {
        return !a.voice().isEmpty() && !b.voice().isEmpty() && Collections.disjoint(a.voice(), b.voice());
    }

    /** Both headlines carry the voice of the same states or bodies. */
    static boolean same(StorySignature a, StorySignature b) {
        return !a.voice().isEmpty() && a.voice().equals(b.voice());
    }

    /**
     * The states and bodies whose voice {@code title} carries, as {@link Polity} roots, or the one of the cast who
     * opens it, by name, when their title names none; none when it opens otherwise.
     */
    static Set<String> of(String title, Cast cast) {
        List<String> words = TermExtractor.words(StorySignature.withoutBreaking(title));
        Set<String> states = Polity.atOpening(words);
        return states.isEmpty() ? castMemberOpening(words, cast) : states;
    }

    /**
     * The states the title of the first of the cast the opening words name speaks for, or their name when it names
     * none («البحرة», «رئيس وفد المعارضة»: the opposition is not its state).
     */
    private static Set<String> castMemberOpening(List<String> words, Cast cast) {
        for (int n = 1; n <= Math.min(words.size(), MAX_NAME_WORDS); n++) {
            Set<String> people = cast.named(String.join(" ", words.subList(0, n)));
            if (!people.isEmpty()) {
                Set<String> voice = new TreeSet<>();
                for (String person : people) {
                    Set<String> theirs = Polity.speaksFor(person, cast);
                    voice.addAll(theirs.isEmpty() ? Set.of(person) : theirs);
                }
                return Set.copyOf(voice);
            }
        }
        return Set.of();
    }
}
