package talkwatch.bot;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import talkwatch.arabic.ArabicText;
import talkwatch.deliver.Html;
import talkwatch.match.Topic;

/**
 * Finds the topics a user means: by id ({@code astana}), by name ({@code محادثات أستانا}) or by one of
 * the keywords ({@code أستانة}), whatever the hamza, ta marbuta or diacritics.
 */
final class TopicResolver {

    /** The topics found, and the first word that named none (if any). */
    record Resolution(List<Topic> topics, Optional<String> unknown) {}

    private final List<Topic> topics;

    TopicResolver(List<Topic> topics) {
        this.topics = topics;
    }

    List<Topic> all() {
        return topics;
    }

    Resolution resolve(String words) {
        Optional<Topic> whole = find(words);
        if (whole.isPresent()) {
            return new Resolution(List.of(whole.get()), Optional.empty());
        }
        Set<Topic> found = new LinkedHashSet<>();
        for (String word : words.split("[\\s,،]+")) {
            if (word.isBlank()) {
                continue;
            }
            Optional<Topic> topic = find(word);
            if (topic.isEmpty()) {
                return new Resolution(List.of(), Optional.of(word));
            }
            found.add(topic.get());
        }
        return new Resolution(new ArrayList<>(found), Optional.empty());
    }

    Optional<Topic> byId(String id) {
        return topics.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    /** "محادثات أستانا (astana)، محادثات جنيف (geneva)", escaped. */
    String describeAll() {
        return topics.stream()
                .map(t -> Html.escape(t.name()) + " (<code>" + Html.escape(t.id()) + "</code>)")
                .collect(Collectors.joining("، "));
    }

    static String names(Iterable<Topic> topics) {
        List<String> names = new ArrayList<>();
        topics.forEach(t -> names.add(Html.escape(t.name())));
        return String.join("، ", names);
    }

    private Optional<Topic> find(String text) {
        String wanted = key(text);
        if (wanted.isEmpty()) {
            return Optional.empty();
        }
        return topics.stream()
                .filter(t -> key(t.id()).equals(wanted)
                        || key(t.name()).equals(wanted)
                        || t.keywords().stream().anyMatch(k -> key(k).equals(wanted)))
                .findFirst();
    }

    private static String key(String text) {
        return ArabicText.normalize(text).toLowerCase().strip();
    }
}
