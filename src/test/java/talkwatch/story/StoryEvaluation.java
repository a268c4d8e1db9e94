package talkwatch.story;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Precision and recall of {@link StoryDetector} over pairs of articles in {@code
 * src/test/resources/stories/stories.tsv}: the articles arrive in file order, a minute apart (the sets have no times),
 * each named under the message it repeats or told in a message of its own (ringing, or silent as a follow-up); a pair
 * is found when both are told in one message. Run with {@code mvn -q -B
 * test-compile exec:exec -Dexec.executable=java -Dexec.args="-cp %classpath talkwatch.story.StoryEvaluation [heldout.tsv]"}.
 */
public final class StoryEvaluation {

    record Report(int line, String story, String outlet, String headline, StorySignature signature) {}

    /**
     * @param lost stories whose every report was named under another story's message: nobody was sent them
     * @param duplicates messages that rang beyond one per story
     */
    record Result(
            int articles,
            int stories,
            int pairs,
            int found,
            int correct,
            int lost,
            int duplicates,
            List<String> mistakes) {
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
        Result r = evaluate(new StoryDetector(Duration.ofHours(12)), file);
        System.out.printf(
                "%d articles, %d stories, %d same-story pairs; found %d pairs, %d correct%n",
                r.articles(), r.stories(), r.pairs(), r.found(), r.correct());
        System.out.printf("precision %.3f, recall %.3f%n", r.precision(), r.recall());
        System.out.printf(
                "stories lost (every report joined another story's): %d; duplicate messages sent: %d%n",
                r.lost(), r.duplicates());
        r.mistakes().forEach(System.out::println);
    }

    static Result evaluate(StoryDetector detector) {
        return evaluate(detector, "stories.tsv");
    }

    /**
     * Over {@code file} in {@code src/test/resources/stories/}, through {@link RecentStories} as in production: the
     * reports arrive a minute apart, all within the window.
     */
    static Result evaluate(StoryDetector detector, String file) {
        List<Report> reports = reports(file);
        Instant start = Instant.now().minus(Duration.ofDays(1));
        RecentStories recent = new RecentStories(start, detector.window().plus(Duration.ofDays(2)));
        long[] message = new long[reports.size()]; // the report whose message tells each one
        boolean[] rings = new boolean[reports.size()];
        for (int i = 0; i < reports.size(); i++) {
            StorySignature signature = reports.get(i).signature();
            Instant at = start.plusSeconds(60L * i);
            RecentStories.Candidates candidates = recent.candidates(signature, at, Set.of(), detector);
            StoryDetector.Verdict verdict = detector.judge(signature, at, candidates.reports(), candidates.rarity());
            boolean repeat = verdict.telling() == talkwatch.store.StoryNote.Telling.REPEAT;
            message[i] = repeat ? verdict.told().orElseThrow().articleId() : i;
            rings[i] = verdict.telling() == talkwatch.store.StoryNote.Telling.NEW;
            recent.add(new RecentStories.Report(
                    i,
                    verdict.told().map(StoryDetector.Seen::storyId).orElse((long) i),
                    signature,
                    at,
                    Set.of(),
                    !repeat));
        }
        int pairs = 0;
        int found = 0;
        int correct = 0;
        List<String> mistakes = new ArrayList<>();
        for (int i = 0; i < reports.size(); i++) {
            for (int j = i + 1; j < reports.size(); j++) {
                boolean same = reports.get(i).story().equals(reports.get(j).story());
                boolean merged = message[i] == message[j];
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
        List<String> stories = reports.stream().map(Report::story).distinct().toList();
        int lost = 0;
        int duplicates = 0;
        for (String story : stories) {
            // the messages of a story's own: its reports that rang, or came silently as a follow-up
            int told = 0;
            int rang = 0;
            for (int i = 0; i < reports.size(); i++) {
                if (reports.get(i).story().equals(story) && message[i] == i) {
                    told++;
                    rang += rings[i] ? 1 : 0;
                }
            }
            lost += told == 0 ? 1 : 0;
            duplicates += Math.max(0, rang - 1);
        }
        return new Result(reports.size(), stories.size(), pairs, found, correct, lost, duplicates, mistakes);
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
