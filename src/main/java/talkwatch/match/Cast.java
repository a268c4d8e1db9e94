package talkwatch.match;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import talkwatch.arabic.TermExtractor;

/**
 * Finds who a text names, among the people of the configuration ({@link Person}): by name, alias or role, whatever
 * clitics the words carry, and a one-word name also by its letters without long vowels and hamza (outlets spell
 * foreign names as they hear them: لافرنتييف، لافرينتييف). Immutable and thread-safe.
 */
public final class Cast {

    /** Nobody known. */
    public static final Cast NONE = new Cast(List.of());

    /** A one-word name is matched by its skeleton only when this long, so that short words are never taken for it. */
    private static final int MIN_SKELETON = 4;

    private final List<Naming> namings;

    /** One way of naming someone, and who it names: several people for a role they share. */
    private record Naming(Phrase phrase, Set<String> names, String skeleton) {}

    public Cast(List<Person> people) {
        List<Naming> namings = new ArrayList<>();
        for (Person person : people) {
            for (String naming : person.namings()) {
                Phrase phrase = Phrase.of(naming);
                Set<String> named = new TreeSet<>();
                for (Person other : people) {
                    if (other.namings().stream()
                            .map(Phrase::of)
                            .anyMatch(p -> p.words().equals(phrase.words()))) {
                        named.add(other.name());
                    }
                }
                String skeleton =
                        phrase.words().size() == 1 ? skeleton(phrase.words().get(0)) : "";
                namings.add(new Naming(phrase, Set.copyOf(named), skeleton.length() >= MIN_SKELETON ? skeleton : ""));
            }
        }
        this.namings = List.copyOf(namings);
    }

    public boolean isEmpty() {
        return namings.isEmpty();
    }

    /** The names of the people {@code text} names, each by its usual name; a shared title names all who hold it. */
    public Set<String> named(String text) {
        Set<String> named = new TreeSet<>();
        if (namings.isEmpty()) {
            return named;
        }
        ArticleWords words = new ArticleWords(text);
        Set<String> skeletons = skeletons(text);
        for (Naming naming : namings) {
            if (naming.phrase().occursIn(words)
                    || (!naming.skeleton().isEmpty() && skeletons.contains(naming.skeleton()))) {
                named.addAll(naming.names());
            }
        }
        return named;
    }

    /** Whether {@code words} name anyone of this cast. */
    boolean namesAnyone(ArticleWords words) {
        return namings.stream().anyMatch(naming -> naming.phrase().occursIn(words));
    }

    /** The skeletons of the text's words, each read with and without its clitics. */
    private static Set<String> skeletons(String text) {
        Set<String> skeletons = new LinkedHashSet<>();
        for (String word : TermExtractor.words(text)) {
            for (String reading : Clitics.readings(word)) {
                String skeleton = skeleton(reading);
                if (skeleton.length() >= MIN_SKELETON) {
                    skeletons.add(skeleton);
                }
            }
        }
        return skeletons;
    }

    /** The word without its long vowels and hamza: بيدرسون → بدرسن. */
    static String skeleton(String word) {
        StringBuilder skeleton = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c != 'ا' && c != 'و' && c != 'ي' && c != 'ء' && c != 'ى') {
                skeleton.append(c);
            }
        }
        return skeleton.toString();
    }
}
