package talkwatch.story;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import talkwatch.testing.Week;

/**
 * How often a subscriber would hear a story twice if a second reader, not the detector, grouped the reports: a
 * helper who saw only a week's reports (number, time, outlet, headline, text), not its labels, grouped them into
 * stories by the same rule the week's writer followed. Each of the second reader's groups rings once, at its first
 * report about the talks; the writer's stories are then counted as {@link WeekStories#tell} counts the detector's
 * messages: a story heard in more messages than one rang again, a story heard in none was lost. There is no silent
 * band: a second reader merges or does not. This is how far two careful people agree on what is one story, the
 * ceiling a detector is measured against ({@code docs/BENCHMARKS.md}, "Seventh round").
 *
 * <pre>
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) talkwatch.story.SecondReader WEEK.tsv LABELS.tsv...
 * </pre>
 *
 * {@code LABELS.tsv}: one line per report of the week, in the file's order, {@code number<TAB>label} (the number
 * counts the week's reports from 1, comment lines not counted). Weeks and labels come in pairs.
 */
public final class SecondReader {

    private SecondReader() {}

    public static void main(String[] args) {
        WeekStories.Heard total = WeekStories.Heard.NONE;
        for (int i = 0; i + 1 < args.length; i += 2) {
            Path file = Path.of(args[i]);
            Week week = Week.read(file);
            WeekStories.Heard heard = heard(week, secondLabels(file, Path.of(args[i + 1])));
            print(week.name(), heard);
            total = total.plus(heard);
        }
        print("all", total);
    }

    private static void print(String name, WeekStories.Heard heard) {
        System.out.printf(
                Locale.ROOT,
                "%s: %d stories, %.2f extra rings per story (%d), %d lost%n",
                name,
                heard.stories(),
                heard.extraPerStory(),
                heard.extraRings(),
                heard.lost());
    }

    /**
     * What the subscriber of every topic hears when each of {@code second}'s groups (a label for each report, by its
     * guid) rings once, at its first report about the talks; counted against the week's own stories.
     */
    static WeekStories.Heard heard(Week week, Map<String, String> second) {
        Map<String, Integer> rings = new LinkedHashMap<>();
        Set<String> rung = new HashSet<>();
        for (Week.Report report : week.reports()) {
            if (!report.onTopic()) {
                continue;
            }
            String group = second.get(report.guid());
            if (group == null) {
                throw new IllegalArgumentException("no second label for " + report.guid());
            }
            rings.merge(report.story(), rung.add(group) ? 1 : 0, Integer::sum);
        }
        int extra = 0;
        int lost = 0;
        List<String> mistakes = new ArrayList<>();
        for (Map.Entry<String, Integer> story : rings.entrySet()) {
            if (story.getValue() > 1) {
                extra += story.getValue() - 1;
                mistakes.add(story.getValue() + " rings: " + story.getKey());
            } else if (story.getValue() == 0) {
                lost++;
                mistakes.add("lost: " + story.getKey());
            }
        }
        return new WeekStories.Heard(rings.size(), extra, 0, lost, mistakes);
    }

    /** The second reader's labels, by the guid {@link Week#read} gives each report of {@code weekFile}. */
    static Map<String, String> secondLabels(Path weekFile, Path labelsFile) {
        try {
            List<String> lines = Files.readAllLines(weekFile);
            String name = weekFile.getFileName().toString().replaceFirst("\\.tsv$", "");
            List<String> guids = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                if (!lines.get(i).isBlank() && !lines.get(i).startsWith("#")) {
                    guids.add(name + "-" + (i + 1));
                }
            }
            Map<String, String> labels = new HashMap<>();
            for (String line : Files.readAllLines(labelsFile)) {
                if (line.isBlank()) {
                    continue;
                }
                String[] columns = line.split("\t");
                int number = Integer.parseInt(columns[0].strip());
                if (columns.length != 2 || number < 1 || number > guids.size()) {
                    throw new IllegalArgumentException(labelsFile + ": not a report's label: " + line);
                }
                labels.put(guids.get(number - 1), columns[1].strip());
            }
            if (labels.size() != guids.size()) {
                throw new IllegalArgumentException(
                        labelsFile + ": " + labels.size() + " labels for " + guids.size() + " reports");
            }
            return labels;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
