package talkwatch.schedule;

import java.time.Duration;
import java.util.Properties;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.impl.StdSchedulerFactory;
import talkwatch.Pipeline;

/** Polls the feeds now and then every {@code every}, with Quartz; a late cycle is skipped, not stacked. */
public final class PollSchedule implements AutoCloseable {

    private final Scheduler scheduler;

    public PollSchedule(Pipeline pipeline, Duration every) throws SchedulerException {
        Properties properties = new Properties();
        properties.setProperty(StdSchedulerFactory.PROP_SCHED_INSTANCE_NAME, "talkwatch");
        properties.setProperty("org.quartz.threadPool.threadCount", "1");
        properties.setProperty("org.quartz.jobStore.class", "org.quartz.simpl.RAMJobStore");
        properties.setProperty("org.quartz.jobStore.misfireThreshold", "1000");
        scheduler = new StdSchedulerFactory(properties).getScheduler();
        scheduler.getContext().put(PollFeedsJob.PIPELINE, pipeline);
        JobDetail job =
                JobBuilder.newJob(PollFeedsJob.class).withIdentity("poll-feeds").build();
        Trigger trigger = TriggerBuilder.newTrigger()
                .withIdentity("every-" + every)
                .startNow()
                .withSchedule(SimpleScheduleBuilder.simpleSchedule()
                        .withIntervalInMilliseconds(every.toMillis())
                        .repeatForever()
                        .withMisfireHandlingInstructionNextWithRemainingCount())
                .build();
        scheduler.scheduleJob(job, trigger);
    }

    public void start() throws SchedulerException {
        scheduler.start();
    }

    @Override
    public void close() throws SchedulerException {
        scheduler.shutdown(true);
    }
}
