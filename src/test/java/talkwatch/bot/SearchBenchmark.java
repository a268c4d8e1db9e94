package talkwatch.bot;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import talkwatch.Stores;
import talkwatch.deliver.MessageFormatter;
import talkwatch.feed.Article;
import talkwatch.store.NewArticle;
import talkwatch.summary.Summarizer;
import talkwatch.testing.SharedData;

/**
 * How long {@code /search} takes over a full store: {@value SearchCommand#SEARCHED} summaries made from the EASC
 * articles (recycled, each with its first sentence as headline), then queries that find 5 results early, few, or
 * none (the worst case: every summary is read).
 *
 * <pre>
 * mvn -q -B test-compile exec:exec -Dexec.executable=java \
 *     -Dexec.args="-cp %classpath talkwatch.bot.SearchBenchmark"
 * </pre>
 */
public final class SearchBenchmark {

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("talkwatch-search");
        Stores stores = Stores.open(dir.resolve("talkwatch.db"), Clock.systemUTC());
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.list(SharedData.root().resolve("data/easc/articles"))) {
            for (Path file : files.sorted().toList()) {
                texts.add(Files.readString(file));
            }
        }
        Summarizer summarizer = new Summarizer();
        Instant start = Instant.parse("2026-09-01T00:00:00Z");
        for (int i = 0; i < SearchCommand.SEARCHED; i++) {
            String text = texts.get(i % texts.size());
            List<String> summary = summarizer.summarize(text, 3, 600);
            Article article = new Article(
                    "easc",
                    "easc-" + i,
                    "https://example.org/" + i,
                    summary.get(0),
                    text,
                    start.plusSeconds(i * 3600L));
            stores.articles().save(new NewArticle(article, "EASC", List.of("astana"), summary));
        }
        SearchCommand search = new SearchCommand(stores.articles(), new MessageFormatter(), new Texts());
        for (String query : List.of("الحكومة", "الشرق الأوسط", "منظمة الصحة العالمية", "لافرنتييف")) {
            Request request = new Request(1, "private", Optional.empty(), 1, query);
            for (int warm = 0; warm < 20; warm++) {
                search.handle(request);
            }
            int runs = 50;
            long t0 = System.nanoTime();
            String reply = "";
            for (int r = 0; r < runs; r++) {
                reply = search.handle(request).messages().get(0);
            }
            double ms = (System.nanoTime() - t0) / 1e6 / runs;
            long results =
                    reply.lines().filter(line -> line.startsWith("<b><a ")).count();
            System.out.printf("/search %s: %.1f ms per search, %d results%n", query, ms, results);
        }
    }
}
