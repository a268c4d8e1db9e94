package talkwatch.match;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
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
    /** Each person's titles, by name. */
    private final Map<String, List<String>> roles;
    /** The namings by their first word, so that a text is read once rather than once per naming. */
    private final Map<String, List<Naming>> byFirstWord;
    /** The one-word namings by their skeleton. */
    private final Map<String, List<Naming>> bySkeleton;

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
        Map<String, List<String>> roles = new HashMap<>();
        people.forEach(person -> roles.merge(person.name(), person.roles(), (a, b) -> a));
        this.roles = Map.copyOf(roles);
        Map<String, List<Naming>> byFirstWord = new HashMap<>();
        Map<String, List<Naming>> bySkeleton = new HashMap<>();
        for (Naming naming : namings) {
            byFirstWord
                    .computeIfAbsent(naming.phrase().words().get(0), w -> new ArrayList<>())
                    .add(naming);
            if (!naming.skeleton().isEmpty()) {
                bySkeleton
                        .computeIfAbsent(naming.skeleton(), k -> new ArrayList<>())
                        .add(naming);
            }
        }
        this.byFirstWord = Map.copyOf(byFirstWord);
        this.bySkeleton = Map.copyOf(bySkeleton);
    }

    /** The titles of the person called {@code name} («الرئيس المصري»); none for someone not in the cast. */
    public List<String> roles(String name) {
        return roles.getOrDefault(name, List.of());
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
        Set<Naming> tried = new HashSet<>();
        for (String word : TermExtractor.words(text)) {
            for (String reading : Clitics.readings(word)) {
                for (Naming naming : byFirstWord.getOrDefault(reading, List.of())) {
                    if (tried.add(naming) && naming.phrase().occursIn(words)) {
                        named.addAll(naming.names());
                    }
                }
                String skeleton = skeleton(reading);
                if (skeleton.length() >= MIN_SKELETON) {
                    for (Naming naming : bySkeleton.getOrDefault(skeleton, List.of())) {
                        if (spelledAlike(reading, naming.phrase().words().get(0))) {
                            named.addAll(naming.names());
                        }
                    }
                }
            }
        }
        return named;
    }

    /**
     * Whether {@code text} names two different people of this cast: two namings that share nobody (a title several
     * people hold names them all, and so is not two people by itself).
     */
    public boolean namesTwo(String text) {
        List<Set<String>> found = new ArrayList<>();
        ArticleWords words = new ArticleWords(text);
        for (Naming naming : namings) {
            if (naming.phrase().occursIn(words)) {
                found.add(naming.names());
            }
        }
        for (int i = 0; i < found.size(); i++) {
            for (int j = i + 1; j < found.size(); j++) {
                if (Collections.disjoint(found.get(i), found.get(j))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether two words of one skeleton are one name spelled as heard: one long vowel more or less, inside the word
     * (بيدرسن، بيدرسون; ترمب، ترامب). Not two vowels (طهران is not طاهريان, النظر not الناظوري), not vowels moved
     * (المشير is not المشري), and not an ending (كنعان is not كنعاني, البحرية not البحرة).
     */
    static boolean spelledAlike(String word, String name) {
        if (word.equals(name)) {
            return true;
        }
        String longer = word.length() > name.length() ? word : name;
        String shorter = longer == word ? name : word;
        if (longer.length() != shorter.length() + 1) {
            return false;
        }
        int at = 0;
        while (at < shorter.length() && longer.charAt(at) == shorter.charAt(at)) {
            at++;
        }
        // the extra vowel is at «at»; an ending is the last letter, or «ي» before a final «ه» (ية)
        boolean ending = at == longer.length() - 1 || (at == longer.length() - 2 && longer.endsWith("يه"));
        return !ending && longer.substring(at + 1).equals(shorter.substring(at));
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
