package talkwatch.story;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import talkwatch.match.Cast;
import talkwatch.testing.ShippedConfig;

/**
 * What telling a story costs per article when {@value #STORIES} stories are in the window: memory holds that many
 * stories (the dev weeks' reports, and stories made of 30 words drawn from {@code src/test/resources/words} to fill
 * it), all within the window; then each dev-week report is read ({@link StorySignature#of}, with the shipped people),
 * its candidates looked up ({@link RecentStories#candidates}) and judged ({@link StoryDetector#judge}), ten rounds;
 * prints each round and the fastest.
 *
 * <pre>
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) talkwatch.story.StoryBenchmark
 * </pre>
 */
public final class StoryBenchmark {

    static final int STORIES = 10_000;

    private StoryBenchmark() {}

    public static void main(String[] args) throws Exception {
        Cast cast = ShippedConfig.load(ShippedConfig.with(List.of()), Map.of()).cast();
        List<WeekStories.Report> reports = new ArrayList<>();
        WeekStories.read(WeekStories.devWeeks(), cast).values().forEach(reports::addAll);
        List<String> words = Files.readAllLines(Path.of("src/test/resources/words/arabic-words.txt")).stream()
                .filter(w -> !w.isBlank() && !w.startsWith("#"))
                .toList();
        StoryDetector detector = new StoryDetector(StoryDetector.DEFAULT_WINDOW);
        Instant now = Instant.parse("2026-12-06T12:00:00Z");
        RecentStories recent = new RecentStories(now.minus(StoryDetector.DEFAULT_WINDOW), Duration.ofDays(3));
        Random random = new Random(42);
        for (int id = 0; id < STORIES; id++) {
            StorySignature signature = id < reports.size() ? reports.get(id).signature() : filler(words, random);
            Instant at = now.minus(Duration.ofMinutes(random.nextInt(12 * 60)));
            recent.add(new RecentStories.Report(id, signature, at, Set.of("astana"), true));
        }
        double fastest = Double.MAX_VALUE;
        int told = 0;
        for (int round = 0; round < 10; round++) {
            long start = System.nanoTime();
            for (WeekStories.Report report : reports) {
                StorySignature signature = StorySignature.of(
                        report.report().headline(), report.report().text(), cast);
                RecentStories.Candidates candidates = recent.candidates(signature, now, Set.of("astana"), detector);
                told += detector.judge(signature, now, candidates.reports(), candidates.rarity())
                                .told()
                                .isPresent()
                        ? 1
                        : 0;
            }
            double micros = (System.nanoTime() - start) / 1e3 / reports.size();
            fastest = Math.min(fastest, micros);
            System.out.printf("round %d: %.0f µs per article%n", round + 1, micros);
        }
        System.out.printf(
                "fastest: %.0f µs per article (%d articles, %d stories in the window, %d told before)%n",
                fastest, reports.size(), STORIES, told);
    }

    private static StorySignature filler(List<String> words, Random random) {
        Set<String> terms = new TreeSet<>();
        while (terms.size() < 30) {
            terms.add(words.get(random.nextInt(words.size())));
        }
        return new StorySignature(
                terms,
                Set.of(),
                Set.of(),
                Phase.NONE,
                Set.of(),
                Set.of(),
                List.of(),
                Set.of(),
                Set.of(),
                String.join(" ", terms),
                "outlet " + random.nextInt(8),
                Set.of());
    }
}
