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
import talkwatch.match.TextQuery;
import talkwatch.store.NewArticle;
import talkwatch.store.StoredArticle;
import talkwatch.summary.Summarizer;
import talkwatch.testing.Corpora;

/**
 * How long {@code /search} takes over a full store: {@code N} summaries (default 20,000) made from the EASC articles
 * (recycled, each with its first sentence as headline), then queries that find 5 results at once, a few, or none.
 * For comparison, the same queries by reading every stored summary and matching it (what an index spares).
 *
 * <pre>
 * mvn -q -B test-compile exec:exec -Dexec.executable=java \
 *     -Dexec.args="-cp %classpath talkwatch.bot.SearchBenchmark [N]"
 * </pre>
 */
public final class SearchBenchmark {

    public static void main(String[] args) throws Exception {
        int stored = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        Path dir = Files.createTempDirectory("talkwatch-search");
        Stores stores = Stores.open(dir.resolve("talkwatch.db"), Clock.systemUTC());
        List<List<String>> summaries = new ArrayList<>();
        try (Stream<Path> files = Files.list(Corpora.eascOrExit().resolve("articles"))) {
            Summarizer summarizer = new Summarizer();
            for (Path file : files.sorted().toList()) {
                summaries.add(summarizer.summarize(Files.readString(file), 3, 600));
            }
        }
        Instant start = Instant.parse("2026-01-01T00:00:00Z");
        List<NewArticle> batch = new ArrayList<>();
        long t0 = System.nanoTime();
        for (int i = 0; i < stored; i++) {
            List<String> summary = summaries.get(i % summaries.size());
            Article article = new Article(
                    "easc",
                    "easc-" + i,
                    "https://example.org/" + i,
                    summary.get(0),
                    String.join(" ", summary),
                    start.plusSeconds(i * 600L));
            batch.add(new NewArticle(article, "EASC", List.of("astana"), summary));
            if (batch.size() == 500 || i == stored - 1) {
                stores.articles().saveAll(batch);
                batch.clear();
            }
        }
        System.out.printf(
                "%d summaries stored and indexed in %.1f s; database %.1f MB%n",
                stored, (System.nanoTime() - t0) / 1e9, Files.size(dir.resolve("talkwatch.db")) / 1e6);
        SearchCommand search = new SearchCommand(
                stores.articles(), talkwatch.deliver.ChatRhythm.instant(new MessageFormatter()), new Texts());
        for (String query : List.of("الحكومة", "الشرق الأوسط", "منظمة الصحة العالمية", "لافرنتييف")) {
            Request request = new Request(1, "private", Optional.empty(), 1, query);
            for (int warm = 0; warm < 20; warm++) {
                search.handle(request);
            }
            int runs = 50;
            long t1 = System.nanoTime();
            String reply = "";
            for (int r = 0; r < runs; r++) {
                reply = search.handle(request).messages().get(0);
            }
            double ms = (System.nanoTime() - t1) / 1e6 / runs;
            long results =
                    reply.lines().filter(line -> line.startsWith("<b><a ")).count();
            TextQuery textQuery = TextQuery.of(query).orElseThrow();
            long t2 = System.nanoTime();
            int scanned = 0;
            for (StoredArticle article : stores.articles().latest(Optional.empty(), stored)) {
                List<String> texts = new ArrayList<>(article.summary());
                texts.add(article.title());
                if (textQuery.matches(texts) && ++scanned == SearchCommand.SHOWN) {
                    break;
                }
            }
            double scanMs = (System.nanoTime() - t2) / 1e6;
            System.out.printf(
                    "/search %s: %d results, %.2f ms per search with the index; %.0f ms reading all %d summaries%n",
                    query, results, ms, scanMs, stored);
        }
    }
}
