package talkwatch.arabic;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Splits plain Arabic (or mixed) text into sentences, returning the original wording, trimmed.
 *
 * <p>A sentence ends at a line break or after a run of {@code . ! ? ؟ ؛ … ۔}. A period does not end a sentence
 * between digits ({@code 3.5}), after a one-letter abbreviation ({@code د. أحمد}, {@code U.S.}) or inside a Latin
 * word such as a domain name. Closing quotes and brackets stay with the sentence they close, and text inside
 * {@code «…»}, {@code “…”} or {@code ”…“} is not cut.
 *
 * <p>Scraped feeds often glue sentences with {@code .,}: the comma after a sentence end is dropped. When a text shows
 * that glitch and writes its real commas as {@code ،}, a Latin comma followed by a space is taken as a sentence
 * end as well. Stateless and thread-safe.
 */
public final class SentenceSplitter {

    private SentenceSplitter() {}

    /** Returns the sentences of {@code text} in order; blank or punctuation-only pieces are dropped. */
    public static List<String> split(String text) {
        Objects.requireNonNull(text, "text");
        boolean latinCommaEndsSentence = hasCommaGlitch(text) && text.indexOf('\u060C') >= 0;
        List<String> sentences = new ArrayList<>();
        int lineStart = 0;
        for (int i = 0; i < text.length(); i++) {
            if (isLineBreak(text.charAt(i))) { // \r\n gives an empty line between, which holds no sentence
                splitLine(text.substring(lineStart, i), latinCommaEndsSentence, sentences);
                lineStart = i + 1;
            }
        }
        splitLine(text.substring(lineStart), latinCommaEndsSentence, sentences);
        return sentences;
    }

    /** The characters regex {@code \R} matches (alone or as \r\n), without a regex scan of the whole text. */
    private static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r' || c == '\u000B' || c == '\f' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    private static void splitLine(String line, boolean latinCommaEndsSentence, List<String> out) {
        int start = 0;
        boolean inGuillemets = false;
        boolean inCurlyQuotes = false;
        int n = line.length();
        int i = 0;
        while (i < n) {
            char c = line.charAt(i);
            if (c == '«' && !inGuillemets) {
                inGuillemets = line.indexOf('»', i + 1) > 0;
            } else if (c == '»') {
                inGuillemets = false;
            } else if (c == '“' || c == '”') { // Arabic writers use either one to open
                inCurlyQuotes = !inCurlyQuotes && (line.indexOf('“', i + 1) > 0 || line.indexOf('”', i + 1) > 0);
            }
            boolean quoted = inGuillemets || inCurlyQuotes;
            if (!quoted && isTerminator(c) && endsSentence(line, i)) {
                int end = i + 1;
                while (end < n && isTerminator(line.charAt(end))) {
                    end++;
                }
                end = absorbClosers(line, start, end);
                add(line.substring(start, end), out);
                start = skipGlue(line, end);
                i = start;
                continue;
            }
            if (!quoted
                    && latinCommaEndsSentence
                    && c == ','
                    && i + 1 < n
                    && Character.isWhitespace(line.charAt(i + 1))) {
                add(line.substring(start, i), out);
                start = skipGlue(line, i + 1);
                i = start;
                continue;
            }
            i++;
        }
        if (start < n) {
            add(line.substring(start), out);
        }
    }

    /** True when a comma sticks to a sentence end, as in {@code التالية., وأضاف}. */
    private static boolean hasCommaGlitch(String text) {
        for (int i = 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c == ',' || c == '\u060C') && ".!?\u061F".indexOf(text.charAt(i - 1)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** True for the characters that can end a sentence: {@code . ! ? ؟ ؛ … ۔}. */
    public static boolean isTerminator(char c) {
        return c == '.' || c == '!' || c == '?' || c == '\u061F' || c == '\u061B' || c == '…' || c == '\u06D4';
    }

    private static boolean endsSentence(String line, int i) {
        if (line.charAt(i) != '.') {
            return true;
        }
        char before = i > 0 ? line.charAt(i - 1) : ' ';
        char after = i + 1 < line.length() ? line.charAt(i + 1) : ' ';
        if (Character.isDigit(before) && Character.isDigit(after)) {
            return false; // decimal 3.5
        }
        int last = baseBefore(line, i);
        if (last >= 0 && Character.isLetter(line.charAt(last))) {
            int previous = baseBefore(line, last);
            if (previous < 0 || !Character.isLetterOrDigit(line.charAt(previous))) {
                return false; // one-letter abbreviation: د. / U.S.
            }
        }
        return !(isLatin(before) && isLatin(after)); // example.com
    }

    /**
     * The position of the last character before {@code at} that is not a diacritic (harakat, shadda), or -1: in
     * {@code المتتبَّع.} the letter before {@code ع} is {@code ب}, so the period ends a word, not a one-letter
     * abbreviation.
     */
    private static int baseBefore(String line, int at) {
        int j = at - 1;
        while (j >= 0 && Character.getType(line.charAt(j)) == Character.NON_SPACING_MARK) {
            j--;
        }
        return j;
    }

    private static boolean isLatin(char c) {
        return c < 128 && Character.isLetterOrDigit(c);
    }

    /** Moves {@code end} past closing quotes and brackets that belong to the sentence just ended. */
    private static int absorbClosers(String line, int start, int end) {
        int n = line.length();
        while (end < n) {
            char c = line.charAt(end);
            boolean followedByBreak = end + 1 >= n || !Character.isLetterOrDigit(line.charAt(end + 1));
            if (c == '»' || c == '”' || c == '’' || ((c == '“' || c == '‘') && followedByBreak)) {
                end++;
            } else if ((c == '"' || c == '\'') && followedByBreak) {
                end++;
            } else if (c == ')' && count(line, start, end, '(') > count(line, start, end, ')')) {
                end++;
            } else {
                break;
            }
        }
        return end;
    }

    /** Skips the whitespace and stray commas that scraped text leaves between two sentences. */
    private static int skipGlue(String line, int from) {
        int i = from;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (Character.isWhitespace(c) || c == ',' || c == '\u060C') {
                i++;
            } else {
                break;
            }
        }
        return i;
    }

    private static int count(String s, int from, int to, char c) {
        int k = 0;
        for (int i = from; i < to; i++) {
            if (s.charAt(i) == c) {
                k++;
            }
        }
        return k;
    }

    private static void add(String piece, List<String> out) {
        String trimmed = piece.strip();
        for (int i = 0; i < trimmed.length(); i++) {
            if (Character.isLetterOrDigit(trimmed.charAt(i))) {
                out.add(trimmed);
                return;
            }
        }
    }
}
