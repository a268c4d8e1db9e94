package talkwatch.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DurationsTest {

    @Test
    void writesADurationTheWayTheConfigurationReadsIt() {
        assertThat(Durations.text(Duration.ofDays(90))).isEqualTo("90d");
        assertThat(Durations.text(Duration.ofMinutes(90))).isEqualTo("1h30m");
        assertThat(Durations.text(Duration.ofSeconds(86_400 + 61))).isEqualTo("1d1m1s");
        assertThat(Durations.text(Duration.ZERO)).isEqualTo("0s");
        for (String text : new String[] {"2d", "12h", "5m", "30s", "1h30m", "7d12h"}) {
            assertThat(Durations.text(Durations.parse(text).orElseThrow())).isEqualTo(text);
        }
    }

    @Test
    void aNumberTooLargeForAnyClockIsNoDuration() {
        assertThat(Durations.parse("99999999999999999999d")).isEmpty();
        assertThat(Durations.parse("9999999999999999d")).isEmpty();
        assertThat(Durations.parse("36500d")).contains(Duration.ofDays(36_500));
    }
}
