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
 * topic file its replays use ({@link #TOPIC_FILES}).
 *
 * <p>Run with {@code java -cp target/test-classes:target/classes:$(cat target/cp.txt) talkwatch.match.WeekMatching
 * [--list] [WEEK.tsv]...} (every week when none is named); {@code --list} prints each such story.
 */
public final class WeekMatching {

    static final Path WEEKS = WeekArgs.WEEKS;

    /** The topic file each untuned track's weeks are replayed with (README of the weeks). */
    static final Map<String, String> TOPIC_FILES = Map.ofEntries(
            Map.entry("afghanistan", "topic-afghanistan-final3.yml"),
            Map.entry("cyprus", "topic-cyprus-final24.yml"),
            Map.entry("ethiopia", "topic-ethiopia-final2.yml"),
            Map.entry("gaza", "topics-dev-tracks.yml"),
            Map.entry("gerd", "topic-gerd-final13.yml"),
            Map.entry("irannuclear", "topic-irannuclear-final9.yml"),
            Map.entry("karabakh", "topic-karabakh-final13.yml"),
            Map.entry("lebanon", "topic-lebanon-final3.yml"),
            Map.entry("libya", "topic-libya-final2.yml"),
            Map.entry("palestine", "topic-palestine-final4.yml"),
            Map.entry("sahara", "topic-sahara-final8.yml"),
            Map.entry("sudan", "topic-sudan-final.yml"),
            Map.entry("ukraine", "topic-ukraine-final.yml"),
            Map.entry("yemen", "topic-yemen-final6-operator-f2.yml"));

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
            TopicMatcher matcher = new TopicMatcher(ShippedConfig.topics(topicFiles(week)));
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

    private static List<Path> topicFiles(Week week) {
        Set<String> files = new TreeSet<>();
        for (Week.Report report : week.reports()) {
            for (String topic : report.topics()) {
                if (TOPIC_FILES.containsKey(topic)) {
                    files.add(TOPIC_FILES.get(topic));
                }
            }
        }
        return files.stream().map(WEEKS::resolve).toList();
    }
}
