package talkwatch.story;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Who met, in a report of a meeting: the people of the configuration it names and the delegations it names by the
 * word after «وفد» («الوفد المغربي»، «وفد البوليساريو»، «وفد المعارضة»). An envoy meets each delegation in turn, a host
 * receives one party then another: the same words tell those meetings apart but for who met.
 */
final class Meeting {

    /** The verbs and nouns of a meeting, in normalized words: «التقى» is read as التقي. */
    private static final Pattern MEETS = Pattern.compile("(^| )(و|ف)?(يلتقي|التقي|التقت|تلتقي|يلتقيان|التقيا|يستقبل"
            + "|استقبل|استقبلت|تستقبل|يجتمع|اجتمع|اجتمعت|تجتمع|يبحث مع|بحث مع|بحثت مع|تبحث مع|يجري مباحثات"
            + "|اجري مباحثات|مباحثات ثنائيه|لقاء ثنائي|اجتماع ثنائي)( |$)");

    /** «وفد» with its clitics: «الوفد»، «بوفد»، «للوفد»، «والوفد». */
    private static final Pattern DELEGATION = Pattern.compile("(و|ف)?(ب|ل)?(ال|ل)?وفد");

    private Meeting() {}

    /** Whether both report meetings, and each names someone who met that the other does not. */
    static boolean others(StorySignature a, StorySignature b) {
        Set<String> these = a.met();
        Set<String> those = b.met();
        return !these.isEmpty() && !those.isEmpty() && !these.containsAll(those) && !those.containsAll(these);
    }

    /**
     * Who met, when {@code lead} (a headline and first sentence, as normalized words) reports a meeting: the {@code
     * actors} and the delegations by the word after «وفد», without its article; none when it reports no meeting.
     */
    static Set<String> parties(String lead, Set<String> actors) {
        if (!MEETS.matcher(lead).find()) {
            return Set.of();
        }
        Set<String> parties = new HashSet<>(actors);
        String[] words = lead.split(" ");
        for (int i = 0; i + 1 < words.length; i++) {
            if (DELEGATION.matcher(words[i]).matches()) {
                String party = words[i + 1];
                parties.add(party.startsWith("ال") ? party.substring(2) : party);
            }
        }
        return parties;
    }
}
