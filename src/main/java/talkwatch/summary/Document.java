package talkwatch.summary;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import talkwatch.arabic.ArabicText;
import talkwatch.arabic.SentenceSplitter;
import talkwatch.arabic.TermExtractor;

/**
 * An article as the summarizer sees it: an optional headline and the body sentences.
 *
 * <p>The first line counts as a headline when more lines follow, it has at most {@value #MAX_HEADLINE_WORDS} words
 * and it does not end like a sentence; in {@link HardWraps hard-wrapped} text it must also be followed by a blank
 * line. The headline steers ranking but is never part of a summary.
 *
 * <p>Only the first {@value #MAX_SENTENCES} sentences are kept: ranking compares every pair of sentences, and what
 * a news article is about is said near its beginning.
 */
record Document(Optional<String> headline, List<String> headlineTerms, List<Sentence> sentences) {

    static final int MAX_HEADLINE_WORDS = 25;
    static final int MAX_SENTENCES = 300;
    private static final Pattern LINE_BREAK = Pattern.compile("\\R");

    static Document read(String text, TermExtractor extractor) {
        String body = text.strip();
        boolean hardWrapped = HardWraps.isHardWrapped(body);
        Optional<String> headline = Optional.empty();
        String[] lines = LINE_BREAK.split(body, 2);
        if (lines.length == 2
                && looksLikeHeadline(lines[0].strip())
                && (!hardWrapped || startsWithBlankLine(lines[1]))) {
            headline = Optional.of(lines[0].strip());
            body = lines[1];
        }
        if (hardWrapped) {
            body = HardWraps.unwrap(body);
        }
        List<Sentence> sentences = new ArrayList<>();
        for (String sentence : SentenceSplitter.split(body)) {
            if (sentences.size() == MAX_SENTENCES) {
                break;
            }
            String normalized = ArabicText.normalize(sentence);
            List<String> words = TermExtractor.wordsOfNormalized(normalized);
            sentences.add(new Sentence(
                    sentences.size(),
                    sentence,
                    extractor.stems(words),
                    words.size(),
                    Boilerplate.isBoilerplate(normalized, words.size())));
        }
        List<String> headlineTerms = headline.map(extractor::terms).orElse(List.of());
        return new Document(headline, headlineTerms, List.copyOf(sentences));
    }

    private static boolean startsWithBlankLine(String rest) {
        return LINE_BREAK.split(rest, 2)[0].isBlank();
    }

    private static boolean looksLikeHeadline(String line) {
        if (line.isEmpty() || SentenceSplitter.isTerminator(line.charAt(line.length() - 1))) {
            return false;
        }
        return TermExtractor.words(line).size() <= MAX_HEADLINE_WORDS;
    }
}
