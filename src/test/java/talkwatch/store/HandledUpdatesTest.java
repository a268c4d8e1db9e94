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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import talkwatch.testing.Closer;
import talkwatch.testing.TestClock;
import talkwatch.testing.TestDatabase;

@ParameterizedClass
@EnumSource(TestDatabase.class)
class HandledUpdatesTest {

    @Parameter
    TestDatabase kind;

    @RegisterExtension
    final Closer closer = new Closer();

    private Storage storage;

    private static final Instant START = Instant.parse("2026-12-01T08:00:00Z");

    @TempDir
    Path dir;

    private final TestClock clock = new TestClock(START);

    @BeforeEach
    void createDatabase() {
        storage = kind.create(dir);
    }

    @Test
    void anUpdateIsTakenOnceAcrossConnectionsAndThreads() throws Exception {
        Database database = closer.add(Database.open(storage));
        HandledUpdates first = new HandledUpdates(database, clock);
        // a second instance on the same database
        HandledUpdates second = new HandledUpdates(closer.add(Database.open(storage)), clock);
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
        Database database = closer.add(Database.open(storage));
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
