package talkwatch.schedule;

import java.time.Duration;
import java.util.Date;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import javax.sql.DataSource;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.SimpleTrigger;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.quartz.impl.SchedulerRepository;
import org.quartz.impl.StdSchedulerFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import talkwatch.config.Durations;
import talkwatch.poll.Pipeline;
import talkwatch.store.Retention;

/**
 * The bot's clockwork, with Quartz: polls the feeds now and then every {@code every} (a late cycle is skipped, not
 * stacked), and once a day forgets what is older than {@code keep}.
 *
 * <p>Two modes. {@linkplain #Schedule(Pipeline, Duration, Retention, Duration) In memory}, for the one instance on
 * SQLite: one thread runs both jobs, so forgetting never competes with a poll cycle, and the schedule goes with the
 * process. {@linkplain #clustered Clustered}, for several instances sharing one PostgreSQL: the schedule is stored
 * there, and the instances take turns running it.
 *
 * <p>One schedule per process: Quartz keeps its schedulers in a process-wide registry by name, so a second schedule
 * is refused until the first is closed.
 */
public final class Schedule implements AutoCloseable {

    /** The first forgetting waits this long after start-up, so that a restart goes straight to its poll. */
    static final Duration FIRST_FORGETTING = Duration.ofMinutes(10);

    /** Quartz's name for the scheduler. */
    static final String NAME = "talkwatch";

    static final JobKey POLL = JobKey.jobKey("poll-feeds");
    static final TriggerKey POLL_TRIGGER = TriggerKey.triggerKey("poll-every");
    static final JobKey FORGET = JobKey.jobKey("forget-old");
    static final TriggerKey DAILY = TriggerKey.triggerKey("daily");

    private static final Logger log = LoggerFactory.getLogger(Schedule.class);

    private final Scheduler scheduler;

    public Schedule(Pipeline pipeline, Duration every, Retention retention, Duration keep) throws SchedulerException {
        this(pipeline, every, retention, keep, FIRST_FORGETTING);
    }

    Schedule(Pipeline pipeline, Duration every, Retention retention, Duration keep, Duration firstForgetting)
            throws SchedulerException {
        this(Optional.empty(), poll(pipeline), every, retention, keep, firstForgetting);
    }

    /**
     * A schedule shared by all talkwatch instances on one PostgreSQL database, in Quartz's {@code qrtz_*} tables
     * ({@code db/migration/postgresql/V100__quartz_tables.sql}). Every instance calls it, with the same {@code every}
     * and {@code keep}:
     *
     * <ul>
     *   <li>Each poll cycle runs on one instance, never beside another cycle anywhere in the cluster, and the daily
     *       forgetting runs once a day for the whole cluster, on any one instance; which one is Quartz's choice. Each
     *       instance runs its own {@code pipeline} and {@code retention}, kept in memory: nothing of them is stored.
     *   <li>Starting, an instance keeps the stored poll schedule when it repeats every {@code every}, and replaces it
     *       when {@code every} changed (the first cycle then runs at once). It creates the daily forgetting, ten
     *       minutes on, only when there is none, so restarts never push it back.
     *   <li>When the instance running the schedule dies, or stops, the next cycle starts on another one at most
     *       {@code every} + 23.5 s later (plus a few database round trips): each instance checks in every 7.5 s
     *       ({@code clusterCheckinInterval}), Quartz takes an instance for dead 7.5 + 7.5 s after its last check-in,
     *       the others look every 7.5 s, and the cycle that fell due meanwhile is late: within a second it is moved to
     *       its next slot. That is within two poll intervals for any {@code every} of 23.5 s or more (a real
     *       configuration polls every 30 s or more). A cycle cut short by the death is not run again. The instances'
     *       clocks must agree within a second (NTP).
     *   <li>{@link #close()} waits for a job that is running on this instance, and deletes nothing stored.
     * </ul>
     *
     * <p>{@code database} is the application's connection pool, lent to Quartz under the name {@value
     * ClusteredStore#DATA_SOURCE}; the application closes it, after this schedule. Quartz uses up to five of its
     * connections at once (two job threads, and its scheduling, check-in and misfire threads).
     */
    public static Schedule clustered(
            DataSource database, Pipeline pipeline, Duration every, Retention retention, Duration keep)
            throws SchedulerException {
        return clustered(database, poll(pipeline), every, retention, keep, FIRST_FORGETTING);
    }

    /** With a stand-in for the poll cycle, and the first forgetting when there is no daily trigger yet. */
    static Schedule clustered(
            DataSource database,
            Runnable poll,
            Duration every,
            Retention retention,
            Duration keep,
            Duration firstForgetting)
            throws SchedulerException {
        return new Schedule(
                Optional.of(Objects.requireNonNull(database, "database")),
                poll,
                every,
                retention,
                keep,
                firstForgetting);
    }

    private Schedule(
            Optional<DataSource> database,
            Runnable poll,
            Duration every,
            Retention retention,
            Duration keep,
            Duration firstForgetting)
            throws SchedulerException {
        Objects.requireNonNull(poll, "poll");
        Objects.requireNonNull(every, "every");
        Objects.requireNonNull(retention, "retention");
        Objects.requireNonNull(keep, "keep");
        Objects.requireNonNull(firstForgetting, "firstForgetting");
        this.scheduler = scheduler(database);
        try {
            scheduler.getContext().put(PollFeedsJob.POLL, poll);
            scheduler.getContext().put(ForgetOldJob.RETENTION, retention);
            scheduler.getContext().put(ForgetOldJob.KEEP, keep);
            planPolls(every);
            planForgetting(firstForgetting);
        } catch (SchedulerException | RuntimeException e) {
            scheduler.shutdown(false);
            throw e;
        }
    }

    private static Runnable poll(Pipeline pipeline) {
        return Objects.requireNonNull(pipeline, "pipeline")::poll;
    }

    private static Properties inMemory() {
        Properties properties = new Properties();
        properties.setProperty(StdSchedulerFactory.PROP_SCHED_INSTANCE_NAME, NAME);
        properties.setProperty("org.quartz.threadPool.threadCount", "1");
        properties.setProperty("org.quartz.jobStore.class", "org.quartz.simpl.RAMJobStore");
        properties.setProperty("org.quartz.jobStore.misfireThreshold", "1000");
        return properties;
    }

    private static Scheduler scheduler(Optional<DataSource> database) throws SchedulerException {
        // The factory would hand back a running scheduler of the same name instead of a new one.
        Scheduler running = SchedulerRepository.getInstance().lookup(NAME);
        if (running != null && !running.isShutdown()) {
            throw new SchedulerException("a talkwatch schedule already runs in this process; close it first");
        }
        if (database.isEmpty()) {
            return new StdSchedulerFactory(inMemory()).getScheduler();
        }
        ClusteredStore.lend(database.get());
        return new StdSchedulerFactory(ClusteredStore.settings()).getScheduler();
    }

    /** Polls from now on every {@code every}, unless the poll trigger already repeats at that interval. */
    private void planPolls(Duration every) throws SchedulerException {
        Trigger current = scheduler.getTrigger(POLL_TRIGGER);
        if (current instanceof SimpleTrigger simple) {
            if (simple.getRepeatInterval() == every.toMillis()) {
                return;
            }
            log.info(
                    "Polls every {} from now on instead of every {}",
                    Durations.text(every),
                    Durations.text(Duration.ofMillis(simple.getRepeatInterval())));
        }
        JobDetail job = JobBuilder.newJob(PollFeedsJob.class).withIdentity(POLL).build();
        Trigger trigger = TriggerBuilder.newTrigger()
                .withIdentity(POLL_TRIGGER)
                .forJob(POLL)
                .startNow()
                .withSchedule(SimpleScheduleBuilder.simpleSchedule()
                        .withIntervalInMilliseconds(every.toMillis())
                        .repeatForever()
                        .withMisfireHandlingInstructionNextWithRemainingCount())
                .build();
        scheduler.scheduleJob(job, Set.of(trigger), true);
    }

    /** Forgets daily from {@code first} on, unless the daily trigger exists: a restart never pushes it back. */
    private void planForgetting(Duration first) throws SchedulerException {
        if (scheduler.checkExists(DAILY)) {
            return;
        }
        JobDetail job =
                JobBuilder.newJob(ForgetOldJob.class).withIdentity(FORGET).build();
        Trigger trigger = TriggerBuilder.newTrigger()
                .withIdentity(DAILY)
                .forJob(FORGET)
                .startAt(new Date(System.currentTimeMillis() + first.toMillis()))
                // a day's forgetting that falls during a poll runs right after it, not a day later
                .withSchedule(SimpleScheduleBuilder.simpleSchedule()
                        .withIntervalInMilliseconds(Duration.ofDays(1).toMillis())
                        .repeatForever()
                        .withMisfireHandlingInstructionFireNow())
                .build();
        scheduler.scheduleJob(job, Set.of(trigger), true);
    }

    public void start() throws SchedulerException {
        scheduler.start();
    }

    /** Stops this schedule, waiting for a job that is running; what is stored for other instances stays. */
    @Override
    public void close() throws SchedulerException {
        scheduler.shutdown(true);
    }
}
