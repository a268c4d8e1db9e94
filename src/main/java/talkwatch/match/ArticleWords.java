package talkwatch.match;

import java.util.List;
import java.util.Set;
import talkwatch.arabic.TermExtractor;

/** The words of an article's title or body, each with its {@link Clitics#readings readings}. */
final class ArticleWords {

    private final List<Set<String>> readings;

    ArticleWords(String text) {
        this.readings =
                TermExtractor.words(text).stream().map(Clitics::readings).toList();
    }

    int size() {
        return readings.size();
    }

    Set<String> readings(int index) {
        return readings.get(index);
    }
}
