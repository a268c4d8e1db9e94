package talkwatch.match;

import java.util.List;
import java.util.Objects;

/**
 * Someone the news of the talks is told through (an envoy, a minister, a delegation's head, or a body that speaks as
 * one: a delegation, a movement), with the other names outlets give them. Outlets name one person in many ways:
 * «لافرنتييف», «لافرينتييف», «المبعوث الروسي»; knowing they are one tells two reports of one statement together, and
 * two statements by different people apart.
 *
 * @param name the usual name, which also identifies the person
 * @param aliases other names and spellings; a one-word name also matches a spelling that differs only in its long
 *     vowels and hamza (بيدرسن، بيدرسون)
 * @param roles titles outlets use instead of the name («المبعوث الأممي»); a title several people share names any of
 *     them
 */
public record Person(String name, List<String> aliases, List<String> roles) {

    public Person {
        Objects.requireNonNull(name, "name");
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        roles = roles == null ? List.of() : List.copyOf(roles);
    }

    /** Every way the person is named: the name, the aliases, the roles. */
    List<String> namings() {
        List<String> all = new java.util.ArrayList<>(1 + aliases.size() + roles.size());
        all.add(name);
        all.addAll(aliases);
        all.addAll(roles);
        return all;
    }
}
