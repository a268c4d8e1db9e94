package talkwatch.story;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import talkwatch.arabic.TermExtractor;
import talkwatch.match.Cast;

/**
 * Who reacts in a headline that reports a reaction: the words before a verb of welcome, praise or condemnation that
 * comes among its first words («الإمارات ترحب باتفاق…», «الجامعة العربية تدين…», «غوتيريش يشيد…»). Each capital
 * reacts in a report of its own: two reactions by different states or bodies are two stories, however many words
 * they share («الرياض ترحب باتفاق تبادل الأسرى في اليمن», «الإمارات ترحب باتفاق تبادل الأسرى في اليمن»).
 *
 * <p>A state is one reactor by its name, its adjective or its capital (السعودية، السعودي، الرياض), a body by its name
 * or its head (الأمم المتحدة، الأممي، غوتيريش); other words count as themselves, the words of office (وزير، الخارجية،
 * المتحدث) left out. A subject that names the talks' own people gives no reactor: who speaks tells them apart
 * ({@link StorySignature#speaker}), and their titles are not their states.
 */
final class Reaction {

    /** Verbs of welcome, praise and condemnation, normalized. */
    private static final Set<String> VERBS = Set.of(
            "ترحب", "يرحب", "رحب", "رحبت", "تشيد", "يشيد", "اشاد", "اشادت", "تثمن", "يثمن", "ثمن", "ثمنت", "تدين",
            "يدين", "ادان", "ادانت", "دانت", "تندد", "يندد", "ندد", "نددت", "تستنكر", "يستنكر", "استنكر", "استنكرت");
    /** How far into the headline the verb may come: its subject is a name, a title or an office. */
    private static final int MAX_SUBJECT = 5;
    /** Words of office and of bodies in general, and short words, which say nothing of who reacts. */
    private static final Set<String> OFFICE = Set.of(
            "وزير",
            "وزيره",
            "وزاره",
            "الخارجيه",
            "خارجيه",
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
            "عاجل",
            "الدوله",
            "دوله",
            "الامين",
            "العام",
            "الاتحاد",
            "اتحاد",
            "مجلس",
            "المنظمه",
            "منظمه",
            "الهيئه",
            "هيئه",
            "المفوضيه",
            "مفوضيه",
            "اللجنه",
            "لجنه",
            "المتحده",
            "على",
            "الى",
            "بعد",
            "قبل",
            "سياده");
    /**
     * Capitals, bodies' heads and spellings a state's name and adjective do not share, normalized, each with the
     * {@linkplain #root root} that stands for its state or body.
     */
    private static final Map<String, String> WHO = who();

    private Reaction() {}

    /** Both report reactions, by different states or bodies: two stories, whatever else they share. */
    static boolean others(StorySignature a, StorySignature b) {
        return !a.reactors().isEmpty() && !b.reactors().isEmpty() && Collections.disjoint(a.reactors(), b.reactors());
    }

    /** Who reacts in {@code title}, as a set of names; empty when the headline reports no reaction. */
    static Set<String> in(String title, Cast cast) {
        List<String> words = TermExtractor.words(title);
        int start = !words.isEmpty() && words.get(0).equals("عاجل") ? 1 : 0;
        for (int i = start + 1; i < Math.min(words.size(), start + 1 + MAX_SUBJECT); i++) {
            if (VERBS.contains(withoutConjunction(words.get(i)))) {
                return subject(words.subList(start, i), cast);
            }
        }
        return Set.of();
    }

    private static Set<String> subject(List<String> words, Cast cast) {
        if (!cast.named(String.join(" ", words)).isEmpty()) {
            return Set.of(); // the talks' own people: who speaks tells them apart (StorySignature#speaker)
        }
        Set<String> who = new TreeSet<>();
        for (String written : words) {
            String word = withoutConjunction(written);
            if (WHO.containsKey(word)) {
                who.add(WHO.get(word));
            } else if (!OFFICE.contains(word) && word.length() > 2) {
                who.add(root(word));
            }
        }
        return Set.copyOf(who);
    }

    /**
     * A state's name and its adjective made one: the article and the endings of the adjective (يه، ي) or of the name
     * (يا، ا) taken off, so that سوريا، السوري and السورية are سور.
     */
    static String root(String word) {
        String root = word.startsWith("ال") && word.length() > 4 ? word.substring(2) : word;
        for (String ending : List.of("يه", "يا", "ي", "ا")) {
            if (root.endsWith(ending) && root.length() - ending.length() >= 3) {
                return root.substring(0, root.length() - ending.length());
            }
        }
        return root;
    }

    /** The word without «و» (and) before it («وقطر», «والولايات»), unless it is a name or a word of office as it is. */
    private static String withoutConjunction(String word) {
        if (WHO.containsKey(word) || OFFICE.contains(word) || !word.startsWith("و") || word.length() < 4) {
            return word;
        }
        return word.substring(1);
    }

    private static Map<String, String> who() {
        Map<String, List<String>> names = Map.ofEntries(
                Map.entry("السعوديه", List.of("الرياض", "المملكه")),
                Map.entry("الامارات", List.of("ابوظبي", "ظبي")),
                Map.entry("عمان", List.of("مسقط", "سلطنه")),
                Map.entry("قطر", List.of("الدوحه")),
                Map.entry("البحرين", List.of("المنامه")),
                Map.entry("مصر", List.of("القاهره")),
                Map.entry("سوريا", List.of("دمشق")),
                Map.entry("العراق", List.of("بغداد")),
                Map.entry("لبنان", List.of("بيروت")),
                Map.entry("ليبيا", List.of("طرابلس")),
                Map.entry("السودان", List.of("الخرطوم")),
                Map.entry("المغرب", List.of("الرباط")),
                Map.entry("موريتانيا", List.of("نواكشوط")),
                Map.entry("تركيا", List.of("انقره")),
                Map.entry("ايران", List.of("طهران")),
                Map.entry("روسيا", List.of("موسكو", "الكرملين")),
                Map.entry(
                        "امريكا",
                        List.of(
                                "اميركا",
                                "الاميركي",
                                "الاميركيه",
                                "اميركي",
                                "اميركيه",
                                "واشنطن",
                                "الابيض",
                                "الولايات")),
                Map.entry("فرنسا", List.of("باريس", "الاليزيه")),
                Map.entry("بريطانيا", List.of("لندن")),
                Map.entry("المانيا", List.of("برلين")),
                Map.entry("الصين", List.of("بكين")),
                Map.entry("اثيوبيا", List.of("اديس")),
                Map.entry("كينيا", List.of("نيروبي")),
                Map.entry("افغانستان", List.of("كابل")),
                Map.entry("اوكرانيا", List.of("كييف")),
                Map.entry("ارمينيا", List.of("يريفان")),
                Map.entry("اذربيجان", List.of("باكو")),
                Map.entry("الامم", List.of("غوتيريش", "غوتيريس", "دوجاريك")),
                Map.entry("الاوروبي", List.of("بروكسل", "بوريل")),
                Map.entry("العربيه", List.of("الجامعه", "الغيط")),
                Map.entry("الخليجي", List.of("التعاون", "الحجرف")),
                Map.entry("الافريقي", List.of("فكي")),
                Map.entry("ايغاد", List.of("الايغاد", "ايقاد", "للتنميه", "التنميه")));
        Map<String, String> who = new HashMap<>();
        names.forEach((state, words) -> words.forEach(word -> who.put(word, root(state))));
        return Map.copyOf(who);
    }
}
