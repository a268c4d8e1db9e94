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

    /**
     * Words that put a start still to come, within a few words before it: on the eve of, before («قبل يوم واحد من
     * انطلاق»).
     */
    private static final Set<String> AHEAD_WORDS = Set.of("عشيه", "قبيل", "قبل");
    /** Tomorrow: anywhere in the sentence, it puts its start ahead («تبدأ أعمالها غدا»). */
    private static final Set<String> AHEAD_ANYWHERE = Set.of("غدا", "غد");
    /** A day, a week or a month that, followed by «next» (المقبل، القادم), dates a start ahead: «السبت المقبل». */
    private static final Set<String> TIMES =
            Set.of("السبت", "الاحد", "الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعه", "الاسبوع", "الشهر");
    /** A start or an end after one of these within two words is a time, not the news: «عقب اختتام الجولة». */
    private static final Set<String> AFTER_WORDS = Set.of("بعد", "عقب", "اثر", "خلال", "منذ", "اعقاب", "هامش");
    /** How many words before a start or an end a word of {@link #AHEAD_WORDS} still points at it. */
    private static final int AHEAD_REACH = 4;
    /** How many words before a start or an end a word of {@link #AFTER_WORDS} still points at it. */
    private static final int AFTER_REACH = 2;
    /** Verbs in the future that hold or start an event: «ستعقد الجولة». */
    private static final Set<String> FUTURE_WORDS = Set.of(
            "ستعقد",
            "سيعقد",
            "ستنعقد",
            "ستنطلق",
            "سينطلق",
            "ستبدا",
            "سيبدا",
            "ستفتتح",
            "سيفتتح",
            "ستستانف",
            "سيستانف",
            "ستستانفان",
            "سيستانفان",
            "ستعقدان",
            "سيعقدان");

    /**
     * The phase {@code words} (normalized) state: start or end when only one of them, else next, else none. A start
     * still to come (tomorrow, on the eve of, before, in the future tense) is the next event; a start or an end
     * that only dates something else («after the close», «on the sidelines of the opening») is not the news.
     */
    static Phase of(List<String> words) {
        boolean start = false;
        boolean end = false;
        boolean next = false;
        boolean aheadInSentence = ahead(words);
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            String bare = bare(word);
            next |= NEXT_WORDS.contains(word) || NEXT_WORDS.contains(bare) || FUTURE_WORDS.contains(bare);
            boolean starts = START_WORDS.contains(word) || START_WORDS.contains(bare);
            boolean ends = END_WORDS.contains(word) || END_WORDS.contains(bare);
            if (!(starts || ends) || within(words, i, AFTER_WORDS, AFTER_REACH)) {
                continue;
            }
            if (starts && (aheadInSentence || within(words, i, AHEAD_WORDS, AHEAD_REACH))) {
                next = true;
                continue;
            }
            start |= starts;
            end |= ends;
        }
        if (start != end) {
            return start ? START : END;
        }
        return next ? NEXT : NONE;
    }

    /**
     * What a report says: the phase {@code about} states (its headline, or when the headline states nothing, its first
     * sentence), but a start that the first sentence puts ahead («… في جدة يوم السبت المقبل») is the next event: a
     * headline welcoming «the start of talks» may announce them.
     */
    static Phase of(List<String> about, List<String> firstSentence) {
        Phase phase = of(about);
        return phase == START && ahead(firstSentence) ? NEXT : phase;
    }

    /** True when {@code words} put an event ahead: tomorrow, a future verb, a day, week or month «next». */
    private static boolean ahead(List<String> words) {
        for (int i = 0; i < words.size(); i++) {
            String bare = bare(words.get(i));
            if (AHEAD_ANYWHERE.contains(bare) || FUTURE_WORDS.contains(bare)) {
                return true;
            }
            if (i + 1 < words.size()
                    && TIMES.contains(bare)
                    && (words.get(i + 1).equals("المقبل") || words.get(i + 1).equals("القادم"))) {
                return true;
            }
        }
        return false;
    }

    /** True when one of {@code markers} is among the {@code reach} words before {@code words.get(i)}. */
    private static boolean within(List<String> words, int i, Set<String> markers, int reach) {
        for (int k = Math.max(0, i - reach); k < i; k++) {
            String word = words.get(k);
            if (markers.contains(word) || markers.contains(bare(word))) {
                return true;
            }
        }
        return false;
    }

    /** Without a leading و ف or ب, as long as more than three letters remain. */
    private static String bare(String word) {
        return word.length() > 3 && (word.startsWith("و") || word.startsWith("ف") || word.startsWith("ب"))
                ? word.substring(1)
                : word;
    }

    /** A start and an end, or a start and news of the next event, are different stories. */
    boolean contradicts(Phase other) {
        return this != other && this != NONE && other != NONE;
    }
}
