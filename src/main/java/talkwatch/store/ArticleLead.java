package talkwatch.store;

import java.util.List;
import talkwatch.arabic.SentenceSplitter;

/**
 * The opening of an article's text that the store keeps beside its headline: its first sentences, up to {@value
 * #SENTENCES} of them and {@value #MAX_CHARS} characters, whole sentences where they fit. An operator's {@code topics
 * try} judges a new topic on it, as {@code run} would read the article: the words that name the talks are most often
 * in its first sentences.
 */
final class ArticleLead {

    static final int SENTENCES = 3;
    static final int MAX_CHARS = 600;
    /** The text read for them: a long article's sentences past it are never its lead. */
    private static final int READ_CHARS = 4 * MAX_CHARS;

    private ArticleLead() {}

    /** The lead of {@code text}, or null when it has none. */
    static String of(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        List<String> sentences =
                SentenceSplitter.split(text.length() > READ_CHARS ? text.substring(0, READ_CHARS) : text);
        StringBuilder lead = new StringBuilder();
        for (String sentence : sentences.subList(0, Math.min(SENTENCES, sentences.size()))) {
            if (lead.length() + sentence.length() + 1 > MAX_CHARS) {
                break;
            }
            lead.append(lead.isEmpty() ? "" : " ").append(sentence);
        }
        if (lead.isEmpty() && !sentences.isEmpty()) {
            // a first sentence longer than the limit: cut at the last space before it
            String first = sentences.get(0);
            int space = first.lastIndexOf(' ', MAX_CHARS);
            lead.append(first, 0, space > 0 ? space : MAX_CHARS);
        }
        return lead.isEmpty() ? null : lead.toString();
    }
}
