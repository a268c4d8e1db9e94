package talkwatch.match;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import talkwatch.config.ConfigLoader;
import talkwatch.testing.Corpora;

/**
 * How long {@link TopicMatcher} takes per article with the shipped topics ({@code config/talkwatch.yml}): every EASC
 * article (its first 80 characters as headline), ten times a round, fifteen rounds; prints each round and the fastest.
 *
 * <pre>
 * mvn -q -B test-compile exec:exec -Dexec.executable=java -Dexec.args="-cp %classpath talkwatch.match.MatchBenchmark"
 * </pre>
 */
public final class MatchBenchmark {

    public static void main(String[] args) throws Exception {
        TopicMatcher matcher = new TopicMatcher(
                new ConfigLoader(Map.of()).load(Path.of("config/talkwatch.yml")).topics());
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.list(Corpora.eascOrExit().resolve("articles"))) {
            for (Path file : files.sorted().toList()) {
                texts.add(Files.readString(file));
            }
        }
        double fastest = Double.MAX_VALUE;
        int matched = 0;
        for (int round = 0; round < 15; round++) {
            long start = System.nanoTime();
            for (int repeat = 0; repeat < 10; repeat++) {
                for (String text : texts) {
                    matched += matcher.match(text.substring(0, Math.min(80, text.length())), text)
                            .size();
                }
            }
            double micros = (System.nanoTime() - start) / 1e3 / (10.0 * texts.size());
            fastest = Math.min(fastest, micros);
            System.out.printf("round %d: %.1f µs per article%n", round + 1, micros);
        }
        System.out.printf(
                "fastest: %.1f µs per article (%d articles, %d topics matched)%n", fastest, texts.size(), matched);
    }
}
