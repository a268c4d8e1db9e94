package talkwatch.summary;

import java.util.List;
import java.util.regex.Pattern;
import talkwatch.arabic.SentenceSplitter;

/**
 * Undoes hard wrapping. Text copied from newspapers or plain-text files is often cut into lines of fixed width, and
 * a line break inside a sentence must not end it. A text counts as hard-wrapped when it has at least
 * {@value #MIN_LINES} non-blank lines and fewer than half of them end like a sentence; its lines are then joined
 * with a space, except after a line that ends like a sentence and at blank lines.
 */
final class HardWraps {

    static final int MIN_LINES = 3;
    private static final Pattern LINE_BREAK = Pattern.compile("\\R");

    private HardWraps() {}

    static boolean isHardWrapped(String text) {
        List<String> lines = LINE_BREAK
                .splitAsStream(text)
                .map(String::strip)
                .filter(line -> !line.isEmpty())
                .toList();
        long ended = lines.stream().filter(HardWraps::endsLikeSentence).count();
        return lines.size() >= MIN_LINES && ended * 2 < lines.size();
    }

    /** Joins wrapped lines; call only when {@link #isHardWrapped} holds. */
    static String unwrap(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (String line : LINE_BREAK.split(text)) {
            String stripped = line.strip();
            if (stripped.isEmpty()) {
                out.append('\n');
            } else {
                out.append(stripped).append(endsLikeSentence(stripped) ? '\n' : ' ');
            }
        }
        return out.toString();
    }

    private static boolean endsLikeSentence(String line) {
        int end = line.length() - 1;
        while (end > 0 && "\"'»”)".indexOf(line.charAt(end)) >= 0) {
            end--;
        }
        return SentenceSplitter.isTerminator(line.charAt(end));
    }
}
