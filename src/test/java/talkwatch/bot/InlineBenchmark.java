package talkwatch.bot;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import talkwatch.Application;
import talkwatch.Stores;
import talkwatch.fake.FakeBotApi;
import talkwatch.feed.Article;
import talkwatch.store.NewArticle;
import talkwatch.summary.Summarizer;
import talkwatch.testing.BotConfig;
import talkwatch.testing.Corpora;

/**
 * How long an inline query waits for its answer, end to end: the running bot over a full store ({@code N} summaries,
 * default 20,000, made from the EASC articles as {@link SearchBenchmark} makes them), a fake Bot API on loopback, and
 * the time from the query queued in the fake until the bot's answerInlineQuery reaches it (long polling, the search,
 * formatting ten summaries, the HTTP request). 10 warm-up queries, then 30 of each.
 *
 * <pre>
 * mvn -q -B test-compile exec:exec -Dexec.executable=java \
 *     -Dexec.args="-cp %classpath talkwatch.bot.InlineBenchmark [N]"
 * </pre>
 */
public final class InlineBenchmark {

    public static void main(String[] args) throws Exception {
        int stored = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        Path dir = Files.createTempDirectory("talkwatch-inline");
        fill(Stores.open(dir.resolve("talkwatch.db"), Clock.systemUTC()), stored);
        try (FakeBotApi telegram = new FakeBotApi().start();
                Application application = Application.start(BotConfig.against(telegram, dir))) {
            long user = 1;
            for (String query : List.of("", "الحكومة", "الشرق الأوسط", "لافرنتييف")) {
                for (int warm = 0; warm < 10; warm++) {
                    answerMillis(telegram, user++, query);
                }
                double[] millis = new double[30];
                int results = 0;
                for (int run = 0; run < millis.length; run++) {
                    millis[run] = answerMillis(telegram, user++, query);
                }
                results = telegram.calls("answerInlineQuery")
                        .get(telegram.requests("answerInlineQuery") - 1)
                        .path("results")
                        .size();
                Arrays.sort(millis);
                System.out.printf(
                        "inline \"%s\": %d results; median %.1f ms, slowest %.1f ms from query to answer%n",
                        query, results, millis[millis.length / 2], millis[millis.length - 1]);
            }
        }
    }

    private static double answerMillis(FakeBotApi telegram, long user, String query) throws InterruptedException {
        int before = telegram.requests("answerInlineQuery");
        long start = System.nanoTime();
        telegram.sendInlineQuery(user, query, "sender");
        while (telegram.requests("answerInlineQuery") == before) {
            Thread.sleep(0, 200_000);
        }
        return (System.nanoTime() - start) / 1e6;
    }

    private static void fill(Stores stores, int stored) throws Exception {
        List<List<String>> summaries = new ArrayList<>();
        try (Stream<Path> files = Files.list(Corpora.eascOrExit().resolve("articles"))) {
            Summarizer summarizer = new Summarizer();
            for (Path file : files.sorted().toList()) {
                summaries.add(summarizer.summarize(Files.readString(file), 3, 600));
            }
        }
        Instant start = Instant.parse("2026-01-01T00:00:00Z");
        List<NewArticle> batch = new ArrayList<>();
        for (int i = 0; i < stored; i++) {
            List<String> summary = summaries.get(i % summaries.size());
            batch.add(new NewArticle(
                    new Article(
                            "easc",
                            "easc-" + i,
                            "https://example.org/" + i,
                            summary.get(0),
                            String.join(" ", summary),
                            start.plusSeconds(i * 600L)),
                    "EASC",
                    List.of("astana"),
                    summary));
            if (batch.size() == 500 || i == stored - 1) {
                stores.articles().saveAll(batch);
                batch.clear();
            }
        }
    }
}
