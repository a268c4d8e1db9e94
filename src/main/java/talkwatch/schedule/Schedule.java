package talkwatch.schedule;

import java.time.Duration;
import java.util.Date;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
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
import talkwatch.poll.Pipeline;
import talkwatch.store.Retention;

/**
 * The bot's clockwork, with Quartz: polls the feeds now and then every {@code every} (a late cycle is skipped, not
 * stacked), and once a day forgets what is older than {@code keep}. One thread runs both, so forgetting never
 * competes with a poll cycle.
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

    private final Scheduler scheduler;

    public Schedule(Pipeline pipeline, Duration every, Retention retention, Duration keep) throws SchedulerException {
        this(pipeline, every, retention, keep, FIRST_FORGETTING);
    }

    Schedule(Pipeline pipeline, Duration every, Retention retention, Duration keep, Duration firstForgetting)
            throws SchedulerException {
        this(inMemory(), poll(pipeline), every, retention, keep, firstForgetting);
    }

    private Schedule(
            Properties quartz,
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
        this.scheduler = scheduler(quartz);
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

    private static Scheduler scheduler(Properties properties) throws SchedulerException {
        // The factory would hand back a running scheduler of the same name instead of a new one.
        Scheduler running = SchedulerRepository.getInstance().lookup(NAME);
        if (running != null && !running.isShutdown()) {
            throw new SchedulerException("a talkwatch schedule already runs in this process; close it first");
        }
        return new StdSchedulerFactory(properties).getScheduler();
    }

    /** Polls from now on every {@code every}, unless the poll trigger already repeats at that interval. */
    private void planPolls(Duration every) throws SchedulerException {
        Trigger current = scheduler.getTrigger(POLL_TRIGGER);
        if (current instanceof SimpleTrigger simple && simple.getRepeatInterval() == every.toMillis()) {
            return;
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
