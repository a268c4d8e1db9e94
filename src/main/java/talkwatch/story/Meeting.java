package talkwatch.story;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Who met, in a report of a meeting: the people of the configuration it names, the delegations it names by the word
 * after «وفد» («الوفد المغربي»، «وفد البوليساريو»، «وفد حركة حماس»), and the states it names after «لقاء» or a pair of
 * delegations («لقاء روسي إيراني»، «الوفدان التركي والروسي»). A state counts as one party by its name, adjective or
 * capital ({@link Polity}). An envoy meets each delegation in turn, a host receives one party then another: the same
 * words tell those meetings apart but for who met.
 */
final class Meeting {

    /** The verbs and nouns of a meeting, in normalized words: «التقى» is read as التقي. */
    private static final Pattern MEETS = Pattern.compile(
            "(^| )(و|ف)?(يلتقي|التقي|التقت|تلتقي|يلتقيان|التقيا|يستقبل"
                    + "|استقبل|استقبلت|تستقبل|يجتمع|اجتمع|اجتمعت|تجتمع|يجتمعان|اجتمعا|يبحث مع|بحث مع|بحثت مع|تبحث مع|يبحثان"
                    + "|بحثا|تبحثان|عرض مع|يعرض مع|عرضت مع|يجري مباحثات|اجري مباحثات|مباحثات ثناييه|لقاء|لقاءا|اجتماع ثنايي)( |$)");

    /** The clitics a noun may carry: «و», «ب», «ال» and their combinations («والوفد», «بالوفد», «للقاء»). */
    private static final String CLITICS = "(و|ف)?(ب|ل)?(ال|ل)?";

    /** «وفد» with its clitics: «الوفد»، «بوفد»، «للوفد»، «والوفد». */
    private static final Pattern DELEGATION = Pattern.compile(CLITICS + "وفد");

    /** Words after which states follow as adjectives: two delegations, or a meeting («لقاء روسي تركي»). */
    private static final Pattern STATES_FOLLOW =
            Pattern.compile(CLITICS + "(وفدان|وفدين|وفدا|وفدي|لقاء|اجتماع|مباحثات)");

    /** Words that stand before a delegation's name: «وفد حركة حماس», «وفد جماعة أنصار الله». */
    private static final Set<String> BEFORE_NAME = Set.of("حركه", "جماعه");

    private Meeting() {}

    /** Whether both report meetings, and each names someone who met that the other does not. */
    static boolean others(StorySignature a, StorySignature b) {
        Set<String> these = a.met();
        Set<String> those = b.met();
        return !these.isEmpty() && !those.isEmpty() && !these.containsAll(those) && !those.containsAll(these);
    }

    /**
     * Who met, when {@code lead} (a headline and first sentence, as normalized words) reports a meeting: the {@code
     * actors}, the delegations by the word after «وفد» (a state by its root, else the word without its article), and
     * the states named after «لقاء» or a pair of delegations; none when it reports no meeting.
     */
    static Set<String> parties(String lead, Set<String> actors) {
        if (!MEETS.matcher(lead).find()) {
            return Set.of();
        }
        Set<String> parties = new HashSet<>(actors);
        String[] words = lead.split(" ");
        for (int i = 0; i + 1 < words.length; i++) {
            if (DELEGATION.matcher(words[i]).matches()) {
                int at = BEFORE_NAME.contains(words[i + 1]) && i + 2 < words.length ? i + 2 : i + 1;
                parties.add(party(words[at]));
            } else if (STATES_FOLLOW.matcher(words[i]).matches()) {
                for (int j = i + 1; j < words.length; j++) {
                    Optional<String> state = Polity.state(Polity.withoutAnd(words[j]));
                    if (state.isEmpty()) {
                        break;
                    }
                    parties.add(state.get());
                }
            }
        }
        return parties;
    }

    private static String party(String word) {
        return Polity.state(word).orElse(word.startsWith("ال") ? word.substring(2) : word);
    }
}
