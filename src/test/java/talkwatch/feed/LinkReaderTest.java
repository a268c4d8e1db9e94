package talkwatch.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static talkwatch.feed.LoopbackServer.send;
import static talkwatch.feed.LoopbackServer.utf8;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import talkwatch.feed.FeedException.Problem;

/** {@link FeedReader#readLink}: a page a user sent, within the feed limits, on public addresses only. */
class LinkReaderTest {

    static final String PAGE = "<!doctype html><html><head><meta charset=utf-8>"
            + "<title>الرئيسية | موقع الأخبار</title>"
            + "<meta property=\"og:title\" content=\"\u202Eانطلاق الجولة الثانية والعشرين من محادثات أستانا\">"
            + "<meta property=\"og:site_name\" content=\"موقع الأخبار\">"
            + "<meta property=\"article:published_time\" content=\"2026-11-30T08:15:00+03:00\">"
            + "</head><body><nav><a href=/>الرئيسية</a></nav><article>"
            + "<p>انطلقت اليوم في أستانا الجولة الثانية والعشرون من المحادثات السورية، بحضور وفود الدول الضامنة.</p>"
            + "<p>وبحثت الوفود في اليوم الأول ملف المعتقلين، وتثبيت وقف إطلاق النار في إدلب، والخطوات المقبلة.</p>"
            + "</article><footer><p>جميع الحقوق محفوظة لموقع الأخبار</p></footer></body></html>";

    private final LoopbackServer server = new LoopbackServer();
    /** The test's pages are on loopback: trusted here as an operator would trust a network. */
    private final FeedReader trusting = new FeedReader(
            FeedReader.Options.defaults(), Clock.systemUTC(), Resolver.SYSTEM, List.of(Network.parse("127.0.0.1/32")));

    private final FeedReader reader = new FeedReader(FeedReader.Options.defaults());

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void readsThePagesHeadlineSiteDateAndMainText() throws Exception {
        server.serve("/astana", utf8(PAGE), "text/html; charset=utf-8");

        Page page = trusting.readLink(server.uri("/astana"));

        assertThat(page.title()).isEqualTo("انطلاق الجولة الثانية والعشرين من محادثات أستانا");
        assertThat(page.site()).isEqualTo("موقع الأخبار");
        assertThat(page.published()).contains(Instant.parse("2026-11-30T05:15:00Z"));
        assertThat(page.text())
                .startsWith("انطلقت اليوم في أستانا")
                .contains("ملف المعتقلين")
                .doesNotContain("جميع الحقوق");
        assertThat(page.url()).isEqualTo(server.uri("/astana"));
    }

    @Test
    void refusesEveryPrivateAddressAUserMightSendBeforeConnecting() {
        for (String link : new String[] {
            "http://127.0.0.1/",
            "http://localhost/",
            "http://[::1]/",
            "http://[::ffff:127.0.0.1]/",
            "http://[::ffff:a9fe:a9fe]/latest/meta-data/",
            "http://169.254.169.254/latest/meta-data/",
            "http://10.0.0.1/admin",
            "http://192.168.1.1/",
            "http://[fd00::1]/",
            "http://0.0.0.0/",
            "http://2130706433/",
            "http://0x7f.0.0.1/",
            "http://0177.0.0.1/",
            "http://127.1/",
            "http://93.184.216.34:8080/",
            "http://93.184.216.34:22/"
        }) {
            long start = System.nanoTime();
            assertThatThrownBy(() -> reader.readLink(URI.create(link)))
                    .as(link)
                    .isInstanceOfSatisfying(FeedException.class, e -> {
                        assertThat(e.problem()).isEqualTo(Problem.PRIVATE_ADDRESS);
                        assertThat(e.reason()).startsWith("refused to fetch " + link + ": ");
                    });
            assertThat(Duration.ofNanos(System.nanoTime() - start)).as(link).isLessThan(Duration.ofSeconds(1));
        }
    }

    @Test
    void aNameThatResolvesToAPrivateAddressIsRefusedAndOneThatRebindsReachesOnlyWhatWasChecked() throws Exception {
        server.serve("/astana", utf8(PAGE), "text/html; charset=utf-8");
        int port = server.uri("/").getPort();
        AtomicInteger lookups = new AtomicInteger();
        // answers the page server's address first, then the metadata service's
        Resolver rebinding = host -> {
            if (host.equals("intranet.example")) {
                return List.of(InetAddress.getByName("10.1.2.3"));
            }
            if (!host.equals("news.example")) {
                throw new UnknownHostException(host);
            }
            return List.of(InetAddress.getByName(lookups.getAndIncrement() == 0 ? "127.0.0.1" : "169.254.169.254"));
        };
        FeedReader guarded = new FeedReader(
                FeedReader.Options.defaults(), Clock.systemUTC(), rebinding, List.of(Network.parse("127.0.0.1/32")));

        assertThatThrownBy(() -> guarded.readLink(URI.create("https://intranet.example/")))
                .isInstanceOfSatisfying(
                        FeedException.class,
                        e -> assertThat(e.reason())
                                .isEqualTo("refused to fetch https://intranet.example/: a private-network address"));
        Page page = guarded.readLink(URI.create("http://news.example:" + port + "/astana"));
        assertThat(page.title()).isEqualTo("انطلاق الجولة الثانية والعشرين من محادثات أستانا");
        assertThat(lookups).hasValue(1);
    }

    @Test
    void aRedirectIsCheckedAsTheLinkItself() {
        server.route("/moved", exchange -> {
            exchange.getResponseHeaders()
                    .set("Location", "http://[::1]:" + server.uri("/").getPort() + "/astana");
            exchange.sendResponseHeaders(302, -1);
        });

        assertThatThrownBy(() -> trusting.readLink(server.uri("/moved")))
                .isInstanceOfSatisfying(
                        FeedException.class,
                        e -> assertThat(e.reason())
                                .isEqualTo("refused to fetch http://[::1]:"
                                        + server.uri("/").getPort() + "/astana: a loopback address"));
    }

    @Test
    void refusesWhatIsNotAnArticlePage() {
        server.serve("/report.pdf", utf8("%PDF-1.7"), "application/pdf");
        server.serve(
                "/empty", utf8("<html><head><title>فارغة</title></head><body><p>قصير</p></body></html>"), "text/html");
        server.serve("/huge", new byte[6 * 1024 * 1024], "text/html");
        server.route("/gone", exchange -> send(exchange, 404, utf8("غير موجودة"), "text/html"));

        assertThat(problem("/report.pdf")).isEqualTo(Problem.NOT_A_PAGE);
        assertThat(problem("/empty")).isEqualTo(Problem.NO_TEXT);
        assertThat(problem("/huge")).isEqualTo(Problem.TOO_LARGE);
        assertThat(problem("/gone")).isEqualTo(Problem.HTTP_STATUS);
    }

    private Problem problem(String path) {
        try {
            trusting.readLink(server.uri(path));
            throw new AssertionError(path + " was read");
        } catch (FeedException e) {
            return e.problem();
        }
    }
}
