package talkwatch.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import talkwatch.testing.TestClock;

class HandledUpdatesTest {

    private static final Instant START = Instant.parse("2026-12-01T08:00:00Z");

    @TempDir
    Path dir;

    private final TestClock clock = new TestClock(START);

    @Test
    void anUpdateIsTakenOnceAcrossConnectionsAndThreads() throws Exception {
        Database database = Database.open(dir.resolve("talkwatch.db"));
        HandledUpdates first = new HandledUpdates(database, clock);
        // a second instance on the same database
        HandledUpdates second = new HandledUpdates(Database.open(dir.resolve("talkwatch.db")), clock);
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Boolean>> tries = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                HandledUpdates instance = i % 2 == 0 ? first : second;
                tries.add(() -> instance.take(900_000_001L));
            }
            int taken = 0;
            for (Future<Boolean> result : threads.invokeAll(tries)) {
                taken += result.get() ? 1 : 0;
            }
            assertThat(taken).isEqualTo(1);
        } finally {
            threads.shutdownNow();
        }
        assertThat(first.take(900_000_002L)).isTrue();
        assertThat(second.take(900_000_002L)).isFalse();
    }

    @Test
    void theRetentionForgetsUpdatesHandledOverTwoDaysAgo() {
        Database database = Database.open(dir.resolve("talkwatch.db"));
        HandledUpdates updates = new HandledUpdates(database, clock);
        updates.take(1);
        clock.advance(Duration.ofHours(47));
        updates.take(2);
        clock.advance(Duration.ofHours(2));

        int forgotten =
                new Retention(database).forgetUpdatesBefore(clock.instant().minus(HandledUpdates.KEEP));

        assertThat(forgotten).isEqualTo(1);
        assertThat(updates.take(2)).as("handled 2 hours ago: still known").isFalse();
        assertThat(updates.take(1)).as("handled 49 hours ago: forgotten").isTrue();
    }
}
