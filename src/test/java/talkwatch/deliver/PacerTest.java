package talkwatch.deliver;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PacerTest {

    private static final Instant T0 = Instant.parse("2026-11-29T12:00:00Z");

    @Test
    void spacesMessagesToOneChatBySecond() {
        Pacer pacer = new Pacer(25);
        pacer.sent(1, false, T0);

        assertThat(pacer.readyAt(1, false)).isEqualTo(T0.plusSeconds(1));
        assertThat(pacer.readyAt(2, false)).isEqualTo(T0.plus(Duration.ofMillis(40)));
    }

    @Test
    void keepsTheOverallRate() {
        Pacer pacer = new Pacer(25);
        Instant now = T0;
        for (long chat = 0; chat < 100; chat++) {
            now = later(now, pacer.readyAt(chat, false));
            pacer.sent(chat, false, now);
        }
        assertThat(Duration.between(T0, now)).isGreaterThanOrEqualTo(Duration.ofMillis(99 * 40));
    }

    @Test
    void allowsTwentyMessagesAMinuteToAGroup() {
        Pacer pacer = new Pacer(1000);
        Instant now = T0;
        for (int i = 0; i < 20; i++) {
            now = later(now, pacer.readyAt(-100, true));
            pacer.sent(-100, true, now);
        }
        assertThat(pacer.readyAt(-100, true)).isEqualTo(T0.plus(Duration.ofMinutes(1)));
    }

    @Test
    void waitsOutFloodControl() {
        Pacer pacer = new Pacer(25);
        pacer.pauseUntil(T0.plusSeconds(30));

        assertThat(pacer.readyAt(5, false)).isEqualTo(T0.plusSeconds(30));
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
