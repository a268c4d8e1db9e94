package talkwatch.story;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * News about talks that is not the course of a round itself: what happens on its sidelines, the fate of detainees,
 * a party staying away. Such a report shares the round's words (its name, its ordinal, its place, even the next
 * round's date), yet a subscriber who read of the round's opening still wants it: a detainee exchange «on the
 * sidelines of the 22nd round» is not the opening of the 22nd round, nor is a threat to boycott the next round the
 * news of that round's date.
 *
 * <p>Read from normalized words with their conjunction, preposition and article taken off ({@code بالمحتجزين} is
 * read as {@code محتجزين}).
 */
enum EventKind {
    /** على هامش الجولة: a meeting, a statement or an exchange beside the talks. */
    SIDELINES(List.of("هامش", "هوامش"), List.of()),
    /**
     * Detainees, prisoners, abductees and the missing: their release or exchange. (Normalized, الأسرى «the
     * prisoners» is written as الأسري «familial»; it is read as the prisoners, far the likelier in news of talks.)
     */
    DETAINEES(
            List.of(
                    "محتجز", "معتقل", "اسري$", "اسير", "افراج", "يفرج", "تفرج", "افرج", "سراح", "مختطف", "مخطوف",
                    "مفقود"),
            List.of()),
    /**
     * Delegations arrive: the eve of a round, not its opening. Its verbs are listed whole, as written: taken apart,
     * فيصل (a name) would read ف + يصل.
     */
    ARRIVAL(
            List.of(
                    "وصول", "=وصل", "=وصلت", "=وصلا", "=وصلوا", "=ووصل", "=ووصلت", "=يصل", "=يصلان", "=يصلون", "=ويصل",
                    "=تصل", "=تصلان", "=وتصل", "=سيصل", "=ستصل"),
            List.of()),
    /** A party boycotts, walks out, threatens not to attend. */
    WITHDRAWAL(
            List.of("مقاطعه", "مقاطعت", "يقاطع", "تقاطع", "قاطعت", "قاطعوا", "انسحاب", "ينسحب", "تنسحب", "انسحب"),
            List.of(
                    "عدم حضور",
                    "عدم مشارك",
                    "تعليق مشارك",
                    "تعلق مشارك",
                    "يعلق مشارك",
                    "تعليق محادث",
                    "تعليق مفاوض",
                    "يعلق محادث",
                    "يعلق مفاوض",
                    "تعلق محادث",
                    "تعلق مفاوض"));

    /**
     * The beginnings of the words that state this kind, bare or as written; a final {@code $} asks for the whole
     * word, a leading {@code =} for the whole word as written.
     */
    private final List<String> wordStarts;
    /** Two bare words in a row, the second by its beginning: {@code عدم حضور} for «بعدم حضور». */
    private final List<String[]> pairStarts;

    EventKind(List<String> wordStarts, List<String> pairStarts) {
        this.wordStarts = wordStarts;
        this.pairStarts = pairStarts.stream().map(pair -> pair.split(" ")).toList();
    }

    /** The kinds {@code words} (normalized) state. */
    static Set<EventKind> of(List<String> words) {
        Set<EventKind> kinds = EnumSet.noneOf(EventKind.class);
        String previous = "";
        for (String word : words) {
            String bare = bare(word);
            for (EventKind kind : values()) {
                if (kind.states(previous, bare, word)) {
                    kinds.add(kind);
                }
            }
            previous = bare;
        }
        return kinds;
    }

    /** Whether the word, {@code bare} or as {@code written} (وصول is not و + صول), states this kind. */
    private boolean states(String previous, String bare, String written) {
        for (String start : wordStarts) {
            boolean stated;
            if (start.startsWith("=")) {
                stated = written.equals(start.substring(1));
            } else if (start.endsWith("$")) {
                String whole = start.substring(0, start.length() - 1);
                stated = bare.equals(whole) || written.equals(whole);
            } else {
                stated = bare.startsWith(start) || written.startsWith(start);
            }
            if (stated) {
                return true;
            }
        }
        for (String[] pair : pairStarts) {
            if (previous.equals(pair[0]) && (bare.startsWith(pair[1]) || written.startsWith(pair[1]))) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code word} without a leading و or ف, then ب ل or ك (or the future's س before a verb's ت ي ن), then ال, as far
     * as at least three letters remain.
     */
    static String bare(String word) {
        String bare = word;
        if (bare.length() > 3 && (bare.charAt(0) == 'و' || bare.charAt(0) == 'ف')) {
            bare = bare.substring(1);
        }
        if (bare.length() > 4 && bare.charAt(0) == 'س' && "تين".indexOf(bare.charAt(1)) >= 0) {
            return bare.substring(1); // ستقاطع، سينسحب
        }
        if (bare.length() > 3 && (bare.charAt(0) == 'ب' || bare.charAt(0) == 'ل' || bare.charAt(0) == 'ك')) {
            bare = bare.substring(1);
        }
        if (bare.length() > 4 && bare.startsWith("ال")) {
            bare = bare.substring(2);
        } else if (bare.length() > 3 && bare.startsWith("ل") && word.length() > bare.length()) {
            bare = bare.substring(1); // لل: للمحتجزين
        }
        return bare;
    }
}
