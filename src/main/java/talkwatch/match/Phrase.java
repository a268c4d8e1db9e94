package talkwatch.match;

import java.util.List;
import talkwatch.arabic.TermExtractor;

/** A configured keyword as a sequence of bare words (normalized, clitics and article stripped). */
record Phrase(String original, List<String> words) {

    static Phrase of(String keyword) {
        List<String> words =
                TermExtractor.words(keyword).stream().map(Clitics::bare).toList();
        if (words.isEmpty()) {
            throw new IllegalArgumentException("keyword \"" + keyword + "\" has no letters or digits");
        }
        return new Phrase(keyword, words);
    }

    /** This phrase's words, then {@code next}'s: {@code محادثات} followed by {@code أستانا}. */
    Phrase followedBy(Phrase next) {
        List<String> joined = new java.util.ArrayList<>(words);
        joined.addAll(next.words);
        return new Phrase(original + " " + next.original, List.copyOf(joined));
    }

    /** True when the words occur consecutively in {@code text}. */
    boolean occursIn(ArticleWords text) {
        return indexIn(text, 0) >= 0;
    }

    /** Where the words next occur in {@code text} from {@code from} on, or -1. */
    int indexIn(ArticleWords text, int from) {
        int last = text.size() - words.size();
        for (int start = from; start <= last; start++) {
            if (occursAt(text, start)) {
                return start;
            }
        }
        return -1;
    }

    private boolean occursAt(ArticleWords text, int start) {
        for (int k = 0; k < words.size(); k++) {
            if (!text.readsInPhrase(start + k, words.get(k), k == words.size() - 1)) {
                return false;
            }
        }
        return true;
    }
}
