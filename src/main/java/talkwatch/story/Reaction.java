package talkwatch.story;

import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import talkwatch.arabic.ArabicText;
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
 * المتحدث) left out. Someone of the configuration's people reacts for the state or body their title names («السيسي»,
 * «الرئيس المصري»: مصر, as «مصر ترحب» does; «ملادينوف», «المنسق الخاص للأمم المتحدة»: the UN); one whose title names
 * none gives no reactor, and who speaks tells them apart ({@link StorySignature#speaker}).
 */
final class Reaction {

    /** Verbs of welcome, praise and condemnation, normalized. */
    private static final Set<String> VERBS = Set.of(
            "ترحب", "يرحب", "رحب", "رحبت", "تشيد", "يشيد", "اشاد", "اشادت", "تثمن", "يثمن", "ثمن", "ثمنت", "تدين",
            "يدين", "ادان", "ادانت", "دانت", "تندد", "يندد", "ندد", "نددت", "تستنكر", "يستنكر", "استنكر", "استنكرت");
    /**
     * «الرئيس» unnamed is a reactor of its own, not a word of office to pass over: «سيادة الرئيس يرحب…» (an agency's
     * own president) is not «الرئيس السيسي يرحب…» nor «قطر ترحب…».
     */
    private static final Set<String> PRESIDENT =
            Stream.of("رئيس", "الرئيس", "رئيسة").map(ArabicText::normalize).collect(Collectors.toUnmodifiableSet());
    /** How far into the headline the verb may come: its subject is a name, a title or an office. */
    private static final int MAX_SUBJECT = 5;
    /**
     * Words of office and of bodies in general, and short words, which say nothing of who reacts; normalized as the
     * headline's words are («الهيئة» is read الهييه).
     */
    private static final Set<String> OFFICE = Stream.concat(
                    Polity.OFFICE.stream().filter(word -> !PRESIDENT.contains(word)),
                    Stream.of(
                            "عاجل",
                            "اتحاد",
                            "المنظمه",
                            "منظمه",
                            "الهيئه",
                            "هيئه",
                            "المفوضيه",
                            "مفوضيه",
                            "اللجنه",
                            "لجنه",
                            "على",
                            "الي",
                            "بعد",
                            "قبل",
                            "سياده"))
            .map(ArabicText::normalize)
            .collect(Collectors.toUnmodifiableSet());

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
        Set<String> people = cast.named(String.join(" ", words));
        if (!people.isEmpty()) {
            Set<String> states = new TreeSet<>();
            people.forEach(person -> states.addAll(Polity.speaksFor(person, cast)));
            return Set.copyOf(states);
        }
        Set<String> who = new TreeSet<>();
        for (String written : words) {
            String word = withoutConjunction(written);
            if (Polity.named(word)) {
                who.add(Polity.of(word));
            } else if (!OFFICE.contains(word) && word.length() > 2) {
                who.add(Polity.root(word));
            }
        }
        return Set.copyOf(who);
    }

    /** The word without «و» (and) before it («وقطر», «والولايات»), unless it is a name or a word of office as it is. */
    private static String withoutConjunction(String word) {
        return OFFICE.contains(word) ? word : Polity.withoutAnd(word);
    }
}
