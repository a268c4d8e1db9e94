package talkwatch.deliver;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import talkwatch.store.Database;
import talkwatch.store.SendSlots;
import talkwatch.testing.PostgresForTests;

/** Two instances on one PostgreSQL database keep, together, to one overall rate. */
class SharedRateTest {

    private static final int PER_SECOND = 100;
    private static final Duration RUN = Duration.ofSeconds(2);

    @Test
    void twoInstancesBookingAsFastAsTheyMayStayWithinTheRateTogether() throws Exception {
        Database database = Database.open(PostgresForTests.freshSchema());
        DeliveryLimits limits = new DeliveryLimits(PER_SECOND, 1, 20, true);
        List<Pacer> instances = List.of(
                Pacer.shared(limits, new SendSlots(database), Instant.now()),
                Pacer.shared(limits, new SendSlots(database), Instant.now()));
        ExecutorService threads = Executors.newFixedThreadPool(2);
        List<Instant> booked = Collections.synchronizedList(new ArrayList<>());
        try {
            List<Future<Integer>> counts = new ArrayList<>();
            for (int i = 0; i < instances.size(); i++) {
                Pacer pacer = instances.get(i);
                long firstChat = 1_000_000L * (i + 1);
                counts.add(threads.submit(() -> bookFor(pacer, firstChat, booked)));
            }
            for (Future<Integer> count : counts) {
                assertThat(count.get()).as("each instance got slots").isGreaterThan(PER_SECOND / 10);
            }
        } finally {
            threads.shutdownNow();
            database.close();
        }

        List<Instant> times = new ArrayList<>(booked);
        Collections.sort(times);
        int mostInASecond = 0;
        for (int from = 0, to = 0; from < times.size(); from++) {
            while (to < times.size() && times.get(to).isBefore(times.get(from).plusSeconds(1))) {
                to++;
            }
            mostInASecond = Math.max(mostInASecond, to - from);
        }
        System.out.printf(
                "SharedRate: %d messages booked by two instances in %d s at %d/s, at most %d in one second%n",
                times.size(), RUN.toSeconds(), PER_SECOND, mostInASecond);
        // a slot is the database's; its moment here is off by a round trip at most, hence the margin of two
        assertThat(mostInASecond).isLessThanOrEqualTo(PER_SECOND + 2);
        assertThat(times.size()).as("the rate was used").isGreaterThan(PER_SECOND);
    }

    private static int bookFor(Pacer pacer, long firstChat, List<Instant> booked) throws InterruptedException {
        Instant end = Instant.now().plus(RUN);
        long chat = firstChat;
        int count = 0;
        while (Instant.now().isBefore(end)) {
            Instant now = Instant.now();
            Pacer.Turn turn = pacer.book(chat, false, now, Duration.ofMillis(20));
            if (turn.booked()) {
                booked.add(turn.at());
                chat++;
                count++;
            } else {
                Thread.sleep(Math.max(1, Duration.between(now, turn.at()).toMillis() - 20));
            }
        }
        return count;
    }
}
