package talkwatch.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The arguments of the tools that read weeks ({@code WeekReplay}, {@code PromotedFollowUps}, {@code WeekMatching}):
 * {@code --topics FILE} as often as needed, other {@code --} flags, and week files, each a path or a name in {@link
 * #WEEKS}.
 *
 * @param topicFiles the topic files, in order
 * @param flags the other flags given ({@code --list})
 * @param weeks the week files named, in order
 */
public record WeekArgs(List<Path> topicFiles, Set<String> flags, List<Path> weeks) {

    /** Where the weeks are. */
    public static final Path WEEKS = Path.of("src/test/resources/weeks");

    /** The topic file each untuned track's weeks are replayed with (README of the weeks). */
    public static final Map<String, String> TOPIC_FILES = Map.ofEntries(
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

    /** The topic files of the untuned tracks {@code week}'s reports are news of, resolved in {@link #WEEKS}. */
    public static List<Path> topicFilesOf(Week week) {
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

    public static WeekArgs parse(String[] args) {
        List<Path> topicFiles = new ArrayList<>();
        Set<String> flags = new TreeSet<>();
        List<Path> weeks = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--topics")) {
                topicFiles.add(Path.of(args[++i]));
            } else if (args[i].startsWith("--")) {
                flags.add(args[i]);
            } else {
                Path week = Path.of(args[i]);
                weeks.add(Files.exists(week) ? week : WEEKS.resolve(args[i]));
            }
        }
        return new WeekArgs(List.copyOf(topicFiles), Set.copyOf(flags), List.copyOf(weeks));
    }

    /** The weeks named, or every week in {@link #WEEKS} when none is. */
    public List<Path> weeksOrAll() {
        if (!weeks.isEmpty()) {
            return weeks;
        }
        try (Stream<Path> files = Files.list(WEEKS)) {
            return files.filter(f -> f.toString().endsWith(".tsv")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
