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
 */
public record Topic(String id, String name, List<String> keywords, List<String> context, List<String> exclude) {

    public Topic {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        keywords = List.copyOf(Objects.requireNonNull(keywords, "keywords"));
        context = context == null ? List.of() : List.copyOf(context);
        exclude = exclude == null ? List.of() : List.copyOf(exclude);
        if (keywords.isEmpty()) {
            throw new IllegalArgumentException("topic " + id + ": keywords must not be empty");
        }
    }
}
