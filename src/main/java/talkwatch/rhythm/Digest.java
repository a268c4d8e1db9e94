package talkwatch.rhythm;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

/**
 * When a chat in digest mode gets its digest: every day at a time ({@code 08:00}), or every few hours, on the hours
 * that divide the day ({@code every 6h}: 00:00, 06:00, 12:00, 18:00), on the chat's clock. A time a DST change skips
 * comes as late as the change (02:30 on a spring-forward night is 03:30); one it repeats comes once, the first time.
 * Immutable.
 */
public sealed interface Digest {

    /** The hours {@code every Nh} may take: those that divide the day. */
    List<Integer> EVERY_HOURS = List.of(1, 2, 3, 4, 6, 8, 12);

    /** The first digest time strictly after {@code after}, on the clock of {@code zone}. */
    Instant next(Instant after, ZoneId zone);

    /** The digest as it is written and stored: {@code 08:00} or {@code every 3h}. */
    String text();

    /** Every day at {@code at}. */
    record Daily(LocalTime at) implements Digest {
        @Override
        public Instant next(Instant after, ZoneId zone) {
            LocalDate day = after.atZone(zone).toLocalDate().minusDays(1);
            for (int i = 0; ; i++) {
                Instant candidate = ZonedDateTime.of(day.plusDays(i), at, zone).toInstant();
                if (candidate.isAfter(after)) {
                    return candidate;
                }
            }
        }

        @Override
        public String text() {
            return Wording.format(at);
        }
    }

    /** Every {@code hours} hours, at the local hours that are multiples of it. */
    record Every(int hours) implements Digest {
        public Every {
            if (!EVERY_HOURS.contains(hours)) {
                throw new IllegalArgumentException("every " + hours + "h does not divide the day");
            }
        }

        @Override
        public Instant next(Instant after, ZoneId zone) {
            LocalDate day = after.atZone(zone).toLocalDate().minusDays(1);
            for (int i = 0; ; i++) {
                for (int hour = 0; hour < 24; hour += hours) {
                    Instant candidate = ZonedDateTime.of(day.plusDays(i), LocalTime.of(hour, 0), zone)
                            .toInstant();
                    if (candidate.isAfter(after)) {
                        return candidate;
                    }
                }
            }
        }

        @Override
        public String text() {
            return "every " + hours + "h";
        }
    }

    /**
     * Reads a digest as a user writes it: {@code 08:00} (also {@code 8:00}, Arabic-Indic digits), {@code every 3h},
     * {@code every 3 h}, {@code كل 3 ساعات}, {@code كل ساعة}, {@code كل ساعتين}; empty when it is none of these, or
     * when the hours do not divide the day.
     */
    static Optional<Digest> parse(String text) {
        Optional<LocalTime> time = Wording.time(text.strip());
        if (time.isPresent()) {
            return Optional.of(new Daily(time.get()));
        }
        return Wording.everyHours(text.strip()).filter(EVERY_HOURS::contains).map(Every::new);
    }
}
