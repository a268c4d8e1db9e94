package talkwatch.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
import talkwatch.store.SummaryRequests.Limit;
import talkwatch.testing.Closer;
import talkwatch.testing.TestClock;
import talkwatch.testing.TestDatabase;

@ParameterizedClass
@EnumSource(TestDatabase.class)
class SummaryRequestsTest {

    private static final Instant START = Instant.parse("2026-12-01T08:00:00Z");

    @Parameter
    TestDatabase kind;

    @RegisterExtension
    final Closer closer = new Closer();

    @TempDir
    Path dir;

    private final TestClock clock = new TestClock(START);
    private Storage storage;

    @BeforeEach
    void createDatabase() {
        storage = kind.create(dir);
    }

    @Test
    void countsEachUsersRequestsInSlidingWindowsOfAMinuteAndADay() {
        SummaryRequests requests = new SummaryRequests(closer.add(Database.open(storage)), clock);

        assertThat(requests.take(1, 2, 3)).isEmpty();
        assertThat(requests.take(1, 2, 3)).isEmpty();
        assertThat(requests.take(1, 2, 3)).contains(Limit.PER_MINUTE);
        assertThat(requests.take(2, 2, 3)).as("another user's own counts").isEmpty();
        clock.advance(Duration.ofSeconds(61));
        assertThat(requests.take(1, 2, 3)).isEmpty();
        assertThat(requests.take(1, 2, 3)).as("the refused one was not counted").contains(Limit.PER_DAY);
        clock.advance(Duration.ofHours(23));
        assertThat(requests.take(1, 2, 3)).contains(Limit.PER_DAY);
        clock.advance(Duration.ofMinutes(59));
        assertThat(requests.take(1, 2, 3))
                .as("a day after the first two: one left in the day")
                .isEmpty();
        assertThat(requests.take(1, 2, 3)).isEmpty();
        assertThat(requests.take(1, 2, 3)).as("three in the last day again").contains(Limit.PER_DAY);
    }

    @Test
    void theCountsOutliveARestart() {
        try (Database before = Database.open(storage)) {
            SummaryRequests requests = new SummaryRequests(before, clock);
            requests.take(7, 5, 2);
            requests.take(7, 5, 2);
        }

        SummaryRequests after = new SummaryRequests(closer.add(Database.open(storage)), clock);

        assertThat(after.take(7, 5, 2)).contains(Limit.PER_DAY);
    }

    @Test
    void instancesOnOneDatabaseShareTheCountsAndLetNoRequestPastTheLimitWhenTheyRace() throws Exception {
        SummaryRequests first = new SummaryRequests(closer.add(Database.open(storage)), clock);
        // a second instance shares a PostgreSQL database; a SQLite file has one process, whose threads share one
        SummaryRequests second = kind == TestDatabase.POSTGRESQL
                ? new SummaryRequests(closer.add(Database.open(storage)), clock)
                : first;
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Optional<Limit>>> tries = new ArrayList<>();
            for (int i = 0; i < 24; i++) {
                SummaryRequests instance = i % 2 == 0 ? first : second;
                tries.add(() -> instance.take(900_000_001L, 100, 10));
            }
            int taken = 0;
            for (Future<Optional<Limit>> result : threads.invokeAll(tries)) {
                taken += result.get().isEmpty() ? 1 : 0;
            }
            assertThat(taken).isEqualTo(10);
        } finally {
            threads.shutdownNow();
        }
        assertThat(second.take(900_000_001L, 100, 10)).contains(Limit.PER_DAY);
        assertThat(second.take(900_000_002L, 100, 10)).isEmpty();
    }

    @Test
    void theRetentionForgetsRequestsMadeOverADayAgo() {
        Database database = closer.add(Database.open(storage));
        SummaryRequests requests = new SummaryRequests(database, clock);
        requests.take(1, 5, 1);
        clock.advance(Duration.ofHours(23));
        requests.take(2, 5, 1);
        clock.advance(Duration.ofHours(2));

        int forgotten = new Retention(database)
                .forgetSummaryRequestsBefore(clock.instant().minus(SummaryRequests.KEEP));

        assertThat(forgotten).isEqualTo(1);
        assertThat(TestDatabase.count(storage, "SELECT COUNT(*) FROM summary_request WHERE user_id = 1"))
                .isZero();
        assertThat(requests.take(2, 5, 1)).as("made 2 hours ago: still counted").contains(Limit.PER_DAY);
    }
}
