package talkwatch.schedule;

import java.time.Duration;
import java.util.Date;
import java.util.Properties;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.TriggerBuilder;
import org.quartz.impl.StdSchedulerFactory;
import talkwatch.poll.Pipeline;
import talkwatch.store.Retention;

/**
 * The bot's clockwork, with Quartz: polls the feeds now and then every {@code every} (a late cycle is skipped, not
 * stacked), and once a day forgets what is older than {@code keep}. One thread runs both, so forgetting never
 * competes with a poll cycle.
 */
public final class Schedule implements AutoCloseable {

    /** The first forgetting waits this long after start-up, so that a restart goes straight to its poll. */
    static final Duration FIRST_FORGETTING = Duration.ofMinutes(10);

    private final Scheduler scheduler;

    public Schedule(Pipeline pipeline, Duration every, Retention retention, Duration keep) throws SchedulerException {
        this(pipeline, every, retention, keep, FIRST_FORGETTING);
    }

    Schedule(Pipeline pipeline, Duration every, Retention retention, Duration keep, Duration firstForgetting)
            throws SchedulerException {
        Properties properties = new Properties();
        properties.setProperty(StdSchedulerFactory.PROP_SCHED_INSTANCE_NAME, "talkwatch");
        properties.setProperty("org.quartz.threadPool.threadCount", "1");
        properties.setProperty("org.quartz.jobStore.class", "org.quartz.simpl.RAMJobStore");
        properties.setProperty("org.quartz.jobStore.misfireThreshold", "1000");
        scheduler = new StdSchedulerFactory(properties).getScheduler();
        scheduler.getContext().put(PollFeedsJob.PIPELINE, pipeline);
        scheduler.getContext().put(ForgetOldJob.RETENTION, retention);
        scheduler.getContext().put(ForgetOldJob.KEEP, keep);
        scheduler.scheduleJob(
                JobBuilder.newJob(PollFeedsJob.class).withIdentity("poll-feeds").build(),
                TriggerBuilder.newTrigger()
                        .withIdentity("every-" + every)
                        .startNow()
                        .withSchedule(SimpleScheduleBuilder.simpleSchedule()
                                .withIntervalInMilliseconds(every.toMillis())
                                .repeatForever()
                                .withMisfireHandlingInstructionNextWithRemainingCount())
                        .build());
        JobDetail forget =
                JobBuilder.newJob(ForgetOldJob.class).withIdentity("forget-old").build();
        scheduler.scheduleJob(
                forget,
                TriggerBuilder.newTrigger()
                        .withIdentity("daily")
                        .startAt(new Date(System.currentTimeMillis() + firstForgetting.toMillis()))
                        // a day's forgetting that falls during a poll runs right after it, not a day later
                        .withSchedule(SimpleScheduleBuilder.simpleSchedule()
                                .withIntervalInMilliseconds(Duration.ofDays(1).toMillis())
                                .repeatForever()
                                .withMisfireHandlingInstructionFireNow())
                        .build());
    }

    public void start() throws SchedulerException {
        scheduler.start();
    }

    @Override
    public void close() throws SchedulerException {
        scheduler.shutdown(true);
    }
}
