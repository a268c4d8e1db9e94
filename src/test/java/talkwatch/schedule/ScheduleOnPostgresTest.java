package talkwatch.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import talkwatch.schedule.QuartzTables.StoredTrigger;
import talkwatch.store.Database;
import talkwatch.store.Retention;
import talkwatch.store.Storage;
import talkwatch.testing.PostgresForTests;

/**
 * The clustered schedule's stored state, one instance at a time in this process (several: ScheduleClusterTest), on
 * the store's PostgreSQL pool as the application lends it.
 */
class ScheduleOnPostgresTest {

    private static final Duration KEEP = Duration.ofDays(90);

    private Storage.Postgres schema;
    private Database store;
    private DataSource database;
    private Retention retention;

    @BeforeEach
    void freshSchema() {
        schema = PostgresForTests.freshSchema();
        store = Database.open(schema);
        database = store.shared().orElseThrow();
        retention = new Retention(store);
    }

    @AfterEach
    void dropSchema() {
        if (store != null) {
            store.close();
        }
        if (schema != null) {
            QuartzTables.dropSchema(schema);
        }
    }

    @Test
    void aRestartKeepsTheStoredScheduleAndANewIntervalReplacesOnlyThePollTrigger() throws Exception {
        try (Schedule first = Schedule.clustered(
                database, () -> {}, Duration.ofMinutes(5), retention, KEEP, Duration.ofMinutes(10))) {
            first.start();
        }
        StoredTrigger poll = QuartzTables.trigger(database, "poll-every");
        StoredTrigger daily = QuartzTables.trigger(database, "daily");
        assertThat(poll.interval()).isEqualTo(Duration.ofMinutes(5));
        assertThat(daily.job()).isEqualTo("forget-old");

        try (Schedule again = Schedule.clustered(
                database, () -> {}, Duration.ofMinutes(5), retention, KEEP, Duration.ofMinutes(10))) {
            again.start();
        }
        assertThat(QuartzTables.triggers(database)).containsExactly(daily, poll);

        try (Schedule faster = Schedule.clustered(
                database, () -> {}, Duration.ofMinutes(2), retention, KEEP, Duration.ofMinutes(10))) {
            faster.start();
        }
        StoredTrigger replaced = QuartzTables.trigger(database, "poll-every");
        assertThat(replaced.interval()).isEqualTo(Duration.ofMinutes(2));
        assertThat(replaced.job()).isEqualTo("poll-feeds");
        assertThat(replaced.start()).isAfter(poll.start());
        assertThat(QuartzTables.triggers(database)).containsExactly(daily, replaced);
    }

    @Test
    void closingWaitsForTheRunningCycleAndLeavesTheSharedScheduleStored() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        AtomicBoolean finished = new AtomicBoolean();
        Runnable slowCycle = () -> {
            started.countDown();
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            finished.set(true);
        };
        Schedule schedule =
                Schedule.clustered(database, slowCycle, Duration.ofHours(1), retention, KEEP, Duration.ofMinutes(10));
        schedule.start();
        assertThat(started.await(10, TimeUnit.SECONDS))
                .as("the first cycle started")
                .isTrue();

        schedule.close();

        assertThat(finished).as("the cycle finished before close() returned").isTrue();
        assertThat(QuartzTables.triggers(database))
                .extracting(StoredTrigger::name)
                .containsExactly("daily", "poll-every");
        assertThat(QuartzTables.count(database, "SELECT count(*) FROM qrtz_job_details"))
                .isEqualTo(2);
        assertThat(QuartzTables.count(database, "SELECT count(*) FROM qrtz_fired_triggers"))
                .isZero();
    }

    @Test
    void storesNoJavaSerializedObjects() throws Exception {
        try (Schedule schedule = Schedule.clustered(
                database, () -> {}, Duration.ofMinutes(5), retention, KEEP, Duration.ofMinutes(10))) {
            schedule.start();
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> QuartzTables.count(database, "SELECT count(*) FROM qrtz_scheduler_state") == 1);
        }
        // A Java-serialized object starts with the stream magic AC ED.
        String serialized = "SELECT count(*) FROM %s WHERE substring(job_data FROM 1 FOR 2) = '\\xaced'::bytea";
        assertThat(QuartzTables.count(database, "SELECT count(*) FROM qrtz_job_details WHERE job_data IS NOT NULL"))
                .isEqualTo(2);
        assertThat(QuartzTables.count(database, serialized.formatted("qrtz_job_details")))
                .isZero();
        assertThat(QuartzTables.count(database, serialized.formatted("qrtz_triggers")))
                .isZero();
        assertThat(QuartzTables.count(database, "SELECT count(*) FROM qrtz_blob_triggers"))
                .isZero();
    }
}
