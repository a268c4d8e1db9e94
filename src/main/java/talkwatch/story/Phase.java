package talkwatch.story;

import java.util.List;
import java.util.Set;

/**
 * What a headline says of an event: that it starts, that it ends, or what the next one will be. The opening and the
 * close of one round of talks, or the date set for the next round and that round's opening, share nearly all their
 * words, yet are different stories.
 */
public enum Phase {
    START,
    END,
    NEXT,
    NONE;

    private static final Set<String> START_WORDS = Set.of(
            "انطلاق",
            "انطلقت",
            "انطلق",
            "تنطلق",
            "ينطلق",
            "بدء",
            "بدات",
            "بدا",
            "تبدا",
            "يبدا",
            "افتتاح",
            "افتتحت",
            "افتتح",
            "تفتتح",
            "يفتتح",
            // a round resumes: استأنفت، تستأنف، استئناف
            "استانف",
            "استانفت",
            "تستانف",
            "يستانف",
            "استيناف");
    private static final Set<String> END_WORDS = Set.of(
            "اختتام",
            "اختتمت",
            "اختتم",
            "تختتم",
            "يختتم",
            "ختام",
            "انتهاء",
            "انتهت",
            "انتهي",
            "تنتهي",
            "ينتهي",
            // the final statement (البيان الختامي) is the close's news
            "ختامي",
            "الختامي",
            "ختاميه",
            "الختاميه");
    private static final Set<String> NEXT_WORDS = Set.of("القادمه", "المقبله", "التاليه", "القادم", "المقبل", "التالي");

    /** The phase {@code headlineWords} (normalized) state: start or end when only one of them, else next, else none. */
    static Phase of(List<String> headlineWords) {
        boolean start = false;
        boolean end = false;
        boolean next = false;
        for (String word : headlineWords) {
            String bare = word.length() > 3 && (word.startsWith("و") || word.startsWith("ف") || word.startsWith("ب"))
                    ? word.substring(1)
                    : word;
            start |= START_WORDS.contains(word) || START_WORDS.contains(bare);
            end |= END_WORDS.contains(word) || END_WORDS.contains(bare);
            next |= NEXT_WORDS.contains(word) || NEXT_WORDS.contains(bare);
        }
        if (start != end) {
            return start ? START : END;
        }
        return next ? NEXT : NONE;
    }

    /** What a report says: its headline's phase, or when the headline states none, its first sentence's. */
    static Phase of(List<String> headlineWords, List<String> firstSentenceWords) {
        Phase headline = of(headlineWords);
        return headline == NONE ? of(firstSentenceWords) : headline;
    }

    /** A start and an end, or a start and news of the next event, are different stories. */
    boolean contradicts(Phase other) {
        return this != other && this != NONE && other != NONE;
    }
}
