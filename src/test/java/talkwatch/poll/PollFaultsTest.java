package talkwatch.poll;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import talkwatch.Stores;
import talkwatch.feed.Feed;
import talkwatch.feed.FeedReader;
import talkwatch.testing.FaultServer;
import talkwatch.testing.TestResources;

/**
 * The fault matrix of issue 5, one poll cycle over good and bad feeds served on 127.0.0.1: each bad feed gets its
 * one-line reason, each good feed exactly its items, and the cycle completes.
 */
class PollFaultsTest {
    private static final String RSS = "application/rss+xml";

    @TempDir
    Path dir;

    private final FaultServer server = new FaultServer();
    private final List<Feed> feeds = new ArrayList<>();
    private Stores stores;

    @BeforeEach
    void open() {
        stores = Stores.open(dir.resolve("t.db"), Clock.systemUTC());
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void everyBadFeedGetsItsReasonEveryGoodFeedItsItemsAndTheCycleCompletes() throws Exception {
        good("utf8", "/utf8.xml", fixture("rss2-content-encoded.xml"), RSS + "; charset=utf-8");
        good("atom", "/atom.xml", fixture("atom-escaped-html.xml"), "application/atom+xml");
        good("cp1256-declared", "/cp1256.xml", fixture("rss2-windows-1256.xml"), RSS);
        good(
                "cp1256-header",
                "/nodecl-h.xml",
                fixture("rss2-windows-1256-undeclared.xml"),
                "text/xml; charset=windows-1256");
        good("cp1256-missing", "/nodecl.xml", fixture("rss2-windows-1256-undeclared.xml"), "text/xml");
        good(
                "cp1256-wrong",
                "/nodecl-wrong.xml",
                fixture("rss2-windows-1256-undeclared.xml"),
                "text/xml; charset=utf-8");
        server.route("/gzip.xml", exchange -> {
            exchange.getResponseHeaders().set("Content-Encoding", "gzip");
            FaultServer.send(exchange, 200, gzip(fixture("third-party/syrianpulse_feed-ar.xml")), RSS);
        });
        add("gzip", "/gzip.xml");
        good("xxe", "/xxe.xml", fixture("xxe-external-entity.xml"), RSS);
        bad("http-500", "/500", 500);
        bad("http-404", "/404", 404);
        server.route("/slow", exchange -> {
            exchange.sendResponseHeaders(200, 0);
            OutputStream out = exchange.getResponseBody();
            for (int i = 0; i < 40; i++) {
                out.write(' ');
                out.flush();
                sleep(100);
            }
        });
        add("slow", "/slow");
        server.route("/loop", exchange -> {
            exchange.getResponseHeaders().set("Location", "/loop");
            exchange.sendResponseHeaders(302, -1);
        });
        add("loop", "/loop");
        server.route("/endless", exchange -> {
            exchange.sendResponseHeaders(200, 0);
            OutputStream out = exchange.getResponseBody();
            byte[] chunk = new byte[8192];
            for (int i = 0; i < 100_000; i++) {
                out.write(chunk);
            }
        });
        add("endless", "/endless");
        server.serve("/malformed.xml", 200, fixture("malformed-line-3.xml"), RSS);
        add("malformed", "/malformed.xml");
        server.serve("/page.html", 200, fixture("html-page.html"), "text/html; charset=utf-8");
        add("html", "/page.html");
        server.serve("/empty", 200, new byte[0], RSS);
        add("empty", "/empty");
        server.serve("/laughs.xml", 200, fixture("billion-laughs.xml"), RSS);
        add("laughs", "/laughs.xml");
        long start = System.nanoTime();

        PollReport report = pipeline().poll();

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
        Map<String, String> outcome = new LinkedHashMap<>();
        report.feeds()
                .forEach(f -> outcome.put(
                        f.feedId(),
                        f.status() + " " + f.items() + " " + f.error().orElse("")));
        assertThat(outcome)
                .containsEntry("utf8", "ok 6 ")
                .containsEntry("atom", "ok 6 ")
                .containsEntry("cp1256-declared", "ok 6 ")
                .containsEntry("cp1256-header", "ok 6 ")
                .containsEntry("cp1256-missing", "ok 6 ")
                .containsEntry("cp1256-wrong", "ok 6 ")
                .containsEntry("gzip", "ok 3 ")
                .containsEntry("xxe", "ok 1 ")
                .containsEntry("http-500", "error 0 HTTP 500")
                .containsEntry("http-404", "error 0 HTTP 404")
                .containsEntry("slow", "error 0 timed out after 2 s")
                .containsEntry("loop", "error 0 too many redirects (more than 5)")
                .containsEntry("endless", "error 0 larger than 256 KB")
                .containsEntry("html", "error 0 not a feed: HTML page")
                .containsEntry("empty", "error 0 not a feed: the response body is empty");
        assertThat(outcome.get("malformed")).startsWith("error 0 malformed XML at line 3: ");
        assertThat(outcome.get("laughs")).startsWith("error 0 ").contains("entit");
        assertThat(outcome).hasSize(feeds.size());
        assertThat(stores.feedStates().lastRun()).hasValueSatisfying(run -> {
            assertThat(run.feedsOk()).isEqualTo(8);
            assertThat(run.feedsFailed()).isEqualTo(9);
        });
    }

    private void good(String id, String path, byte[] body, String contentType) {
        server.serve(path, 200, body, contentType);
        add(id, path);
    }

    private void bad(String id, String path, int status) {
        server.serve(path, status, "<html>down</html>".getBytes(StandardCharsets.UTF_8), "text/html");
        add(id, path);
    }

    private void add(String id, String path) {
        feeds.add(new Feed(id, "مصدر " + id, server.url(path)));
    }

    private Pipeline pipeline() {
        return new Pipeline(
                feeds,
                new FeedReader(new FeedReader.Options(
                        Duration.ofSeconds(2), Duration.ofSeconds(2), 256 * 1024, "talkwatch-test")),
                List.of(PipelineTest.ASTANA),
                3,
                stores.articles(),
                stores.feedStates(),
                () -> {},
                Clock.systemUTC());
    }

    private static byte[] fixture(String name) {
        return TestResources.bytes("/feeds/" + name);
    }

    private static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        }
        return out.toByteArray();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
