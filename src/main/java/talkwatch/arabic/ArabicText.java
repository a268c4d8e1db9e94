package talkwatch.arabic;

import java.util.Objects;

/**
 * Orthographic normalization of Arabic text for matching and ranking; never use its output as text shown to a
 * reader.
 *
 * <p>{@link #normalize} removes diacritics (tashkeel, superscript alef, Quranic marks), tatweel and bidi control
 * marks; maps أ إ آ ٱ to ا, ة to ه, ى to ي, ؤ to و, ئ to ي, Persian ک ی to ك ي; turns hashtags such as
 * {@code #النظام_السوري} into plain words ({@code النظام السوري}); maps Arabic-Indic digits to ASCII; lower-cases
 * Latin letters; collapses whitespace and trims. Stateless and thread-safe.
 */
public final class ArabicText {

    private ArabicText() {}

    /** Returns the normalized form of {@code text} (see the class description). */
    public static String normalize(String text) {
        Objects.requireNonNull(text, "text");
        char[] out = new char[text.length()]; // never longer: each space written stands for a dropped character
        int length = 0;
        boolean inHashtag = false;
        boolean pendingSpace = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\u0621' && c <= '\u064A' && c != '\u0640') {
                // fast path for Arabic letters, the bulk of the text: never space, ignorable or hashtag syntax
                if (pendingSpace && length > 0) {
                    out[length++] = ' ';
                }
                pendingSpace = false;
                out[length++] = fold(c);
                continue;
            }
            if (c == '#' && i + 1 < text.length() && Character.isLetterOrDigit(text.charAt(i + 1))) {
                inHashtag = true;
                pendingSpace |= i > 0 && Character.isLetterOrDigit(text.charAt(i - 1));
                continue;
            }
            if (c == '_' && inHashtag) {
                pendingSpace = true;
                continue;
            }
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                inHashtag = false;
                pendingSpace = true;
                continue;
            }
            if (isIgnorable(c)) {
                continue;
            }
            if (pendingSpace && length > 0) {
                out[length++] = ' ';
            }
            pendingSpace = false;
            out[length++] = fold(c);
        }
        return new String(out, 0, length);
    }

    /** True for the marks normalization deletes: diacritics, tatweel, format and bidi controls. */
    static boolean isIgnorable(char c) {
        return (c >= '\u064B' && c <= '\u065F') // fathatan … wavy hamza below
                || c == '\u0670' // superscript alef
                || (c >= '\u0610' && c <= '\u061A') // honorific and small high marks
                || (c >= '\u06D6' && c <= '\u06ED') // Quranic annotation marks
                || c == '\u0640' // tatweel
                || c == '\u061C' // Arabic letter mark
                || (c >= '\u200B' && c <= '\u200F') // zero-width chars, LRM, RLM
                || (c >= '\u202A' && c <= '\u202E') // bidi embeddings
                || (c >= '\u2066' && c <= '\u2069') // bidi isolates
                || c == '\uFEFF';
    }

    private static char fold(char c) {
        switch (c) {
            case '\u0623': // أ
            case '\u0625': // إ
            case '\u0622': // آ
            case '\u0671': // ٱ
                return '\u0627'; // ا
            case '\u0629': // ة
                return '\u0647'; // ه
            case '\u0649': // ى
            case '\u0626': // ئ
            case '\u06CC': // ی (Persian yeh)
                return '\u064A'; // ي
            case '\u0624': // ؤ
                return '\u0648'; // و
            case '\u06A9': // ک (Persian kaf)
                return '\u0643'; // ك
            default:
                break;
        }
        if (c >= '\u0660' && c <= '\u0669') {
            return (char) ('0' + (c - '\u0660'));
        }
        if (c >= '\u06F0' && c <= '\u06F9') {
            return (char) ('0' + (c - '\u06F0'));
        }
        if (c < 128) {
            return Character.toLowerCase(c);
        }
        return c;
    }
}
