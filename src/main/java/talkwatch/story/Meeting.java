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
        if (!reported(a) || !reported(b)) {
            return false;
        }
        Set<String> these = parties(a);
        Set<String> those = parties(b);
        return !these.isEmpty() && !those.isEmpty() && !these.containsAll(those) && !those.containsAll(these);
    }

    /** Whether the headline or first sentence reports a meeting. */
    static boolean reported(StorySignature report) {
        return MEETS.matcher(report.lead()).find();
    }

    /** The people named, and the delegations by the word after «وفد», without its article. */
    static Set<String> parties(StorySignature report) {
        Set<String> parties = new HashSet<>(report.actors());
        String[] words = report.lead().split(" ");
        for (int i = 0; i + 1 < words.length; i++) {
            if (DELEGATION.matcher(words[i]).matches()) {
                String party = words[i + 1];
                parties.add(party.startsWith("ال") ? party.substring(2) : party);
            }
        }
        return parties;
    }
}
