package talkwatch.schedule;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.quartz.SchedulerException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Quartz job: one poll cycle (the pipeline's {@code poll}, found in the scheduler's context). Never runs while the
 * previous one is still going, on any instance of a cluster.
 */
@DisallowConcurrentExecution
public final class PollFeedsJob implements Job {

    static final String POLL = "poll";
    private static final Logger log = LoggerFactory.getLogger(PollFeedsJob.class);

    @Override
    public void execute(JobExecutionContext context) throws JobExecutionException {
        try {
            Runnable poll = (Runnable) context.getScheduler().getContext().get(POLL);
            poll.run();
        } catch (SchedulerException e) {
            throw new JobExecutionException(e);
        } catch (RuntimeException e) {
            log.error("Poll cycle failed; the next one runs on schedule", e);
        }
    }
}
