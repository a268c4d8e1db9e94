package talkwatch.schedule;

import java.time.Duration;
import java.time.Instant;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.quartz.SchedulerContext;
import org.quartz.SchedulerException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import talkwatch.config.Durations;
import talkwatch.store.HandledUpdates;
import talkwatch.store.Retention;
import talkwatch.store.SummaryRequests;

/**
 * The Quartz job: forgets what is older than {@code storage.keep} and the webhook updates handled over {@link
 * HandledUpdates#KEEP} ago ({@link Retention}), and logs what went.
 */
@DisallowConcurrentExecution
public final class ForgetOldJob implements Job {

    static final String RETENTION = "retention";
    static final String KEEP = "keep";
    private static final Logger log = LoggerFactory.getLogger(ForgetOldJob.class);

    @Override
    public void execute(JobExecutionContext context) throws JobExecutionException {
        try {
            SchedulerContext shared = context.getScheduler().getContext();
            Retention retention = (Retention) shared.get(RETENTION);
            Duration keep = (Duration) shared.get(KEEP);
            Instant cutoff = Instant.now().minus(keep);
            long start = System.nanoTime();
            Retention.Forgotten forgotten = retention.forgetBefore(cutoff);
            int updates = retention.forgetUpdatesBefore(Instant.now().minus(HandledUpdates.KEEP));
            int requests = retention.forgetSummaryRequestsBefore(Instant.now().minus(SummaryRequests.KEEP));
            log.info(
                    "Forgot what is older than {} (storage.keep {}): {} articles, {} deliveries, {} poll cycles,"
                            + " in {} ms; {} webhook updates handled over {} ago; and {} /summary requests made over {}"
                            + " ago",
                    cutoff,
                    Durations.text(keep),
                    forgotten.articles(),
                    forgotten.deliveries(),
                    forgotten.pollRuns(),
                    (System.nanoTime() - start) / 1_000_000,
                    updates,
                    Durations.text(HandledUpdates.KEEP),
                    requests,
                    Durations.text(SummaryRequests.KEEP));
        } catch (SchedulerException e) {
            throw new JobExecutionException(e);
        } catch (RuntimeException e) {
            log.error("Forgetting old articles failed; it is tried again in a day", e);
        }
    }
}
