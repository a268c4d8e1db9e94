package talkwatch.story;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * How likely a report retells one told before (the same event, from another outlet or the same), from what their
 * signatures share and what sets them apart: a logistic model over a few named pieces of evidence, whose weights
 * {@code RetellingFit} fits on the dev weeks ({@code src/test/resources/weeks}; {@code docs/BENCHMARKS.md}, "One story,
 * one notification"). Outlets tell one event in different words: what they keep is its people, its numbers and its
 * distinctive words; two events of one round share the round's words, and differ in who speaks, who met, what
 * happened and when, and often come from an outlet that told the first already.
 */
final class Retelling {

    /** The evidence, in the order of {@link #WEIGHTS}. */
    enum Evidence {
        /** Share of the smaller report's terms found in the other ({@link StoryDetector#overlap}). */
        OVERLAP,
        /** The same, each term weighed by its rarity among recent stories ({@link TermRarity}). */
        RARE_OVERLAP,
        /** Jaccard similarity of the character 4-grams of the headlines and first sentences. */
        LEAD_GRAMS,
        /** ln(1 + hours between the two reports). */
        HOURS_APART,
        /** Both name people of the configuration, and no one in common. */
        OTHER_PEOPLE,
        /** Both name someone in common. */
        SAME_PEOPLE,
        /** Both headlines open with who speaks, and not the same speaker. */
        OTHER_SPEAKER,
        /** Both headlines open with the same speaker, at most six hours apart. */
        SAME_SPEAKER_SOON,
        /** One reports the talks' course and the other news beside it ({@link StoryDetector#otherNews}). */
        OTHER_NEWS,
        /** Both state rounds (ordinals), and none in common. */
        OTHER_ROUND,
        /** Neither states a round, both state counts, and none in common. */
        OTHER_COUNT,
        /** One reports a start, the other an end or the next event. */
        OTHER_PHASE,
        /** The same phase of the same numbered round ({@link StoryDetector#sameEvent}). */
        SAME_EVENT,
        /** Both come from the same outlet, which seldom tells one story twice. */
        SAME_OUTLET,
        /** The article's outlet told the other's story already, in another report. */
        OUTLET_TOLD_STORY,
        /** Both report meetings, and not of the same people ({@link Meeting#others}). */
        OTHER_MEETING,
        /** The article is the full report of its outlet's breaking item («عاجل»). */
        OUTLETS_BREAKING_ITEM,
        /**
         * {@link #RARE_OVERLAP}, when both come from the same outlet: its house style makes its reports of different
         * events alike, so what they share says less.
         */
        SAME_OUTLET_RARE_OVERLAP,
        /** {@link #LEAD_GRAMS}, when both come from the same outlet: its headlines are cut to one pattern. */
        SAME_OUTLET_LEAD_GRAMS,
        /** {@link #RARE_OVERLAP}, when the article's outlet told the other's story already. */
        OUTLET_TOLD_RARE_OVERLAP,
        /** {@link #LEAD_GRAMS}, when the article's outlet told the other's story already. */
        OUTLET_TOLD_LEAD_GRAMS,
        /** Both headlines carry the voice of a state or body, and not the same one ({@link Voice}). */
        OTHER_VOICE,
        /** Both headlines carry the voice of the same states or bodies. */
        SAME_VOICE
    }

    /** Fitted by {@code RetellingFit} on the dev weeks; the first is the intercept. */
    static final double[] WEIGHTS = {
        -1.730, -2.230, 18.670, 7.058, -1.515, -1.190, 0.105, -0.416, 1.462, -1.310, -0.074, 1.240, -0.415, 1.227,
        -1.651, -1.017, -2.021, 2.910, -5.275, -6.266, -2.553, -1.849, -1.633, 1.190
    };

    private Retelling() {}

    /** The odds, as a probability, that {@code article} retells {@code told}, published {@code apart} from it. */
    static double odds(StorySignature article, StorySignature told, Duration apart, TermRarity rarity) {
        return odds(evidence(article, told, apart, rarity), WEIGHTS);
    }

    static double odds(double[] evidence, double[] weights) {
        double z = weights[0];
        for (int i = 0; i < evidence.length; i++) {
            z += weights[i + 1] * evidence[i];
        }
        return 1 / (1 + Math.exp(-z));
    }

    /**
     * The evidence for {@code article} retelling {@code told}, in the order of {@link Evidence}, when the article's
     * outlet has not told that story otherwise.
     */
    static double[] evidence(StorySignature article, StorySignature told, Duration apart, TermRarity rarity) {
        return evidence(article, LeadGrams.of(article.lead()), told, apart, rarity, false);
    }

    /**
     * The same, with the article's {@link LeadGrams} read once for all the reports it is weighed against, and whether
     * its outlet brought a report of {@code told}'s story already.
     */
    static double[] evidence(
            StorySignature article,
            LeadGrams articleGrams,
            StorySignature told,
            Duration apart,
            TermRarity rarity,
            boolean outletToldStory) {
        double hours = Math.abs(apart.toMinutes()) / 60.0;
        boolean bothNamePeople = !article.actors().isEmpty() && !told.actors().isEmpty();
        boolean samePeople = bothNamePeople && !disjoint(article.actors(), told.actors());
        boolean bothSpeak = !article.speaker().isEmpty() && !told.speaker().isEmpty();
        boolean sameSpeaker = bothSpeak && sameSpeaker(article, told);
        boolean sameOutlet = !article.outlet().isEmpty() && article.outlet().equals(told.outlet());
        boolean toldByOutlet = outletToldStory && !sameOutlet;
        double rareOverlap = rarity.overlap(article, told);
        double leadGrams = articleGrams.jaccard(LeadGrams.of(told.lead()));
        return new double[] {
            StoryDetector.overlap(article, told),
            rareOverlap,
            leadGrams,
            Math.log1p(hours),
            bothNamePeople && !samePeople ? 1 : 0,
            samePeople ? 1 : 0,
            bothSpeak && !sameSpeaker ? 1 : 0,
            sameSpeaker && hours <= 6 ? 1 : 0,
            StoryDetector.otherNews(article, told) ? 1 : 0,
            StoryDetector.ordinalsDiffer(article, told) ? 1 : 0,
            article.ordinals().isEmpty() && told.ordinals().isEmpty() && StoryDetector.numbersDiffer(article, told)
                    ? 1
                    : 0,
            article.phase().contradicts(told.phase()) ? 1 : 0,
            StoryDetector.sameEvent(article, told) ? 1 : 0,
            sameOutlet ? 1 : 0,
            toldByOutlet ? 1 : 0,
            Meeting.others(article, told) ? 1 : 0,
            sameOutlet && breaking(told) && !breaking(article) ? 1 : 0,
            sameOutlet ? rareOverlap : 0,
            sameOutlet ? leadGrams : 0,
            toldByOutlet ? rareOverlap : 0,
            toldByOutlet ? leadGrams : 0,
            Voice.others(article, told) ? 1 : 0,
            Voice.same(article, told) ? 1 : 0
        };
    }

    /** A breaking item: its headline opens with «عاجل». */
    private static boolean breaking(StorySignature report) {
        return report.lead().startsWith("عاجل ");
    }

    /** Speakers are the same when they share a word (the people they name are part of their words). */
    private static boolean sameSpeaker(StorySignature a, StorySignature b) {
        return !disjoint(new HashSet<>(a.speaker()), new HashSet<>(b.speaker()));
    }

    private static boolean disjoint(Set<String> a, Set<String> b) {
        for (String x : a) {
            if (b.contains(x)) {
                return false;
            }
        }
        return true;
    }

    /** The evidence's names, for tools that print the weights. */
    static List<String> names() {
        return java.util.Arrays.stream(Evidence.values()).map(Enum::name).toList();
    }
}
