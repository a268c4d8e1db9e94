package talkwatch.match;

import java.util.List;
import java.util.Objects;

/**
 * A subject subscribers can follow, as configured by the operator.
 *
 * @param id stable key, used in commands and storage
 * @param name display name
 * @param keywords words or phrases of which at least one must occur; never empty
 * @param context words or phrases of which at least one must also occur, when the list is not empty
 * @param exclude words or phrases that veto the topic
 * @param about words or phrases of which at least one must also occur, when the list is not empty: what the talks
 *     are about (the country, its parties, the mediators), so that other talks in the same city do not match
 * @param sharedVenues the keywords whose city hosts other talks too (Geneva, New York), so a context term followed
 *     by one of them («محادثات جنيف») does not name these talks: an about term is needed. A venue only these talks
 *     use (Manhasset) still names them: «مفاوضات مانهاست»
 * @param ownNames names only these talks have, their bodies and agreements (Geneva's constitutional committee),
 *     which stand for a keyword in a headline that names no topic's keyword, when an about term that is not part of a
 *     name occurs too: «اللجنة الدستورية تختتم دورتها» is the Geneva track's news, «ضامنو أستانا يدعمون عمل اللجنة
 *     الدستورية» Astana's, «اللجنة الدستورية الليبية» neither
 * @param people the track's own cast (its envoys, delegations' heads, co-chairs): named in a headline, they stand for
 *     a keyword as the own names do; with everyone's cast, they also tell stories apart ({@link Cast})
 */
public record Topic(
        String id,
        String name,
        List<String> keywords,
        List<String> context,
        List<String> exclude,
        List<String> about,
        List<String> sharedVenues,
        List<String> ownNames,
        List<Person> people) {

    public Topic {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        keywords = List.copyOf(Objects.requireNonNull(keywords, "keywords"));
        context = context == null ? List.of() : List.copyOf(context);
        exclude = exclude == null ? List.of() : List.copyOf(exclude);
        about = about == null ? List.of() : List.copyOf(about);
        sharedVenues = sharedVenues == null ? List.of() : List.copyOf(sharedVenues);
        ownNames = ownNames == null ? List.of() : List.copyOf(ownNames);
        people = people == null ? List.of() : List.copyOf(people);
        if (keywords.isEmpty()) {
            throw new IllegalArgumentException("topic " + id + ": keywords must not be empty");
        }
        if (!keywords.containsAll(sharedVenues)) {
            throw new IllegalArgumentException("topic " + id + ": shared venues must be keywords");
        }
    }

    /** A topic whose keywords are all shared venues ({@code sharedVenue}), or none. */
    public Topic(
            String id,
            String name,
            List<String> keywords,
            List<String> context,
            List<String> exclude,
            List<String> about,
            boolean sharedVenue,
            List<String> ownNames,
            List<Person> people) {
        this(id, name, keywords, context, exclude, about, sharedVenue ? keywords : List.of(), ownNames, people);
    }

    /** A topic with no people of its own. */
    public Topic(
            String id,
            String name,
            List<String> keywords,
            List<String> context,
            List<String> exclude,
            List<String> about,
            boolean sharedVenue,
            List<String> ownNames) {
        this(id, name, keywords, context, exclude, about, sharedVenue, ownNames, List.of());
    }

    /** A topic whose venue names its talks, with no names of its own. */
    public Topic(
            String id,
            String name,
            List<String> keywords,
            List<String> context,
            List<String> exclude,
            List<String> about) {
        this(id, name, keywords, context, exclude, about, false, List.of(), List.of());
    }

    /** A topic without an {@code about} list. */
    public Topic(String id, String name, List<String> keywords, List<String> context, List<String> exclude) {
        this(id, name, keywords, context, exclude, List.of());
    }
}
