package talkwatch.match;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import talkwatch.testing.ShippedConfig;
import talkwatch.testing.Week;
import talkwatch.testing.WeekArgs;

/**
 * What matching alone makes of the weeks' stories ({@code src/test/resources/weeks/}): the stories of the talks none of
 * whose reports any topic takes (missed), and the stories of other news one of whose reports a topic takes (sent
 * off-topic). A story is sent when any of its reports is matched, as in {@link talkwatch.WeekReplay}, but without the
 * poll cycle and the story detector, so every week is read in seconds: the figure to watch when a change touches only
 * matching. Each week is read with the shipped topics and, for a track the shipped configuration does not follow, the
 * topic file its replays use ({@link WeekArgs#TOPIC_FILES}).
 *
 * <p>Run with {@code java -cp target/test-classes:target/classes:$(cat target/cp.txt) talkwatch.match.WeekMatching
 * [--list] [WEEK.tsv]...} (every week when none is named); {@code --list} prints each such story.
 */
public final class WeekMatching {

    static final Path WEEKS = WeekArgs.WEEKS;

    /** The counts over the weeks read, and a line per story missed or sent off-topic. */
    record Outcome(int stories, int missed, int otherStories, int offTopic, List<String> lines) {}

    private WeekMatching() {}

    public static void main(String[] args) throws IOException {
        WeekArgs parsed = WeekArgs.parse(args);
        List<Path> weeks = parsed.weeksOrAll();
        Outcome outcome = read(weeks);
        if (parsed.flags().contains("--list")) {
            outcome.lines().forEach(System.out::println);
        }
        System.out.printf(
                "%d weeks: %d stories of the talks, %d missed by matching; %d stories of other news, %d sent"
                        + " off-topic%n",
                weeks.size(), outcome.stories(), outcome.missed(), outcome.otherStories(), outcome.offTopic());
    }

    static Outcome read(List<Path> weeks) {
        int stories = 0;
        int missed = 0;
        int otherStories = 0;
        int offTopic = 0;
        List<String> lines = new ArrayList<>();
        for (Path file : weeks) {
            Week week = Week.read(file);
            TopicMatcher matcher = new TopicMatcher(ShippedConfig.topics(WeekArgs.topicFilesOf(week)));
            Map<String, List<Week.Report>> byStory = new LinkedHashMap<>();
            week.reports()
                    .forEach(r -> byStory.computeIfAbsent(r.story(), k -> new ArrayList<>())
                            .add(r));
            for (List<Week.Report> reports : byStory.values()) {
                Week.Report first = reports.get(0);
                Set<String> taken = new TreeSet<>();
                String takenHeadline = null;
                for (Week.Report report : reports) {
                    List<Topic> topics = matcher.match(report.headline(), report.text());
                    if (!topics.isEmpty() && takenHeadline == null) {
                        takenHeadline = report.headline();
                    }
                    topics.forEach(t -> taken.add(t.id()));
                }
                String where = week.name() + "\t" + first.story() + "\t";
                if (first.onTopic()) {
                    stories++;
                    if (taken.isEmpty()) {
                        missed++;
                        lines.add("missed\t" + where + new TreeSet<>(first.topics()) + " «" + first.headline() + "»");
                    }
                } else {
                    otherStories++;
                    if (!taken.isEmpty()) {
                        offTopic++;
                        lines.add("off-topic\t" + where + taken + " «" + takenHeadline + "»");
                    }
                }
            }
        }
        return new Outcome(stories, missed, otherStories, offTopic, lines);
    }
}
