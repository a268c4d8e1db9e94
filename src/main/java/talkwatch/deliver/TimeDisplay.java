package talkwatch.deliver;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;

/**
 * How times are shown to people in Telegram: in the operator's time zone ({@code telegram.timeZone}), with Arabic
 * month names and the offset from Greenwich in Arabic, so a reader in Damascus sees «29 نوفمبر 2026، 17:05
 * (غرينتش+3)» and knows which clock it is. Digits and the date are isolated left-to-right runs inside the Arabic line
 * ({@link Isolates}). Immutable and thread-safe.
 */
public final class TimeDisplay {

    private static final Locale ARABIC = Locale.forLanguageTag("ar");

    /** Times in UTC, shown as «(غرينتش)». */
    public static final TimeDisplay UTC = new TimeDisplay(ZoneOffset.UTC);

    private final ZoneId zone;
    private final DateTimeFormatter forReaders;
    private final DateTimeFormatter forAdmins;

    public TimeDisplay(ZoneId zone) {
        this.zone = Objects.requireNonNull(zone, "zone");
        this.forReaders =
                DateTimeFormatter.ofPattern("d MMMM yyyy، HH:mm", ARABIC).withZone(zone);
        this.forAdmins =
                DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", ARABIC).withZone(zone);
    }

    /** The zone of the times shown. */
    public ZoneId zone() {
        return zone;
    }

    /** The date and time of an article for its readers: «29 نوفمبر 2026، 17:05 (غرينتش+3)». Plain text. */
    public String dateTime(Instant instant) {
        return Isolates.wrap(forReaders.format(instant)) + " (" + offset(instant) + ")";
    }

    /** A timestamp for the admins' reports, to the second: «2026-11-29 17:05:09 (غرينتش+3)». Plain text. */
    public String timestamp(Instant instant) {
        return Isolates.FSI + forAdmins.format(instant) + Isolates.PDI + " (" + offset(instant) + ")";
    }

    /** The zone's name and its offset at {@code instant}: «Asia/Damascus (غرينتش+3)», the name isolated. Plain text. */
    public String zone(Instant instant) {
        String id = zone.getId().equals("Z") ? "UTC" : zone.getId();
        return Isolates.FSI + id + Isolates.PDI + " (" + offset(instant) + ")";
    }

    /** «غرينتش», or «غرينتش+3», «غرينتش-5», «غرينتش+5:30» with the signed offset isolated left to right. */
    private String offset(Instant instant) {
        int seconds = zone.getRules().getOffset(instant).getTotalSeconds();
        if (seconds == 0) {
            return "غرينتش";
        }
        int minutes = Math.abs(seconds) / 60;
        String amount = (seconds > 0 ? "+" : "-")
                + minutes / 60
                + (minutes % 60 == 0 ? "" : String.format(Locale.ROOT, ":%02d", minutes % 60));
        return "غرينتش" + Isolates.FSI + amount + Isolates.PDI;
    }
}
