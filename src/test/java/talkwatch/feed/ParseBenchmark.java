package talkwatch.feed;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Parse throughput of {@link FeedParser} (charset detection, safe XML, ROME, HTML to text with jsoup) on the files
 * given, for comparison with the npm rss-parser package on the same files: see docs/BENCHMARKS.md.
 */
public final class ParseBenchmark {
    public static void main(String[] args) throws Exception {
        List<byte[]> bodies = new ArrayList<>();
        long bytes = 0;
        for (String name : args) {
            byte[] body = Files.readAllBytes(Path.of(name));
            bodies.add(body);
            bytes += body.length;
        }
        FeedParser parser = new FeedParser();
        Feed feed = new Feed("bench", "bench", URI.create("https://example.invalid/feed.xml"));
        run(parser, feed, bodies, 2000); // warm-up: let the JIT compile the hot paths
        int rounds = 3000;
        long start = System.nanoTime();
        long items = run(parser, feed, bodies, rounds);
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(
                "talkwatch FeedParser: %d files, %d rounds: %.0f feeds/s, %.0f items/s, %.1f MB/s%n",
                bodies.size(),
                rounds,
                rounds * bodies.size() / seconds,
                items / seconds,
                rounds * bytes / seconds / (1024 * 1024));
    }

    private static long run(FeedParser parser, Feed feed, List<byte[]> bodies, int rounds) throws FeedException {
        long items = 0;
        Instant seen = Instant.now();
        for (int r = 0; r < rounds; r++) {
            for (byte[] body : bodies) {
                items += parser.parse(feed, body, Optional.empty(), seen).size();
            }
        }
        return items;
    }
}
