package talkwatch.arabic;

/**
 * The explicit bidi controls, taken out of text that comes from outside (feeds, pages, what users type): embeddings
 * and overrides (U+202A–U+202E) and isolates (U+2066–U+2069). Each opens or closes a directional run that lasts to the
 * end of the paragraph unless it is closed, so one unbalanced RIGHT-TO-LEFT OVERRIDE in a headline reverses the rest of
 * the line it is shown in, the source's name and the time included
 * (https://www.unicode.org/reports/tr9/#Explicit_Directional_Embeddings). Removing them all is simpler and safer than
 * balancing them: Arabic and Latin text lays itself out without them, and the messages add their own isolates where a
 * left-to-right run needs one. The marks (LRM, RLM, ALM) stay: they open nothing. Stateless and thread-safe.
 */
public final class BidiControls {

    private BidiControls() {}

    /** Whether {@code c} is one of the explicit controls removed by {@link #strip}. */
    public static boolean isControl(char c) {
        return (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
    }

    /** {@code text} without its explicit bidi controls; the same string when it has none. */
    public static String strip(String text) {
        int first = firstControl(text);
        if (first < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        out.append(text, 0, first);
        for (int i = first + 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!isControl(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static int firstControl(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (isControl(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }
}
