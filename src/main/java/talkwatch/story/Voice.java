package talkwatch.story;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import talkwatch.arabic.TermExtractor;
import talkwatch.match.Cast;

/**
 * Whose voice a headline carries: the states and bodies its opening words name, by name, adjective or capital, with
 * words of office among them («موسكو مستعدة للعمل مع المبعوث الجديد», «الخارجية التركية: …», «روسيا وتركيا
 * تتفقان…»), or, when it opens with someone of the configuration's people, the states their title names («المقداد:
 * …», role «نائب وزير الخارجية السوري»: Syria). Damascus's conditions and Moscow's readiness to work with a new envoy are
 * two stories told in the same words; a state's name before a colon is the outlet's dateline («ليبيا: …»), not its
 * voice, and the words after it are read instead.
 */
final class Voice {

    /** How many opening words may name who speaks. */
    private static final int MAX_WORDS = 4;
    /** Words of office, which may stand among the states' names: «وزير الخارجية التركي», «الدفاع الروسية». */
    private static final Set<String> OFFICE = Set.of(
            "وزير",
            "وزيره",
            "وزاره",
            "وزارتا",
            "الخارجيه",
            "خارجيه",
            "الدفاع",
            "رئيس",
            "رئيسه",
            "الرئيس",
            "المتحدث",
            "المتحدثه",
            "الناطق",
            "باسم",
            "الحكومه",
            "حكومه",
            "مسؤول",
            "مسؤوله",
            "مصدر",
            "مصادر",
            "بيان",
            "الدوله",
            "دوله",
            "الامين",
            "العام",
            "الاتحاد",
            "مجلس",
            "المتحده");

    private Voice() {}

    /** Both headlines carry a voice, and not the same state's or body's. */
    static boolean others(StorySignature a, StorySignature b) {
        return !a.voice().isEmpty() && !b.voice().isEmpty() && disjoint(a.voice(), b.voice());
    }

    /** The states and bodies whose voice {@code title} carries, as {@link Polity} roots; none when it opens otherwise. */
    static Set<String> of(String title, Cast cast) {
        String head = title.strip().replaceFirst("^عاجل\\s*[:|]?\\s*", "");
        List<String> words = TermExtractor.words(withoutDateline(head));
        Set<String> states = new TreeSet<>();
        for (String written : words.subList(0, Math.min(words.size(), MAX_WORDS))) {
            if (OFFICE.contains(written)) {
                continue;
            }
            Optional<String> state = Polity.state(Polity.withoutAnd(written));
            if (state.isEmpty()) {
                break;
            }
            states.add(state.get());
        }
        if (!states.isEmpty()) {
            return Set.copyOf(states);
        }
        List<String> opening = words.subList(0, Math.min(words.size(), 2));
        for (String person : cast.named(String.join(" ", opening))) {
            cast.roles(person).forEach(role -> states.addAll(Polity.statesIn(role)));
        }
        return Set.copyOf(states);
    }

    /** The headline after its dateline, when it opens with a state's name and a colon («ليبيا: …»). */
    private static String withoutDateline(String head) {
        int colon = head.indexOf(':');
        if (colon < 0) {
            return head;
        }
        List<String> before = TermExtractor.words(head.substring(0, colon));
        return before.size() == 1
                        && !Polity.named(before.get(0))
                        && Polity.state(before.get(0)).isPresent()
                ? head.substring(colon + 1)
                : head;
    }

    private static boolean disjoint(Set<String> a, Set<String> b) {
        return a.stream().noneMatch(b::contains);
    }
}
