package talkwatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import talkwatch.testing.FeedServer;
import talkwatch.testing.Rss;
import talkwatch.testing.SeedArticle;

class MainTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void summarizesTheSeedArticleWithItsHeadlineFact() throws Exception {
        Path seed = Files.writeString(dir.resolve("astana-next-round.txt"), SeedArticle.text());

        int exit = run(Map.of(), "summarize", seed.toString());

        assertThat(exit).isZero();
        assertThat(out.toString().lines()).hasSize(3);
        assertThat(out.toString()).contains("ستعقد في الثالث والرابع من مايو");
    }

    @Test
    void summarizesByRatioIntoAFolder() throws Exception {
        Path article = dir.resolve("article.txt");
        Files.writeString(article, SeedArticle.text());
        Path summaries = dir.resolve("summaries");

        int exit = run(Map.of(), "summarize", "--ratio", "0.2", "--out", summaries.toString(), article.toString());

        assertThat(exit).isZero();
        assertThat(out.toString()).isEmpty();
        assertThat(Files.readAllLines(summaries.resolve("article.txt"))).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void summarizesStandardInput() {
        InputStream stdin = System.in;
        try {
            System.setIn(new ByteArrayInputStream(SeedArticle.text().getBytes(StandardCharsets.UTF_8)));
            assertThat(run(Map.of(), "summarize", "--sentences", "1")).isZero();
        } finally {
            System.setIn(stdin);
        }
        assertThat(out.toString().lines()).hasSize(1);
    }

    @Test
    void refusesBadUsageWithExitCodeTwo() {
        assertThat(run(Map.of(), "summarize", "--ratio", "1.5")).isEqualTo(2);
        assertThat(err.toString()).contains("--ratio must be above 0 and at most 1");
        assertThat(run(Map.of(), "summarize", "--sentences", "2", "--ratio", "0.3"))
                .isEqualTo(2);
        assertThat(run(Map.of(), "summarize", dir.resolve("missing.txt").toString()))
                .isEqualTo(2);
        assertThat(run(Map.of(), "frobnicate")).isEqualTo(2);
    }

    @Test
    void aFileThatIsNotUtf8IsOneLineOfUsageError() throws Exception {
        // the headline «محادثات» in Windows-1256, as an old Arabic news site would save it
        Path legacy = Files.write(dir.resolve("cp1256.txt"), "محادثات\nنص الخبر.".getBytes("windows-1256"));

        assertThat(run(Map.of(), "summarize", legacy.toString())).isEqualTo(2);
        assertThat(err.toString())
                .isEqualTo("talkwatch: " + legacy + ": not UTF-8 text; save the article as plain UTF-8 text (first line"
                        + " the headline, then the text)" + System.lineSeparator());
        assertThat(run(Map.of(), "classify", legacy.toString())).isEqualTo(2);
    }

    @Test
    void reportsAConfigMistakeOnOneLineWithExitCodeTwo() throws Exception {
        Path config = dir.resolve("bad.yml");
        Files.writeString(config, "feeds:\n  - id: x\n    name: س\n    url: not-a-url\ntopics: []\n");

        int exit = run(Map.of(), "poll-once", "--config", config.toString());

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString().strip())
                .isEqualTo("talkwatch: " + config
                        + ": feeds[0].url: \"not-a-url\" is not an http(s) URL; expected e.g. https://…");
    }

    @Test
    void runWithoutATokenSaysWhatToDo() throws Exception {
        Path config = writeConfig("http://127.0.0.1:9/none.xml");

        int exit = run(Map.of("TALKWATCH_DB", dir.resolve("t.db").toString()), "run", "--config", config.toString());

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString())
                .startsWith("talkwatch: TELEGRAM_BOT_TOKEN is not set;")
                .doesNotContain("Exception");
    }

    @Test
    void runRefusesAWebhookTelegramCannotCallOrOneWithoutItsSecretOnOneLineWithExitCodeTwo() throws Exception {
        Path config = writeConfig("http://127.0.0.1:9/none.xml");
        String feedsAndTopics = Files.readString(config);
        Map<String, String> environment = Map.of(
                "TELEGRAM_BOT_TOKEN", "123456789:AAFakeTokenForTalkwatchTests",
                "TALKWATCH_TELEGRAM_API_URL", "http://127.0.0.1:9",
                "TALKWATCH_DB", dir.resolve("t.db").toString(),
                "TELEGRAM_WEBHOOK_SECRET", "0123456789abcdef");
        String expected = "expected an https URL on port 443, 80, 88 or 8443, such as https://bot.example.org/telegram"
                + " (http and any port only on a loopback address), got ";
        Map<String, String> mistakes = Map.of(
                "http://bot.example.org/telegram",
                expected + "\"http://bot.example.org/telegram\": Telegram calls a public host over https only",
                "https://bot.example.org:8080/telegram",
                expected + "\"https://bot.example.org:8080/telegram\": Telegram calls no other port");
        for (var mistake : mistakes.entrySet()) {
            Files.writeString(config, feedsAndTopics + webhook(mistake.getKey()));
            err.getBuffer().setLength(0);

            assertThat(run(environment, "run", "--config", config.toString())).isEqualTo(2);
            assertThat(err.toString())
                    .isEqualTo("talkwatch: " + config + ": telegram.webhook.url: " + mistake.getValue()
                            + System.lineSeparator());
        }

        Files.writeString(config, feedsAndTopics + webhook("https://bot.example.org/telegram"));
        Map<String, String> noSecret = new java.util.HashMap<>(environment);
        noSecret.remove("TELEGRAM_WEBHOOK_SECRET");
        err.getBuffer().setLength(0);

        assertThat(run(noSecret, "run", "--config", config.toString())).isEqualTo(2);
        assertThat(err.toString())
                .isEqualTo("talkwatch: " + config + ": telegram.webhook: TELEGRAM_WEBHOOK_SECRET is not set; expected 1"
                        + " to 256 characters of A-Z, a-z, 0-9, _ and - in it, the secret Telegram sends back with each"
                        + " update, e.g. export TELEGRAM_WEBHOOK_SECRET=$(openssl rand -hex 32)"
                        + System.lineSeparator());
        // only run needs the secret: the tools beside it read the same file without it
        err.getBuffer().setLength(0);
        assertThat(run(noSecret, "feeds", "export", "--config", config.toString()))
                .isZero();
    }

    private static String webhook(String url) {
        return "telegram:\n  webhook:\n    url: " + url + "\n    listen: 0.0.0.0:8443\n";
    }

    @Test
    void pollOncePrintsAReportPerFeedWithoutAToken() throws Exception {
        try (FeedServer server = new FeedServer()) {
            server.publish(
                    "/news.xml",
                    new Rss()
                            .add(new Rss.Item(
                                    "seed",
                                    SeedArticle.headline(),
                                    SeedArticle.body(),
                                    java.time.ZonedDateTime.parse("2026-11-29T08:00:00Z")))
                            .xml());
            Path config = writeConfig(server.url("/news.xml").toString());

            int exit = run(
                    Map.of("TALKWATCH_DB", dir.resolve("t.db").toString()), "poll-once", "--config", config.toString());

            assertThat(exit).isZero();
            assertThat(out.toString()).contains("news  ok").contains("1 items, 1 new, 0 queued");
        }
    }

    @Test
    void pollOnceJsonPrintsExactlyOneObject() throws Exception {
        try (FeedServer server = new FeedServer()) {
            server.fail("/down.xml", 500);
            Path config = dir.resolve("two.yml");
            Files.writeString(config, """
                    feeds:
                      - id: down
                        name: "معطل"
                        url: %s
                    topics:
                      - id: astana
                        name: "محادثات أستانا"
                        keywords: ["أستانا"]
                    """.formatted(server.url("/down.xml")));

            int exit = run(
                    Map.of("TALKWATCH_DB", dir.resolve("t.db").toString()),
                    "poll-once",
                    "--json",
                    "--config",
                    config.toString());

            assertThat(exit).isZero();
            String json = out.toString().strip();
            assertThat(json).doesNotContain("\n");
            assertThat(json)
                    .matches("\\{\"feeds\":\\[\\{\"id\":\"down\",\"status\":\"error\",\"items\":0,\"new\":0,"
                            + "\"error\":\"HTTP 500\"}],\"durationMs\":\\d+}");
        }
    }

    private Path writeConfig(String feedUrl) throws Exception {
        Path config = dir.resolve("talkwatch.yml");
        Files.writeString(config, """
                feeds:
                  - id: news
                    name: "أخبار"
                    url: %s
                topics:
                  - id: astana
                    name: "محادثات أستانا"
                    keywords: ["أستانا"]
                """.formatted(feedUrl));
        return config;
    }

    @Test
    void saysAMessageOfSeveralLinesOnOne() {
        assertThat(Main.oneLine("database error while copying: ERROR: duplicate key value\n  Detail: Key (id)=(1)"
                        + " already exists.\r\n"))
                .isEqualTo("database error while copying: ERROR: duplicate key value Detail: Key (id)=(1) already"
                        + " exists.");
        assertThat(Main.oneLine(null)).isEqualTo("null");
    }

    private int run(Map<String, String> environment, String... args) {
        return Main.execute(args, environment, new PrintWriter(out, true), new PrintWriter(err, true));
    }
}
