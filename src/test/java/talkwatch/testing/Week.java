package talkwatch.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * A week of news as a subscriber's feeds would carry it, read from a TSV file of {@code src/test/resources/weeks}: one
 * report per line, {@code published, story, topics, outlet, headline, text}, tab-separated; lines starting with
 * {@code #} are comments. {@code topics} are the ids of the talks the story belongs to, comma-separated, or {@code -}
 * when it belongs to none (news the same feeds carry that a subscriber of the talks does not want).
 */
public record Week(String name, List<Report> reports) {

    /** One outlet's report; {@code guid} is unique in the week and names the line it came from. */
    public record Report(
            String guid,
            ZonedDateTime published,
            String story,
            Set<String> topics,
            String outlet,
            String headline,
            String text) {

        public boolean onTopic() {
            return !topics.isEmpty();
        }
    }

    /** The week in {@code file}, its reports in order of publication. */
    public static Week read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String name = file.getFileName().toString().replaceFirst("\\.tsv$", "");
        List<Report> reports = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] columns = line.split("\t", -1);
            if (columns.length != 6) {
                throw new IllegalArgumentException(
                        file + ":" + (i + 1) + ": expected 6 tab-separated columns, got " + columns.length);
            }
            Set<String> topics = columns[2].strip().equals("-")
                    ? Set.of()
                    : Set.of(columns[2].strip().split("\\s*,\\s*"));
            reports.add(new Report(
                    name + "-" + (i + 1),
                    OffsetDateTime.parse(columns[0].strip()).toZonedDateTime(),
                    columns[1].strip(),
                    topics,
                    columns[3].strip(),
                    columns[4].strip(),
                    columns[5].strip()));
        }
        reports.sort(Comparator.comparing(r -> r.published().toInstant()));
        return new Week(name, List.copyOf(reports));
    }

    /** The outlets, in order of their first report. */
    public List<String> outlets() {
        return reports.stream().map(Report::outlet).distinct().toList();
    }
}
