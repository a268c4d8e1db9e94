package talkwatch.rhythm;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DigestTest {

    private static final ZoneId DAMASCUS = ZoneId.of("Asia/Damascus"); // UTC+3 all year
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Test
    void aDailyDigestComesAtItsTimeOnTheChatsClock() {
        Digest eight = new Digest.Daily(LocalTime.of(8, 0));

        // 04:00 in Damascus: today at 08:00 (05:00 UTC)
        assertThat(eight.next(Instant.parse("2026-11-30T01:00:00Z"), DAMASCUS))
                .isEqualTo(Instant.parse("2026-11-30T05:00:00Z"));
        // exactly at 08:00: the next one, tomorrow
        assertThat(eight.next(Instant.parse("2026-11-30T05:00:00Z"), DAMASCUS))
                .isEqualTo(Instant.parse("2026-12-01T05:00:00Z"));
        // 23:30 UTC on the 29th is already 02:30 on the 30th in Damascus: the same morning, not the one after
        assertThat(eight.next(Instant.parse("2026-11-29T23:30:00Z"), DAMASCUS))
                .isEqualTo(Instant.parse("2026-11-30T05:00:00Z"));
    }

    @Test
    void keepsItsLocalTimeAcrossTheChangeToSummerTimeAndBack() {
        Digest eight = new Digest.Daily(LocalTime.of(8, 0));

        // Berlin moves its clocks forward on 29 March 2026: 08:00 is 07:00 UTC before, 06:00 UTC after
        assertThat(eight.next(Instant.parse("2026-03-28T12:00:00Z"), BERLIN))
                .isEqualTo(Instant.parse("2026-03-29T06:00:00Z"));
        assertThat(eight.next(Instant.parse("2026-03-27T12:00:00Z"), BERLIN))
                .isEqualTo(Instant.parse("2026-03-28T07:00:00Z"));
        // and back on 25 October 2026
        assertThat(eight.next(Instant.parse("2026-10-24T12:00:00Z"), BERLIN))
                .isEqualTo(Instant.parse("2026-10-25T07:00:00Z"));
    }

    @Test
    void aTimeTheClockSkipsComesWhenTheClockHasJumped() {
        // 02:30 does not exist in Berlin on 29 March 2026: the digest comes at 03:30 summer time, 01:30 UTC
        assertThat(new Digest.Daily(LocalTime.of(2, 30)).next(Instant.parse("2026-03-28T12:00:00Z"), BERLIN))
                .isEqualTo(Instant.parse("2026-03-29T01:30:00Z"));
    }

    @Test
    void everyFewHoursComesOnTheHoursThatDivideTheDay() {
        Digest sixHours = new Digest.Every(6);

        // 10:20 in Damascus: next at 12:00 (09:00 UTC)
        assertThat(sixHours.next(Instant.parse("2026-11-30T07:20:00Z"), DAMASCUS))
                .isEqualTo(Instant.parse("2026-11-30T09:00:00Z"));
        // 22:00 in Damascus: next at midnight, the next day
        assertThat(sixHours.next(Instant.parse("2026-11-30T19:00:00Z"), DAMASCUS))
                .isEqualTo(Instant.parse("2026-11-30T21:00:00Z"));
        // every hour through the night the clocks go back: 02:00 summer time, then 03:00 winter time
        Digest hourly = new Digest.Every(1);
        Instant twoSummer = Instant.parse("2026-10-25T00:00:00Z");
        assertThat(hourly.next(Instant.parse("2026-10-24T23:30:00Z"), BERLIN)).isEqualTo(twoSummer);
        assertThat(hourly.next(twoSummer, BERLIN)).isEqualTo(Instant.parse("2026-10-25T02:00:00Z"));
    }

    @Test
    void readsTheWaysPeopleWriteIt() {
        assertThat(Digest.parse("08:00")).contains(new Digest.Daily(LocalTime.of(8, 0)));
        assertThat(Digest.parse("8:30")).contains(new Digest.Daily(LocalTime.of(8, 30)));
        assertThat(Digest.parse("٠٨:٠٠")).contains(new Digest.Daily(LocalTime.of(8, 0)));
        assertThat(Digest.parse("every 3h")).contains(new Digest.Every(3));
        assertThat(Digest.parse("Every 12 hours")).contains(new Digest.Every(12));
        assertThat(Digest.parse("كل ٦ ساعات")).contains(new Digest.Every(6));
        assertThat(Digest.parse("كل ساعة")).contains(new Digest.Every(1));
        assertThat(Digest.parse("كل ساعتين")).contains(new Digest.Every(2));
        assertThat(new Digest.Every(3).text()).isEqualTo("every 3h");
        assertThat(new Digest.Daily(LocalTime.of(7, 5)).text()).isEqualTo("07:05");
    }

    @Test
    void refusesWhatIsNoTimeOrNoDivisorOfTheDay() {
        for (String bad : new String[] {"25:99", "24:00", "8", "08:60", "every 5h", "every 24h", "every 0h", "غداً"}) {
            assertThat(Digest.parse(bad)).as(bad).isEqualTo(Optional.empty());
        }
    }
}
