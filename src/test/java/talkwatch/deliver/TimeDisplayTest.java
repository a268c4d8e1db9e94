package talkwatch.deliver;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class TimeDisplayTest {

    private static final Instant EVENING = Instant.parse("2026-11-29T22:05:09Z");

    @Test
    void showsAdminTimestampsInTheZoneWithTheirOffset() {
        assertThat(new TimeDisplay(ZoneId.of("Asia/Damascus")).timestamp(EVENING))
                .isEqualTo("\u20682026-11-30 01:05:09\u2069 (غرينتش\u2068+3\u2069)");
        assertThat(TimeDisplay.UTC.timestamp(EVENING)).isEqualTo("\u20682026-11-29 22:05:09\u2069 (غرينتش)");
    }

    @Test
    void keepsLatinDigitsWhateverTheMachinesLocale() {
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.forLanguageTag("ar-EG")); // Arabic-Indic digits by default
        try {
            assertThat(new TimeDisplay(ZoneId.of("Asia/Kolkata")).dateTime(EVENING))
                    .endsWith("\u206803:35\u2069 (غرينتش\u2068+5:30\u2069)");
        } finally {
            Locale.setDefault(before);
        }
    }
}
