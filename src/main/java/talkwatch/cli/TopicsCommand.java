package talkwatch.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import talkwatch.arabic.TermExtractor;
import talkwatch.config.Config;
import talkwatch.config.Durations;
import talkwatch.match.NearMisses;
import talkwatch.match.Topic;
import talkwatch.match.TopicMatcher;
import talkwatch.store.Archive;

/**
 * {@code talkwatch topics try TOPIC}: what a topic, as the configuration now writes it, matches among the articles the
 * store keeps, beside what it matched when they were read: the way to write a new track's topic, or mend one, against
 * real news before subscribers see the difference.
 */
@Command(
        name = "topics",
        mixinStandardHelpOptions = true,
        description = "Try a topic of the configuration on the stored articles.",
        subcommands = {TopicsCommand.Try.class})
public final class TopicsCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing command: try");
    }

    @Command(
            name = "try",
            mixinStandardHelpOptions = true,
            description = "Print the stored articles the topic matches as the configuration now writes it (+ new, ="
                    + " as when they were read) and those it matched then and no longer (-), newest first, then a"
                    + " count. Each article is judged on its headline and the opening of its text (its first"
                    + " sentences), as the store keeps them. Then the articles it does not match that read most"
                    + " like those it does (~), with the words they share with its news: where words it lacks show."
                    + " Reads the database only: it runs beside the bot.")
    public static final class Try implements Callable<Integer> {

        private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

        @Mixin
        ConfigOption config;

        @Parameters(paramLabel = "TOPIC", description = "The topic's id.")
        String topicId;

        @Option(
                names = "--since",
                paramLabel = "DURATION",
                defaultValue = "7d",
                description = "How far back to look: 12h, 7d, 30d … (default: ${DEFAULT-VALUE}).")
        String since;

        @Option(
                names = "--near",
                paramLabel = "N",
                defaultValue = "15",
                description = "How many of the nearest articles it does not match to print; 0 for none (default:"
                        + " ${DEFAULT-VALUE}).")
        int near;

        @Spec
        CommandSpec spec;

        private final Map<String, String> environment;
        private final Clock clock;

        public Try(Map<String, String> environment, Clock clock) {
            this.environment = environment;
            this.clock = clock;
        }

        @Override
        public Integer call() {
            Config loaded = config.load(environment);
            Optional<Topic> topic = loaded.topic(topicId);
            if (topic.isEmpty()) {
                throw new CommandLine.ParameterException(
                        spec.commandLine(),
                        "no topic \"" + topicId + "\" in " + loaded.file() + "; its topics are "
                                + String.join(
                                        ", ",
                                        loaded.topics().stream().map(Topic::id).toList()));
            }
            Duration back = Durations.parse(since)
                    .orElseThrow(() -> new CommandLine.ParameterException(
                            spec.commandLine(), "--since: expected a duration such as 12h or 7d, got " + since));
            if (near < 0) {
                throw new CommandLine.ParameterException(
                        spec.commandLine(), "--near: expected 0 or more articles, got " + near);
            }
            // all the topics, so that a headline naming another topic's venue is judged as run judges it
            TopicMatcher matcher = new TopicMatcher(loaded.topics());
            ZoneId zone = loaded.telegram().timeZone();
            PrintWriter out = spec.commandLine().getOut();
            int[] counts = new int[4]; // read, now, then, no longer
            NearMisses<Archive.Archived> misses = new NearMisses<>(new TermExtractor());
            Instant from = clock.instant().minus(back);
            Archive.since(
                    ConfigOption.existingDatabase(loaded, "talkwatch has stored no article yet"), from, article -> {
                        counts[0]++;
                        // the opening of the text, as run reads an article first; for an article stored before
                        // leads were kept, its summary (none when no topic matched it: its headline alone)
                        String text = article.lead().isEmpty() ? String.join("\n", article.summary()) : article.lead();
                        boolean now =
                                matcher.match(article.title(), text).stream().anyMatch(t -> t.id().equals(topicId));
                        boolean then = article.topics().contains(topicId);
                        counts[1] += now ? 1 : 0;
                        counts[2] += then ? 1 : 0;
                        counts[3] += then && !now ? 1 : 0;
                        misses.add(article, article.title(), text, now);
                        if (now || then) {
                            out.printf(
                                    "%s %s %s (%s)%n",
                                    !then ? "+" : now ? "=" : "-",
                                    WHEN.format(article.published().atZone(zone)),
                                    article.title(),
                                    article.sourceName());
                        }
                    });
            out.printf(
                    "%s matches %d of the %d articles stored since %s: %d more than when they were read, %d no"
                            + " longer.%n",
                    topicId,
                    counts[1],
                    counts[0],
                    WHEN.format(from.atZone(zone)),
                    counts[1] - (counts[2] - counts[3]),
                    counts[3]);
            printNearest(out, misses.nearest(near), zone);
            out.flush();
            return 0;
        }

        private void printNearest(PrintWriter out, List<NearMisses.Near<Archive.Archived>> nearest, ZoneId zone) {
            if (!nearest.isEmpty()) {
                out.printf("Not matched, nearest first, with the words they share with what %s matches:%n", topicId);
            }
            for (NearMisses.Near<Archive.Archived> miss : nearest) {
                Archive.Archived article = miss.article();
                out.printf(
                        "~ %s %s (%s) [%s]%n",
                        WHEN.format(article.published().atZone(zone)),
                        article.title(),
                        article.sourceName(),
                        String.join("، ", miss.words()));
            }
        }
    }
}
