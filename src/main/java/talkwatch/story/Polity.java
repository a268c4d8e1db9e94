package talkwatch.story;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import talkwatch.arabic.ArabicText;
import talkwatch.arabic.TermExtractor;
import talkwatch.match.Cast;

/**
 * States and international bodies as the news names them: by name, adjective, capital or head. Each is one
 * {@linkplain #root root}: السعودية، السعودي and الرياض are سعود; الأمم المتحدة and غوتيريش are امم. Words are
 * normalized («الرياض», «انقره»).
 */
final class Polity {

    /**
     * Capitals, bodies' heads and spellings a state's name and adjective do not share, normalized, each with the
     * root that stands for its state or body.
     */
    private static final Map<String, String> ALIASES = aliases();
    /** The roots of the states and bodies the table knows. */
    private static final Set<String> KNOWN = Set.copyOf(ALIASES.values());
    /** Words after which a title says where its holder serves: «المبعوث الخاص إلى سوريا», «السفير الروسي لدى دمشق». */
    private static final Set<String> WHERE_THEY_SERVE = Set.of("الي", "لدي", "في");
    /** An opposition, whose adjective is its country's and not its voice: «المعارضة السورية». */
    private static final Set<String> OPPOSITION = Set.of("المعارضه", "معارضه", "للمعارضه");

    /**
     * Words of office, which may stand among the states' names: «وزير الخارجية التركي», «الدفاع الروسية»; normalized as
     * the words they are compared with are.
     */
    static final Set<String> OFFICE = Stream.of(
                    "وزير",
                    "وزيره",
                    "وزاره",
                    "وزارتا",
                    "الخارجيه",
                    "خارجيه",
                    "الدفاع",
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
                    "الدوله",
                    "دوله",
                    "الامين",
                    "العام",
                    "الاتحاد",
                    "مجلس",
                    "المتحده")
            .map(ArabicText::normalize)
            .collect(Collectors.toUnmodifiableSet());

    /** How many opening words may name the states that speak, among words of office. */
    private static final int OPENING_WORDS = 4;

    private Polity() {}

    /** Whether {@code word} is a capital, a head or a spelling of the table («الرياض», «غوتيريش»). */
    static boolean named(String word) {
        return ALIASES.containsKey(word);
    }

    /** The root of the state or body {@code word} is an alias of; only for {@linkplain #named named} words. */
    static String of(String word) {
        return ALIASES.get(word);
    }

    /**
     * {@code word} without «و» (and) before it («وقطر», «والروسي»), unless it is an alias as it is or too short to be
     * more than one.
     */
    static String withoutAnd(String word) {
        return named(word) || !word.startsWith("و") || word.length() < 4 ? word : word.substring(1);
    }

    /**
     * The state or body {@code word} names, by an alias, its name or its adjective («أنقرة», «تركيا», «التركي» are
     * all ترك), or none when it names none the table knows.
     */
    static Optional<String> state(String word) {
        if (named(word)) {
            return Optional.of(of(word));
        }
        String root = root(word);
        return KNOWN.contains(root) ? Optional.of(root) : Optional.empty();
    }

    /**
     * The states the opening words name, among words of office: «وزير الخارجية التركي», «روسيا وتركيا», «الخارجية
     * التركية»; none when another word comes first.
     */
    static Set<String> atOpening(List<String> words) {
        Set<String> states = new TreeSet<>();
        for (String word : words.subList(0, Math.min(words.size(), OPENING_WORDS))) {
            if (OFFICE.contains(word)) {
                continue;
            }
            Optional<String> state = state(withoutAnd(word));
            if (state.isEmpty()) {
                break;
            }
            states.add(state.get());
        }
        return states;
    }

    /**
     * The states and bodies someone of the cast speaks for: those their name opens with, as a ministry's does
     * («الخارجية التركية»), and those their titles name («الرئيس المصري»).
     */
    static Set<String> speaksFor(String person, Cast cast) {
        Set<String> states = atOpening(TermExtractor.words(person));
        cast.roles(person).forEach(role -> states.addAll(statesIn(role)));
        return states;
    }

    /**
     * The states and bodies a title names for whom its holder speaks: «الرئيس المصري» مصر, «المنسق الخاص للأمم المتحدة»
     * the UN. Where they serve is not whom they speak for, nor is an opposition its state: «المبعوث الأممي إلى سوريا» is
     * the UN's, «رئيس وفد المعارضة السورية» nobody's.
     */
    static Set<String> statesIn(String title) {
        Set<String> states = new TreeSet<>();
        List<String> words = TermExtractor.words(title);
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (WHERE_THEY_SERVE.contains(word)) {
                break;
            }
            if (OPPOSITION.contains(word)) {
                i++;
                continue;
            }
            // «للأمم» is «الأمم» after «ل» (of)
            state(word.startsWith("لل") ? "ا" + word.substring(1) : word).ifPresent(states::add);
        }
        return states;
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

    private static Map<String, String> aliases() {
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
        Map<String, String> aliases = new HashMap<>();
        names.forEach((state, words) -> words.forEach(word -> aliases.put(word, root(state))));
        return Map.copyOf(aliases);
    }
}
