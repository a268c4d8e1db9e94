package talkwatch.cli;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import talkwatch.config.Config;
import talkwatch.config.Durations;
import talkwatch.store.Liveness;

/**
 * {@code talkwatch health}: whether the {@code run} using this database is doing its work, for a container's health
 * check or a monitor: healthy when a poll cycle started within three poll intervals (at least 10 minutes). Reads the
 * database only; exit 0 healthy, 1 not.
 */
@Command(
        name = "health",
        mixinStandardHelpOptions = true,
        description = "Say whether the bot using this database polls on schedule: exit 0 when a poll cycle started"
                + " within three times schedule.pollEvery (at least 10 minutes), 1 when not. Reads the database only;"
                + " safe to run beside the bot (e.g. as Docker's HEALTHCHECK).")
public final class HealthCommand implements Callable<Integer> {

    static final Duration LEAST_PATIENCE = Duration.ofMinutes(10);

    @Mixin
    ConfigOption config;

    @Spec
    CommandSpec spec;

    private final Map<String, String> environment;
    private final Clock clock;

    public HealthCommand(Map<String, String> environment, Clock clock) {
        this.environment = environment;
        this.clock = clock;
    }

    @Override
    public Integer call() {
        Config loaded = config.load(environment);
        Liveness liveness =
                Liveness.read(ConfigOption.existingDatabase(loaded, "talkwatch run has not started with it"));
        Instant now = clock.instant();
        Duration patience = loaded.pollEvery().multipliedBy(3);
        patience = patience.compareTo(LEAST_PATIENCE) < 0 ? LEAST_PATIENCE : patience;
        String waiting = liveness.waiting() == 0
                ? "no delivery waiting"
                : (liveness.waiting() == 1 ? "1 delivery" : liveness.waiting() + " deliveries")
                        + " waiting, the oldest queued "
                        + ago(liveness.oldestWaiting().orElse(now), now);
        if (liveness.lastPoll().isEmpty()) {
            spec.commandLine().getOut().println("unhealthy: no poll cycle recorded yet; " + waiting);
            return 1;
        }
        Instant lastPoll = liveness.lastPoll().get();
        boolean healthy = Duration.between(lastPoll, now).compareTo(patience) <= 0;
        spec.commandLine()
                .getOut()
                .println((healthy ? "healthy" : "unhealthy") + ": last poll cycle started " + ago(lastPoll, now)
                        + (healthy ? "" : " (expected within " + Durations.text(patience) + ")") + "; " + waiting);
        return healthy ? 0 : 1;
    }

    /** How long ago, in whole minutes from a minute on: {@code 4m ago}, {@code 1h5m ago}, {@code 40s ago}. */
    private static String ago(Instant then, Instant now) {
        Duration ago = Duration.between(then, now);
        if (ago.isNegative()) {
            return "just now";
        }
        return Durations.text(ago.toMinutes() > 0 ? ago.truncatedTo(ChronoUnit.MINUTES) : ago) + " ago";
    }
}
