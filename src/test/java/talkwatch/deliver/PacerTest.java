package talkwatch.deliver;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PacerTest {

    private static final Instant T0 = Instant.parse("2026-11-29T12:00:00Z");

    @Test
    void letsAChatHaveAShortBurstThenOneMessageASecond() {
        Pacer pacer = new Pacer(new DeliveryLimits(1000, 1, 20, false), T0);
        for (int i = 0; i < Pacer.CHAT_BURST; i++) {
            assertThat(pacer.chatReadyAt(1, false, T0)).isEqualTo(T0);
            pacer.take(1, false, 1, T0);
        }

        assertThat(pacer.chatReadyAt(1, false, T0)).isEqualTo(T0.plusSeconds(1));
        assertThat(pacer.chatReadyAt(2, false, T0)).isEqualTo(T0);
    }

    @Test
    void keepsTheOverallRateInEverySecond() {
        Pacer pacer = new Pacer(new DeliveryLimits(25, 1, 20, false), T0);
        Instant now = T0;
        for (long chat = 0; chat < 100; chat++) {
            now = Pacer.max(now, pacer.globalReadyAt(now));
            pacer.take(chat, false, 1, now);
        }
        // one token at start, then 25 a second: 99 more take 99 × 40 ms.
        assertThat(Duration.between(T0, now)).isGreaterThanOrEqualTo(Duration.ofMillis(99 * 40 - 1));
    }

    @Test
    void neverSendsMoreThanTheLimitToAGroupInAMinute() {
        Pacer pacer = new Pacer(new DeliveryLimits(1000, 5, 20, false), T0);
        Instant now = T0;
        for (int i = 0; i < 20; i++) {
            now = Pacer.max(now, pacer.chatReadyAt(-100, true, now));
            pacer.take(-100, true, 1, now);
        }

        assertThat(now).isBeforeOrEqualTo(T0.plus(Duration.ofMinutes(1)));
        assertThat(pacer.chatReadyAt(-100, true, now)).isAfterOrEqualTo(T0.plus(Duration.ofMinutes(1)));
    }

    @Test
    void waitsOutFloodControlForTheChatOrForAll() {
        Pacer pacer = new Pacer(DeliveryLimits.defaults(), T0);
        pacer.pauseChat(5, T0.plusSeconds(30));

        assertThat(pacer.chatReadyAt(5, false, T0)).isEqualTo(T0.plusSeconds(30));
        assertThat(pacer.chatReadyAt(6, false, T0)).isEqualTo(T0);

        pacer.pauseAll(T0, T0.plusSeconds(10));
        assertThat(pacer.globalReadyAt(T0)).isEqualTo(T0.plusSeconds(10));
    }

    @Test
    void aSplitMessageCountsInFull() {
        Pacer pacer = new Pacer(new DeliveryLimits(10, 1, 20, false), T0);
        pacer.take(1, false, 3, T0);

        assertThat(pacer.globalReadyAt(T0)).isEqualTo(T0.plus(Duration.ofMillis(300)));
    }

    @Test
    void booksATurnOnlyWhenItIsCloseSoAChatThatWaitsHoldsUpNoOther() {
        Pacer pacer = new Pacer(DeliveryLimits.defaults(), T0);
        pacer.pauseChat(1, T0.plusSeconds(30));

        assertThat(pacer.book(1, false, T0, Duration.ofMillis(200)))
                .isEqualTo(new Pacer.Turn(T0.plusSeconds(30), false));
        assertThat(pacer.book(2, false, T0, Duration.ofMillis(200))).isEqualTo(new Pacer.Turn(T0, true));
        // the overall rate: 25 a second
        assertThat(pacer.book(3, false, T0, Duration.ofMillis(200))).isEqualTo(new Pacer.Turn(T0.plusMillis(40), true));
        assertThat(pacer.book(1, false, T0.plusSeconds(30), Duration.ofMillis(200)))
                .isEqualTo(new Pacer.Turn(T0.plusSeconds(30), true));
    }
}
