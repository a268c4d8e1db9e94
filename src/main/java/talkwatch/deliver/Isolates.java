package talkwatch.deliver;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import talkwatch.arabic.BidiControls;

/**
 * Right-to-left safety: wraps each left-to-right run inside Arabic text (Latin names, URLs, numbers,
 * times) in FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE, so the bidi algorithm lays it out as one
 * unit and the Arabic around it keeps its order (https://www.unicode.org/reports/tr9/#Explicit_Directional_Isolates).
 * Works on plain text, before HTML escaping, so tags and attributes are never touched.
 */
final class Isolates {

    static final char FSI = '\u2068';
    static final char PDI = '\u2069';

    private static final String WORD = "[\\p{IsLatin}0-9][\\p{IsLatin}0-9.,:/%+\\-_'’&@#=?~]*";
    private static final Pattern RUN =
            Pattern.compile("https?://[^\\s\\u2068\\u2069]+|" + WORD + "(?:[ \\u00A0]+" + WORD + ")*");
    private static final Pattern ARABIC =
            Pattern.compile("[\\u0600-\\u06FF\\u0750-\\u077F\\uFB50-\\uFDFF\\uFE70-\\uFEFF]");

    private Isolates() {}

    /**
     * The text with its left-to-right runs isolated; text without Arabic is returned as it is. Bidi controls already in
     * it go first ({@link BidiControls}): text stored before they were stripped on the way in must not reverse the rest
     * of a message either.
     */
    static String wrap(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        text = BidiControls.strip(text);
        if (!ARABIC.matcher(text).find()) {
            return text;
        }
        Matcher run = RUN.matcher(text);
        StringBuilder out = new StringBuilder(text.length() + 16);
        int done = 0;
        while (run.find()) {
            int end = run.end();
            // Sentence punctuation after a run belongs to the Arabic sentence, not to the run.
            while (end > run.start() + 1 && ".,:;!?'’".indexOf(text.charAt(end - 1)) >= 0) {
                end--;
            }
            out.append(text, done, run.start())
                    .append(FSI)
                    .append(text, run.start(), end)
                    .append(PDI);
            done = end;
        }
        return out.append(text, done, text.length()).toString();
    }
}
