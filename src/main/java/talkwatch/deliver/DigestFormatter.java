package talkwatch.deliver;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import talkwatch.store.Outlet;
import talkwatch.store.StoredArticle;

/**
 * The HTML of a chat's digest: a heading with the time, then the stories since the last digest grouped by talks, each
 * story once: its headline in bold as a link, its first summary sentence, the outlets that reported it. One message,
 * more only when Telegram's 4096 characters require it, split between stories (a talk continued in the next message
 * is named again). Everything from outside is escaped and isolated as in {@link MessageFormatter}. Thread-safe.
 */
public final class DigestFormatter {

    /** The Arabic words of a digest, from the bot's texts. */
    public record Words(String heading, String continued) {
        public Words {
            Objects.requireNonNull(heading, "heading");
            Objects.requireNonNull(continued, "continued");
        }
    }

    /** A talk and its stories, in the order shown. */
    public record Group(String talk, List<StoredArticle> stories) {
        public Group {
            stories = List.copyOf(stories);
        }
    }

    static final int STORY_LIMIT = 900;

    private final Words words;
    private final TimeDisplay time;

    public DigestFormatter(Words words, TimeDisplay time) {
        this.words = Objects.requireNonNull(words, "words");
        this.time = Objects.requireNonNull(time, "time");
    }

    /** The digest's messages, sent at {@code at}; at least one. */
    public List<String> format(Instant at, List<Group> groups) {
        List<String> messages = new ArrayList<>();
        StringBuilder message = new StringBuilder(words.heading() + "\n" + time.dateTime(at));
        for (Group group : groups) {
            String talk = "<b>" + Html.escape(Isolates.wrap(group.talk())) + "</b>";
            String heading = "\n\n" + talk;
            for (StoredArticle story : group.stories()) {
                String entry = "\n\n" + story(story);
                if (message.length() + heading.length() + entry.length() > MessageFormatter.TELEGRAM_LIMIT) {
                    messages.add(message.toString());
                    message = new StringBuilder(talk + (heading.isEmpty() ? " " + words.continued() : ""));
                    heading = "";
                }
                message.append(heading).append(entry);
                heading = "";
            }
        }
        messages.add(message.toString());
        return messages;
    }

    /** Headline as a link, first sentence, outlets; at most {@value #STORY_LIMIT} characters. */
    private static String story(StoredArticle story) {
        String title =
                Html.escape(Isolates.wrap(MessageFormatter.shorten(story.title(), MessageFormatter.TITLE_LIMIT)));
        String headline = story.link() == null || !isWebLink(story.link())
                ? "<b>" + title + "</b>"
                : "<b><a href=\"" + Html.escapeAttribute(story.link()) + "\">" + title + "</a></b>";
        List<String> outlets = new ArrayList<>();
        outlets.add(Html.escape(Isolates.wrap(story.sourceName())));
        for (Outlet outlet : story.alsoIn()) {
            outlets.add(Html.escape(Isolates.wrap(outlet.name())));
        }
        String footer = "📰 " + String.join("، ", outlets);
        int cut = footer.lastIndexOf("، ", STORY_LIMIT / 3);
        if (footer.length() > STORY_LIMIT / 3 && cut > 0) {
            footer = footer.substring(0, cut) + "…";
        }
        String sentence = story.summary().stream()
                .filter(s -> !s.strip().equals(story.title().strip()))
                .findFirst()
                .map(s -> Html.escape(Isolates.wrap(MessageFormatter.shorten(s, STORY_LIMIT / 2))))
                .orElse("");
        return sentence.isEmpty() ? headline + "\n" + footer : headline + "\n" + sentence + "\n" + footer;
    }

    private static boolean isWebLink(String link) {
        return link.startsWith("https://") || link.startsWith("http://");
    }
}
