package talkwatch.story;

import java.util.List;
import java.util.Set;

/**
 * Whether a report is about the start or the end of an event: the opening and the close of the same round of talks
 * share nearly all their words, yet are two stories.
 */
public enum Phase {
    START,
    END,
    NONE;

    private static final Set<String> START_WORDS = Set.of(
            "انطلاق", "انطلقت", "انطلق", "تنطلق", "ينطلق", "بدء", "بدات", "بدا", "تبدا", "يبدا", "افتتاح", "افتتحت",
            "افتتح", "تفتتح", "يفتتح");
    private static final Set<String> END_WORDS =
            Set.of("اختتام", "اختتمت", "اختتم", "تختتم", "يختتم", "ختام", "انتهاء", "انتهت", "انتهي", "تنتهي", "ينتهي");

    /** The phase the headline states, if it states one (and only one). */
    static Phase of(List<String> headlineWords) {
        boolean start = false;
        boolean end = false;
        for (String word : headlineWords) {
            String bare = word.length() > 3 && (word.startsWith("و") || word.startsWith("ف") || word.startsWith("ب"))
                    ? word.substring(1)
                    : word;
            start |= START_WORDS.contains(word) || START_WORDS.contains(bare);
            end |= END_WORDS.contains(word) || END_WORDS.contains(bare);
        }
        return start == end ? NONE : start ? START : END;
    }

    boolean contradicts(Phase other) {
        return this != NONE && other != NONE && this != other;
    }
}
