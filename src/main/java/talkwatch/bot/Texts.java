package talkwatch.bot;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The bot's Arabic texts, from {@code messages_ar.properties}. Arguments must already be HTML-escaped. */
final class Texts {

    private final ResourceBundle bundle = ResourceBundle.getBundle(
            "talkwatch.bot.messages",
            Locale.forLanguageTag("ar"),
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

    String get(String key, Object... args) {
        String pattern = bundle.getString(key);
        if (args.length == 0) {
            return pattern;
        }
        Object[] texts = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            texts[i] = String.valueOf(args[i]);
        }
        return new MessageFormat(pattern, Locale.ROOT).format(texts);
    }
}
