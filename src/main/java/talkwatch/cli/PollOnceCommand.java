package talkwatch.cli;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import talkwatch.Stores;
import talkwatch.config.Config;
import talkwatch.poll.FeedAlerts;
import talkwatch.poll.Pipeline;
import talkwatch.poll.PollReport;

/** {@code talkwatch poll-once}: one poll cycle, a report per feed; deliveries stay queued for {@code run}. */
@Command(
        name = "poll-once",
        mixinStandardHelpOptions = true,
        description = "Poll every feed once (fetch, match, summarize, store, queue deliveries), print a report "
                + "per feed and exit. Needs no token: deliveries stay queued until 'talkwatch run'.")
public final class PollOnceCommand implements Callable<Integer> {

    @Mixin
    ConfigOption config;

    @Option(
            names = "--json",
            description = "Print one JSON object instead of lines: {\"feeds\":[{\"id\",\"status\",\"items\","
                    + "\"new\",\"error\"}],\"durationMs\"}.")
    boolean json;

    @Option(
            names = "--force",
            description = "Fetch every feed now, even one a server asked us to leave alone for a while "
                    + "(Retry-After, Cache-Control, ttl) or one backing off after failures.")
    boolean force;

    @Spec
    CommandSpec spec;

    private final Map<String, String> environment;

    public PollOnceCommand(Map<String, String> environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() {
        Config loaded = config.load(environment);
        Clock clock = Clock.systemUTC();
        PollReport report;
        try (Stores stores = Stores.open(loaded.storage(), clock)) {
            Pipeline pipeline = Pipeline.of(loaded, stores, () -> {}, FeedAlerts.LOG_ONLY, clock);
            report = force ? pipeline.pollAll() : pipeline.poll();
        }
        spec.commandLine().getOut().print(json ? PollJson.of(report) + "\n" : report.describe());
        spec.commandLine().getOut().flush();
        return 0;
    }
}
