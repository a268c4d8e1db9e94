package talkwatch.schedule;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.quartz.SchedulerException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import talkwatch.poll.Pipeline;

/** The Quartz job: one poll cycle. Never runs while the previous one is still going. */
@DisallowConcurrentExecution
public final class PollFeedsJob implements Job {

    static final String PIPELINE = "pipeline";
    private static final Logger log = LoggerFactory.getLogger(PollFeedsJob.class);

    @Override
    public void execute(JobExecutionContext context) throws JobExecutionException {
        try {
            Pipeline pipeline = (Pipeline) context.getScheduler().getContext().get(PIPELINE);
            pipeline.poll();
        } catch (SchedulerException e) {
            throw new JobExecutionException(e);
        } catch (RuntimeException e) {
            log.error("Poll cycle failed; the next one runs on schedule", e);
        }
    }
}
