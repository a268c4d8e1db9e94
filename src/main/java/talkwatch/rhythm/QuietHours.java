package talkwatch.rhythm;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/**
 * The hours of a chat's night, {@code from} (included) to {@code to} (excluded), on its clock; they may cross midnight
 * ({@code 23:00-07:00}). Messages sent then arrive silently; nothing is held back. Immutable.
 */
public record QuietHours(LocalTime from, LocalTime to) {

    public QuietHours {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (from.equals(to)) {
            throw new IllegalArgumentException("quiet hours from " + from + " to the same time");
        }
    }

    /** Whether {@code at} falls in the quiet hours on the clock of {@code zone}. */
    public boolean covers(Instant at, ZoneId zone) {
        LocalTime time = at.atZone(zone).toLocalTime();
        return from.isBefore(to)
                ? !time.isBefore(from) && time.isBefore(to)
                : !time.isBefore(from) || time.isBefore(to);
    }

    /** {@code 23:00-07:00}, as written and stored. */
    public String text() {
        return Wording.format(from) + "-" + Wording.format(to);
    }

    /**
     * Reads {@code 23:00-07:00} (also with spaces, an en dash, Arabic-Indic digits); empty when it is not two different
     * times of day.
     */
    public static Optional<QuietHours> parse(String text) {
        String[] ends = text.strip().split("\\s*[-–—]\\s*");
        if (ends.length != 2) {
            return Optional.empty();
        }
        Optional<LocalTime> from = Wording.time(ends[0]);
        Optional<LocalTime> to = Wording.time(ends[1]);
        if (from.isEmpty() || to.isEmpty() || from.get().equals(to.get())) {
            return Optional.empty();
        }
        return Optional.of(new QuietHours(from.get(), to.get()));
    }
}
