package talkwatch.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static talkwatch.feed.LoopbackServer.send;
import static talkwatch.feed.LoopbackServer.utf8;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import talkwatch.feed.FeedException.Problem;
import talkwatch.testing.TestResources;

/** HTTP behaviour of {@link FeedReader} against a real server on 127.0.0.1. */
class FeedReaderTest {
    private static final String USER_AGENT = "talkwatch/0.1 (+https://github.com/talkwatch)";
    private static final String RSS = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel>"
            + "<title>t</title><link>https://example.invalid/</link><description>d</description>"
            + "<item><title>مفاوضات السلام</title><guid>g1</guid><description>&lt;p&gt;نص&lt;/p&gt;</description></item>"
            + "</channel></rss>";

    private final LoopbackServer server = new LoopbackServer();
    // generous total timeout so a cold JVM on a busy machine does not flake; timeout tests use impatient
    private final FeedReader reader = new FeedReader(
            new FeedReader.Options(Duration.ofSeconds(2), Duration.ofSeconds(10), 64 * 1024, USER_AGENT));
    private final FeedReader impatient = new FeedReader(
            new FeedReader.Options(Duration.ofSeconds(2), Duration.ofMillis(500), 64 * 1024, USER_AGENT));

    @AfterEach
    void stop() {
        server.close();
    }

    private List<Article> articles(FetchResult result) {
        assertThat(result).isInstanceOf(FetchResult.Fetched.class);
        return ((FetchResult.Fetched) result).articles();
    }

    private static FeedException thrown(ThrowingCallable call) {
        AtomicReference<FeedException> caught = new AtomicReference<>();
        assertThatThrownBy(call).isInstanceOfSatisfying(FeedException.class, caught::set);
        return caught.get();
    }

    @Test
    void readsRssItemsWithArabicTitles() throws Exception {
        server.serve(
                "/feed-ar.xml",
                TestResources.bytes("/feeds/third-party/syrianpulse_feed-ar.xml"),
                "application/rss+xml");

        List<Article> articles = articles(reader.read(server.feed("/feed-ar.xml"), FeedState.none()));

        assertThat(articles).hasSize(3);
        assertThat(articles.get(0).title()).startsWith("أسبوع أكثر قسوة: تراجع المزاج العام مع تصعيد إسرائيلي");
    }

    @Test
    void sendsItsUserAgentAndAcceptsCompression() throws Exception {
        AtomicReference<String> agent = new AtomicReference<>();
        AtomicReference<String> encodings = new AtomicReference<>();
        server.route("/ua", exchange -> {
            agent.set(exchange.getRequestHeaders().getFirst("User-Agent"));
            encodings.set(exchange.getRequestHeaders().getFirst("Accept-Encoding"));
            send(exchange, 200, utf8(RSS), "application/rss+xml");
        });

        reader.read(server.feed("/ua"), FeedState.none());

        assertThat(agent.get()).isEqualTo(USER_AGENT);
        assertThat(encodings.get()).isEqualTo("gzip, deflate");
    }

    @Test
    void answersNotModifiedWhenTheServerSaysSo() throws Exception {
        server.route("/conditional", exchange -> {
            String etag = exchange.getRequestHeaders().getFirst("If-None-Match");
            String since = exchange.getRequestHeaders().getFirst("If-Modified-Since");
            exchange.getResponseHeaders().set("ETag", "\"v1\"");
            exchange.getResponseHeaders().set("Last-Modified", "Sat, 01 Jun 2024 10:00:00 GMT");
            if ("\"v1\"".equals(etag) && "Sat, 01 Jun 2024 10:00:00 GMT".equals(since)) {
                exchange.sendResponseHeaders(304, -1);
            } else {
                send(exchange, 200, utf8(RSS), "application/rss+xml");
            }
        });
        Feed feed = server.feed("/conditional");

        FetchResult first = reader.read(feed, FeedState.none());
        FeedState state = ((FetchResult.Fetched) first).state();
        FetchResult second = reader.read(feed, state);

        assertThat(articles(first)).hasSize(1);
        assertThat(state).isEqualTo(new FeedState(Optional.of("\"v1\""), Optional.of("Sat, 01 Jun 2024 10:00:00 GMT")));
        assertThat(second).isInstanceOf(FetchResult.NotModified.class);
    }

    @Test
    void decodesGzipAndDeflate() throws Exception {
        server.route("/gzip", exchange -> {
            exchange.getResponseHeaders().set("Content-Encoding", "gzip");
            send(exchange, 200, compress(new ByteArrayOutputStream(), true), "application/rss+xml");
        });
        server.route("/deflate", exchange -> {
            exchange.getResponseHeaders().set("Content-Encoding", "deflate");
            send(exchange, 200, compress(new ByteArrayOutputStream(), false), "application/rss+xml");
        });

        assertThat(articles(reader.read(server.feed("/gzip"), FeedState.none())))
                .extracting(Article::title)
                .containsExactly("مفاوضات السلام");
        assertThat(articles(reader.read(server.feed("/deflate"), FeedState.none())))
                .extracting(Article::text)
                .containsExactly("نص");
    }

    private static byte[] compress(ByteArrayOutputStream bytes, boolean gzip) throws IOException {
        try (OutputStream out = gzip ? new GZIPOutputStream(bytes) : new DeflaterOutputStream(bytes)) {
            out.write(utf8(RSS));
        }
        return bytes.toByteArray();
    }

    @Test
    void refusesAGzipBombPastTheLimit() {
        server.route("/bomb", exchange -> {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (OutputStream out = new GZIPOutputStream(bytes)) {
                out.write(new byte[1024 * 1024]);
            }
            exchange.getResponseHeaders().set("Content-Encoding", "gzip");
            send(exchange, 200, bytes.toByteArray(), "application/rss+xml");
        });

        FeedException e = thrown(() -> reader.read(server.feed("/bomb"), FeedState.none()));

        assertThat(e.problem()).isEqualTo(Problem.TOO_LARGE);
        assertThat(e.reason()).isEqualTo("larger than 64 KB");
    }

    @Test
    void followsRelativeRedirects() throws Exception {
        server.route("/old", exchange -> redirect(exchange, "/middle"));
        server.route(
                "/middle", exchange -> redirect(exchange, server.uri("/new").toString()));
        server.serve("/new", utf8(RSS), "application/rss+xml");

        assertThat(articles(reader.read(server.feed("/old"), FeedState.none()))).hasSize(1);
    }

    @Test
    void followsFiveRedirectsButNotSix() throws Exception {
        // /chain/N redirects to /chain/N-1; /chain/0 is the feed
        server.route("/chain/", exchange -> {
            int n = Integer.parseInt(exchange.getRequestURI().getPath().substring("/chain/".length()));
            if (n == 0) {
                send(exchange, 200, utf8(RSS), "application/rss+xml");
            } else {
                redirect(exchange, String.valueOf(n - 1));
            }
        });

        assertThat(articles(reader.read(server.feed("/chain/5"), FeedState.none())))
                .hasSize(1);
        FeedException e = thrown(() -> reader.read(server.feed("/chain/6"), FeedState.none()));
        assertThat(e.problem()).isEqualTo(Problem.TOO_MANY_REDIRECTS);
    }

    @Test
    void stopsARedirectLoop() {
        server.route("/loop", exchange -> redirect(exchange, "/loop"));
        Feed feed = new Feed("loop", "loop", server.uri("/loop"));

        FeedException e = thrown(() -> reader.read(feed, FeedState.none()));

        assertThat(e.problem()).isEqualTo(Problem.TOO_MANY_REDIRECTS);
        assertThat(e.reason()).isEqualTo("too many redirects (more than 5)");
        assertThat(e.getMessage())
                .isEqualTo("feed loop (" + feed.url() + "): too many redirects (more than 5);"
                        + " open the URL in a browser and use the final address");
        assertThat(e.feedId()).isEqualTo("loop");
        assertThat(e.url()).isEqualTo(feed.url());
    }

    @Test
    void refusesARedirectToAFileUrl() {
        server.route("/to-file", exchange -> redirect(exchange, "file:///etc/passwd"));

        FeedException e = thrown(() -> reader.read(server.feed("/to-file"), FeedState.none()));

        assertThat(e.problem()).isEqualTo(Problem.UNSUPPORTED_URL);
        assertThat(e.reason()).isEqualTo("unsupported URL file:///etc/passwd (only http and https)");
    }

    @Test
    void refusesARedirectToTheCloudMetadataAddress() {
        server.route("/to-metadata", exchange -> redirect(exchange, "http://169.254.169.254/latest/meta-data/"));

        FeedException e = thrown(() -> reader.read(server.feed("/to-metadata"), FeedState.none()));

        assertThat(e.problem()).isEqualTo(Problem.PRIVATE_ADDRESS);
        assertThat(e.reason())
                .isEqualTo("refused to follow http://169.254.169.254/latest/meta-data/: a link-local or special"
                        + " address, reached from a loopback feed");
    }

    private static void redirect(com.sun.net.httpserver.HttpExchange exchange, String location) throws IOException {
        exchange.getResponseHeaders().set("Location", location);
        exchange.sendResponseHeaders(302, -1);
    }

    @Test
    void reportsAnHttpErrorStatus() {
        server.route("/broken", exchange -> send(exchange, 500, utf8("oops"), "text/plain"));
        Feed feed = new Feed("broken", "broken", server.uri("/broken"));

        FeedException e = thrown(() -> reader.read(feed, FeedState.none()));

        assertThat(e.problem()).isEqualTo(Problem.HTTP_STATUS);
        assertThat(e.reason()).isEqualTo("HTTP 500");
        assertThat(e.getMessage())
                .isEqualTo(
                        "feed broken (" + feed.url() + "): HTTP 500; check the URL, or wait for the site to recover");
    }

    @Test
    void givesUpOnASlowHostAtTheTotalTimeout() {
        server.route("/slow", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "application/rss+xml");
            exchange.sendResponseHeaders(200, 0);
            OutputStream out = exchange.getResponseBody();
            for (int i = 0; i < 100; i++) {
                out.write(' ');
                out.flush();
                sleep(100);
            }
        });
        long start = System.nanoTime();

        FeedException e = thrown(() -> impatient.read(server.feed("/slow"), FeedState.none()));

        assertThat(e.problem()).isEqualTo(Problem.TIMEOUT);
        assertThat(e.reason()).isEqualTo("timed out after 500 ms");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
    }

    @Test
    void givesUpOnAHostThatNeverAnswers() {
        server.route("/silent", exchange -> sleep(5_000));
        long start = System.nanoTime();

        FeedException e = thrown(() -> impatient.read(server.feed("/silent"), FeedState.none()));

        assertThat(e.problem()).isEqualTo(Problem.TIMEOUT);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
    }

    @Test
    void stopsReadingAnEndlessBody() {
        server.route("/endless", exchange -> {
            exchange.sendResponseHeaders(200, 0);
            OutputStream out = exchange.getResponseBody();
            byte[] chunk = new byte[8192];
            while (true) {
                out.write(chunk);
            }
        });

        FeedException e = thrown(() -> reader.read(server.feed("/endless"), FeedState.none()));

        assertThat(e.problem()).isEqualTo(Problem.TOO_LARGE);
        assertThat(e.reason()).isEqualTo("larger than 64 KB");
    }

    @Test
    void refusesATooLargeContentLengthUpFront() {
        server.serve("/big", new byte[128 * 1024], "application/rss+xml");

        assertThat(thrown(() -> reader.read(server.feed("/big"), FeedState.none()))
                        .problem())
                .isEqualTo(Problem.TOO_LARGE);
    }

    @Test
    void callsAnHtmlPageNotAFeed() {
        server.serve(
                "/page",
                utf8("<!doctype html><html><head><title>الرئيسية</title></head><body><p>مرحبا</body></html>"),
                "text/html; charset=utf-8");

        FeedException e = thrown(() -> reader.read(server.feed("/page"), FeedState.none()));

        assertThat(e.problem()).isEqualTo(Problem.NOT_A_FEED);
        assertThat(e.reason()).isEqualTo("not a feed: HTML page");
    }

    @Test
    void reportsMalformedXmlWithItsLine() {
        server.serve("/bad", utf8("<?xml version=\"1.0\"?>\n<rss version=\"2.0\">\n<channel><title>x</titl>"), null);

        FeedException e = thrown(() -> reader.read(server.feed("/bad"), FeedState.none()));

        assertThat(e.problem()).isEqualTo(Problem.MALFORMED);
        assertThat(e.reason()).startsWith("malformed XML at line 3: ");
    }

    @Test
    void explainsAnEmptyBody() {
        server.serve("/empty", new byte[0], "application/rss+xml");

        FeedException e = thrown(() -> reader.read(server.feed("/empty"), FeedState.none()));

        assertThat(e.problem()).isEqualTo(Problem.NOT_A_FEED);
        assertThat(e.reason()).isEqualTo("not a feed: the response body is empty");
    }

    @Test
    void refusesANonHttpUrl() {
        Feed feed = new Feed("local", "local", URI.create("file:///etc/passwd"));

        FeedException e = thrown(() -> reader.read(feed, FeedState.none()));

        assertThat(e.problem()).isEqualTo(Problem.UNSUPPORTED_URL);
        assertThat(e.getMessage())
                .isEqualTo("feed local (file:///etc/passwd): unsupported URL file:///etc/passwd (only http and https);"
                        + " use an http:// or https:// URL");
    }

    @Test
    void reportsARefusedConnection() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        Feed feed = new Feed("closed", "closed", URI.create("http://127.0.0.1:" + port + "/feed"));

        FeedException e = thrown(() -> reader.read(feed, FeedState.none()));

        assertThat(e.problem()).isEqualTo(Problem.NETWORK);
        assertThat(e.reason()).isEqualTo("connection refused by 127.0.0.1:" + port);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
