package talkwatch.story;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The numbers an article states, in digits or in words: ordinals ({@code الرابعة عشرة}, {@code الـ14}: 14; {@code
 * الحادية والعشرين}: 21), which name an event (a round, a session), apart from cardinals ({@code أربعة عشر},
 * {@code 14}), which count. {@code أول} and {@code الأولى} are read as 1 only beside a word for a round, a session, a
 * stage or a meeting ({@code الجولة الأولى}, {@code أولى جلسات}), and not when «since», «of its kind» or «in which»
 * follows ({@code أول اجتماع لها منذ حزيران}, {@code أول اجتماع من نوعه}, {@code أول جولة يشارك فيها}): elsewhere they
 * are mostly "first" in "for the first time".
 */
final class Numbers {

    private static final Map<String, Integer> UNITS = words(
            "2 اثنان اثنين اثنتان اثنتين ثاني ثانيه",
            "3 ثلاث ثلاثه ثالث ثالثه",
            "4 اربع اربعه رابع رابعه",
            "5 خمس خمسه خامس خامسه",
            "6 ست سته سادس سادسه",
            "7 سبع سبعه سابع سابعه",
            "8 ثماني ثمانيه ثامن ثامنه",
            "9 تسع تسعه تاسع تاسعه",
            "1 حادي حاديه");
    private static final Map<String, Integer> TENS = words(
            "10 عشر عشره عاشر عاشره",
            "20 عشرون عشرين",
            "30 ثلاثون ثلاثين",
            "40 اربعون اربعين",
            "50 خمسون خمسين",
            "60 ستون ستين",
            "70 سبعون سبعين",
            "80 ثمانون ثمانين",
            "90 تسعون تسعين");

    /** «First» in its forms, normalized and bare. */
    private static final Set<String> FIRST = Set.of("اول", "اولي");
    /** Words for what a round number names, bare: «first» beside one of them is the ordinal 1. */
    private static final Set<String> EVENTS =
            Set.of("جوله", "جولتها", "جولات", "جلسه", "جلسات", "مرحله", "دفعه", "دوره", "اجتماع", "اجتماعات");

    /** Words that, close after «first», make it "the first since", "of its kind", "in which": no event's number. */
    private static final Set<String> NOT_A_NUMBER_AFTER = Set.of("منذ", "نوعه", "نوعها", "فيها", "فيه");

    private Numbers() {}

    /** The numbers an article states: ordinals and cardinals. */
    record Stated(Set<Integer> ordinals, Set<Integer> cardinals) {}

    /**
     * The ordinals and the cardinals in {@code words}, normalized words as
     * {@link talkwatch.arabic.TermExtractor#words} gives them.
     */
    static Stated in(List<String> words) {
        Set<Integer> ordinals = new TreeSet<>();
        Set<Integer> cardinals = new TreeSet<>();
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (Character.isDigit(word.charAt(0))) {
                boolean afterArticle = i > 0 && words.get(i - 1).equals("ال");
                if (word.length() <= 9) {
                    (afterArticle ? ordinals : cardinals).add(Integer.parseInt(word));
                }
                continue;
            }
            String bare = bare(word);
            if (FIRST.contains(bare) && besideAnEvent(words, i) && !firstSince(words, i)) {
                ordinals.add(1);
                continue;
            }
            Integer unit = UNITS.get(bare);
            Integer tens = TENS.get(bare);
            if (unit != null) {
                Integer next = i + 1 < words.size() ? TENS.get(bare(words.get(i + 1))) : null;
                boolean joined = next != null && (next == 10 || words.get(i + 1).startsWith("و"));
                (isOrdinal(word) ? ordinals : cardinals).add(joined ? next + unit : unit);
                i += joined ? 1 : 0;
            } else if (tens != null) {
                (isOrdinal(word) ? ordinals : cardinals).add(tens);
            }
        }
        return new Stated(ordinals, cardinals);
    }

    private static boolean besideAnEvent(List<String> words, int i) {
        return i > 0 && isEvent(words.get(i - 1)) || i + 1 < words.size() && isEvent(words.get(i + 1));
    }

    /**
     * «The first meeting since June», «the first of its kind», «the first round in which…»: a first that is not the
     * number of an event.
     */
    private static boolean firstSince(List<String> words, int i) {
        for (int k = i + 1; k < Math.min(words.size(), i + 5); k++) {
            if (NOT_A_NUMBER_AFTER.contains(words.get(k))) {
                return true;
            }
        }
        return false;
    }

    /** A word for a round, a session...: {@code الجولة}, {@code بجولتها}. */
    private static boolean isEvent(String word) {
        return EVENTS.contains(bare(word))
                || word.length() > 3 && "وفبل".indexOf(word.charAt(0)) >= 0 && EVENTS.contains(bare(word.substring(1)));
    }

    /** Ordinal words have the pattern فاعل (رابع، رابعة), and 1 only exists as an ordinal here (حادي). */
    private static boolean isOrdinal(String word) {
        String w = bare(word);
        return (w.length() >= 4 && w.charAt(1) == 'ا' && !w.startsWith("ثلاث") && !w.startsWith("ثماني"))
                || w.startsWith("حادي")
                || w.equals("ثاني")
                || w.equals("ثانيه");
    }

    /** Without a leading و ف ب ل and the article: {@code والعشرين} → {@code عشرين}. */
    private static String bare(String word) {
        String w = word;
        if (w.length() > 3 && (w.startsWith("و") || w.startsWith("ف") || w.startsWith("ب") || w.startsWith("ل"))) {
            String rest = w.substring(1);
            if (rest.startsWith("ال") || UNITS.containsKey(rest) || TENS.containsKey(rest)) {
                w = rest;
            }
        }
        if (w.startsWith("ال") && w.length() > 3) {
            w = w.substring(2);
        }
        return w;
    }

    /** Each line: the value, then the normalized words that say it. */
    private static Map<String, Integer> words(String... lines) {
        Map<String, Integer> words = new HashMap<>();
        for (String line : lines) {
            String[] parts = line.split(" ");
            for (int i = 1; i < parts.length; i++) {
                words.put(parts[i], Integer.parseInt(parts[0]));
            }
        }
        return Map.copyOf(words);
    }
}
