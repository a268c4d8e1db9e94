package talkwatch.rhythm;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class QuietHoursTest {

    private static final ZoneId DAMASCUS = ZoneId.of("Asia/Damascus");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    @Test
    void coversTheNightAcrossMidnightOnTheChatsClock() {
        QuietHours night = QuietHours.parse("23:00-07:00").orElseThrow();

        assertThat(night.covers(Instant.parse("2026-11-30T20:00:00Z"), DAMASCUS))
                .isTrue(); // 23:00 there
        assertThat(night.covers(Instant.parse("2026-11-30T19:59:00Z"), DAMASCUS))
                .isFalse(); // 22:59
        assertThat(night.covers(Instant.parse("2026-11-30T22:30:00Z"), DAMASCUS))
                .isTrue(); // 01:30 the next day
        assertThat(night.covers(Instant.parse("2026-12-01T03:59:00Z"), DAMASCUS))
                .isTrue(); // 06:59
        assertThat(night.covers(Instant.parse("2026-12-01T04:00:00Z"), DAMASCUS))
                .isFalse(); // 07:00
        assertThat(night.covers(Instant.parse("2026-12-01T04:00:00Z"), NEW_YORK))
                .isTrue(); // 23:00 the day before
    }

    @Test
    void followsTheChatsClockThroughDaylightSaving() {
        QuietHours night = QuietHours.parse("22:00-06:00").orElseThrow();

        // 02:30 UTC is 22:30 in New York in summer (UTC-4) and 21:30 in winter (UTC-5)
        assertThat(night.covers(Instant.parse("2026-07-01T02:30:00Z"), NEW_YORK))
                .isTrue();
        assertThat(night.covers(Instant.parse("2026-12-01T02:30:00Z"), NEW_YORK))
                .isFalse();
    }

    @Test
    void aWindowWithinOneDayCoversOnlyItself() {
        QuietHours afternoon = QuietHours.parse("13:00 – 15:30").orElseThrow();

        assertThat(afternoon.covers(Instant.parse("2026-11-30T11:00:00Z"), DAMASCUS))
                .isTrue(); // 14:00
        assertThat(afternoon.covers(Instant.parse("2026-11-30T12:30:00Z"), DAMASCUS))
                .isFalse(); // 15:30
        assertThat(afternoon.text()).isEqualTo("13:00-15:30");
    }

    @Test
    void readsArabicDigitsAndRefusesNonsense() {
        assertThat(QuietHours.parse("٢٣:٠٠-٠٧:٠٠")).contains(new QuietHours(LocalTime.of(23, 0), LocalTime.of(7, 0)));
        for (String bad : new String[] {"nonsense", "23:00", "23:00-23:00", "25:00-07:00", "23:00-07:00-09:00", ""}) {
            assertThat(QuietHours.parse(bad)).as(bad).isEmpty();
        }
    }
}
