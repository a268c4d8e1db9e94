package talkwatch.rhythm;

import java.time.LocalTime;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import talkwatch.arabic.ArabicText;

/**
 * Times and periods as people write them in a command, in Latin or Arabic-Indic digits: {@code 08:00}, {@code 8:30},
 * {@code ٠٨:٠٠}, {@code every 3h}, {@code كل 3 ساعات}; and times as they are shown, {@code 08:00}.
 */
final class Wording {

    private static final Pattern TIME = Pattern.compile("(\\d{1,2})[:٫.](\\d{2})");
    /** On normalized text (ة is ه): every 3h, every 3 hours, كل 3 ساعات. */
    private static final Pattern EVERY = Pattern.compile("(?:every|كل)\\s*(\\d{1,2})\\s*(?:h|hours?|ساعات|ساعه)");

    private Wording() {}

    /** The time {@code text} names, if it is one (hours 0 to 23, minutes 00 to 59). */
    static Optional<LocalTime> time(String text) {
        Matcher time = TIME.matcher(ArabicText.normalize(text));
        if (!time.matches()) {
            return Optional.empty();
        }
        int hour = Integer.parseInt(time.group(1));
        int minute = Integer.parseInt(time.group(2));
        if (hour > 23 || minute > 59) {
            return Optional.empty();
        }
        return Optional.of(LocalTime.of(hour, minute));
    }

    /** The hours of {@code every 3h}, {@code كل 3 ساعات}, {@code كل ساعة} (1), {@code كل ساعتين} (2), if it is one. */
    static Optional<Integer> everyHours(String text) {
        String words = ArabicText.normalize(text);
        if (words.equals("كل ساعه") || words.equals("every hour")) {
            return Optional.of(1);
        }
        if (words.equals("كل ساعتين")) {
            return Optional.of(2);
        }
        Matcher every = EVERY.matcher(words);
        return every.matches() ? Optional.of(Integer.parseInt(every.group(1))) : Optional.empty();
    }

    static String format(LocalTime time) {
        return String.format(Locale.ROOT, "%02d:%02d", time.getHour(), time.getMinute());
    }
}
