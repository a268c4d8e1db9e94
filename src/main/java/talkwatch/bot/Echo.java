package talkwatch.bot;

import talkwatch.arabic.BidiControls;
import talkwatch.deliver.Html;

/**
 * A user's words quoted back in a reply («لم أتعرّف على «…»»): HTML-escaped, without bidi controls, and cut to {@value
 * #MAX} characters, so that a message of thousands of words never makes a reply longer than Telegram accepts.
 */
final class Echo {

    static final int MAX = 60;

    private Echo() {}

    static String of(String text) {
        String words = BidiControls.strip(text).strip();
        if (words.codePointCount(0, words.length()) > MAX) {
            words = words.substring(0, words.offsetByCodePoints(0, MAX)).strip() + "…";
        }
        return Html.escape(words);
    }
}
