package talkwatch.summary;

import java.util.List;
import java.util.regex.Pattern;
import talkwatch.arabic.SentenceSplitter;

/**
 * Undoes hard wrapping. Text copied from newspapers or plain-text files is often cut into lines of fixed width, and
 * a line break inside a sentence must not end it. A line looks wrapped when it does not end like a sentence and is
 * about as long as the text's lines usually are (at least {@value #FULL_LINE} of the 75th percentile of line
 * lengths): a short unpunctuated line is a headline, byline, caption or list item of a scraped page, not a cut.
 * A text counts as hard-wrapped when it has at least {@value #MIN_LINES} non-blank lines and at least a third of them
 * look wrapped; then each line that looks wrapped is joined to the next with a space.
 */
final class HardWraps {

    static final int MIN_LINES = 3;
    static final double FULL_LINE = 0.7;
    private static final Pattern LINE_BREAK = Pattern.compile("\\R");

    private HardWraps() {}

    static boolean isHardWrapped(String text) {
        if (!hasLineBreak(text)) {
            return false; // the common case of feed text; saves a regex scan of the whole article
        }
        List<String> lines = LINE_BREAK
                .splitAsStream(text)
                .map(String::strip)
                .filter(line -> !line.isEmpty())
                .toList();
        if (lines.size() < MIN_LINES) {
            return false;
        }
        int fullLength = fullLength(lines);
        long wrapped =
                lines.stream().filter(line -> looksWrapped(line, fullLength)).count();
        return wrapped * 3 >= lines.size();
    }

    /** The length from which a line counts as full: {@value #FULL_LINE} of the 75th percentile of line lengths. */
    private static int fullLength(List<String> lines) {
        int[] lengths = lines.stream().mapToInt(String::length).sorted().toArray();
        return (int) Math.ceil(FULL_LINE * lengths[(lengths.length * 3) / 4]);
    }

    private static boolean looksWrapped(String line, int fullLength) {
        return line.length() >= fullLength && !endsLikeSentence(line);
    }

    /** Joins wrapped lines; call only when {@link #isHardWrapped} holds. */
    static String unwrap(String text) {
        List<String> lines = LINE_BREAK.splitAsStream(text).map(String::strip).toList();
        List<String> nonBlank = lines.stream().filter(line -> !line.isEmpty()).toList();
        int fullLength = nonBlank.isEmpty() ? 0 : fullLength(nonBlank);
        StringBuilder out = new StringBuilder(text.length());
        for (String line : lines) {
            if (line.isEmpty()) {
                out.append('\n');
            } else {
                out.append(line).append(looksWrapped(line, fullLength) ? ' ' : '\n');
            }
        }
        return out.toString();
    }

    /** True when {@code text} holds one of the characters {@code \\R} matches. */
    static boolean hasLineBreak(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n'
                    || c == '\r'
                    || c == '\u000B'
                    || c == '\f'
                    || c == '\u0085'
                    || c == '\u2028'
                    || c == '\u2029') {
                return true;
            }
        }
        return false;
    }

    private static boolean endsLikeSentence(String line) {
        int end = line.length() - 1;
        while (end > 0 && "\"'»”)".indexOf(line.charAt(end)) >= 0) {
            end--;
        }
        return SentenceSplitter.isTerminator(line.charAt(end));
    }
}
