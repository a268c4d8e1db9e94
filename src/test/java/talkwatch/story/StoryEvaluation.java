package talkwatch.story;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Precision and recall of {@link StoryDetector} over pairs of articles in {@code
 * src/test/resources/stories/stories.tsv}: the articles arrive in file order, each joins the story of its most
 * similar predecessor or starts a new one; a pair is found when both end in one story. Run with {@code mvn -q -B
 * test-compile exec:exec -Dexec.executable=java -Dexec.args="-cp %classpath talkwatch.story.StoryEvaluation [heldout.tsv]"}.
 */
public final class StoryEvaluation {

    record Report(int line, String story, String outlet, String headline, StorySignature signature) {}

    record Result(int articles, int stories, int pairs, int found, int correct, List<String> mistakes) {
        double precision() {
            return found == 0 ? 1.0 : (double) correct / found;
        }

        double recall() {
            return pairs == 0 ? 1.0 : (double) correct / pairs;
        }
    }

    public static void main(String[] args) {
        String file = args.length > 0 ? args[0] : "stories.tsv";
        System.out.println(file);
        System.out.println("| overlap threshold | pairs found | correct | precision | recall |");
        System.out.println("| ---: | ---: | ---: | ---: | ---: |");
        for (double threshold = 0.3; threshold < 0.71; threshold += 0.05) {
            Result r = evaluate(new StoryDetector(java.time.Duration.ofHours(12), threshold), file);
            System.out.printf(
                    "| %.2f | %d | %d | %.3f | %.3f |%n", threshold, r.found(), r.correct(), r.precision(), r.recall());
        }
        System.out.println();
        Result r = evaluate(new StoryDetector(java.time.Duration.ofHours(12)), file);
        System.out.printf(
                "%d articles, %d stories, %d same-story pairs; found %d pairs, %d correct%n",
                r.articles(), r.stories(), r.pairs(), r.found(), r.correct());
        System.out.printf("precision %.3f, recall %.3f%n", r.precision(), r.recall());
        r.mistakes().forEach(System.out::println);
    }

    static Result evaluate(StoryDetector detector) {
        return evaluate(detector, "stories.tsv");
    }

    /** Over {@code file} in {@code src/test/resources/stories/}. */
    static Result evaluate(StoryDetector detector, String file) {
        List<Report> reports = reports(file);
        long[] assigned = new long[reports.size()];
        List<StoryDetector.Seen> seen = new ArrayList<>();
        // An experiment, off unless -DsameOutlet=OVERLAP: a report does not join a story that holds a report of its
        // own outlet, unless the two overlap by OVERLAP (a copy).
        double sameOutlet = Double.parseDouble(System.getProperty("sameOutlet", "-1"));
        for (int i = 0; i < reports.size(); i++) {
            Report report = reports.get(i);
            List<StoryDetector.Seen> open = new ArrayList<>();
            for (int j = 0; j < i; j++) {
                if (sameOutlet < 0
                        || !ownOutletApart(reports, assigned, i, seen.get(j).storyId(), sameOutlet)) {
                    open.add(seen.get(j));
                }
            }
            assigned[i] = detector.storyOf(report.signature(), open).orElse((long) i);
            seen.add(new StoryDetector.Seen(assigned[i], report.signature()));
        }
        int pairs = 0;
        int found = 0;
        int correct = 0;
        List<String> mistakes = new ArrayList<>();
        for (int i = 0; i < reports.size(); i++) {
            for (int j = i + 1; j < reports.size(); j++) {
                boolean same = reports.get(i).story().equals(reports.get(j).story());
                boolean merged = assigned[i] == assigned[j];
                pairs += same ? 1 : 0;
                found += merged ? 1 : 0;
                correct += same && merged ? 1 : 0;
                if (same != merged) {
                    mistakes.add((merged ? "merged " : "missed ") + describe(reports.get(i)) + " / "
                            + describe(reports.get(j))
                            + String.format(
                                    " (overlap %.2f)",
                                    StoryDetector.overlap(
                                            reports.get(i).signature(),
                                            reports.get(j).signature())));
                }
            }
        }
        long stories = reports.stream().map(Report::story).distinct().count();
        return new Result(reports.size(), (int) stories, pairs, found, correct, mistakes);
    }

    private static boolean ownOutletApart(List<Report> reports, long[] assigned, int i, long story, double copy) {
        for (int j = 0; j < i; j++) {
            if (assigned[j] == story
                    && reports.get(j).outlet().equals(reports.get(i).outlet())
                    && StoryDetector.overlap(
                                    reports.get(j).signature(), reports.get(i).signature())
                            < copy) {
                return true;
            }
        }
        return false;
    }

    private static String describe(Report report) {
        return "line " + report.line() + " " + report.story() + " (" + report.outlet() + ")";
    }

    static List<Report> reports(String file) {
        try (InputStream in = StoryEvaluation.class.getResourceAsStream("/stories/" + file)) {
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            List<Report> reports = new ArrayList<>();
            for (int i = 0; i < lines.length; i++) {
                if (lines[i].isBlank() || lines[i].startsWith("#")) {
                    continue;
                }
                String[] c = lines[i].split("\t");
                if (c.length != 4) {
                    throw new IllegalStateException(file + " line " + (i + 1) + ": expected 4 columns");
                }
                reports.add(new Report(i + 1, c[0], c[1], c[2], StorySignature.of(c[2], c[3])));
            }
            return reports;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
