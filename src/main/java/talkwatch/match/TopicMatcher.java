package talkwatch.match;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Picks the topics an article belongs to.
 *
 * <p>A topic matches when
 *
 * <ol>
 *   <li>one of its keywords occurs in the title or the text, and
 *   <li>if its {@code context} list is not empty, one of the context terms occurs in the title or the text too, and
 *   <li>none of its {@code exclude} terms occurs in the title or the text.
 * </ol>
 *
 * <p>Terms are compared after {@link talkwatch.arabic.ArabicText#normalize normalization} (so hamza forms, ة/ه,
 * ى/ي, diacritics and hashtags do not matter) as whole words, with attached clitics removed: the conjunctions و ف,
 * the prepositions ب ك ل and the article ال, alone or combined ({@code الأستانة}, {@code بأستانا},
 * {@code لمحادثات}, {@code وبأستانا}, {@code #أستانا}). A keyword of several words matches the same words in a
 * row, each allowed its own clitics. There is no other stemming: list plural or variant spellings
 * ({@code أستانا}, {@code أستانة}) as separate keywords. Title hits do not yet weigh more than body hits.
 *
 * <p>Immutable and thread-safe once built.
 */
public final class TopicMatcher {

    private final List<CompiledTopic> topics;

    public TopicMatcher(List<Topic> topics) {
        Objects.requireNonNull(topics, "topics");
        this.topics = topics.stream().map(CompiledTopic::of).toList();
    }

    /** Returns the topics {@code title} and {@code text} belong to, in configuration order. */
    public List<Topic> match(String title, String text) {
        ArticleWords titleWords = new ArticleWords(Objects.requireNonNullElse(title, ""));
        ArticleWords textWords = new ArticleWords(Objects.requireNonNullElse(text, ""));
        List<Topic> matched = new ArrayList<>();
        for (CompiledTopic topic : topics) {
            if (topic.matches(titleWords, textWords)) {
                matched.add(topic.topic());
            }
        }
        return List.copyOf(matched);
    }

    private record CompiledTopic(Topic topic, List<Phrase> keywords, List<Phrase> context, List<Phrase> exclude) {

        static CompiledTopic of(Topic topic) {
            return new CompiledTopic(
                    topic, phrases(topic.keywords()), phrases(topic.context()), phrases(topic.exclude()));
        }

        private static List<Phrase> phrases(List<String> terms) {
            return terms.stream().map(Phrase::of).toList();
        }

        boolean matches(ArticleWords title, ArticleWords text) {
            return anyOccurs(keywords, title, text)
                    && (context.isEmpty() || anyOccurs(context, title, text))
                    && !anyOccurs(exclude, title, text);
        }

        private static boolean anyOccurs(List<Phrase> phrases, ArticleWords title, ArticleWords text) {
            return phrases.stream().anyMatch(p -> p.occursIn(title) || p.occursIn(text));
        }
    }
}
