package talkwatch.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Where links from outside may lead, checked on the address connected to. */
class AddressGuardTest {

    private static final AddressGuard.Limit USER = AddressGuard.Limit.USER_LINK;
    private static final AddressGuard.Limit FROM_PUBLIC_FEED = AddressGuard.Limit.fromFeed(NetworkReach.PUBLIC);
    private static final AddressGuard.Limit FROM_PRIVATE_FEED = AddressGuard.Limit.fromFeed(NetworkReach.PRIVATE);

    private final List<HttpServer> servers = new ArrayList<>();

    @AfterEach
    void stop() {
        servers.forEach(server -> server.stop(0));
    }

    @Test
    void findsTheIpv4AddressInsideIpv6Forms() throws Exception {
        assertThat(reach("::127.0.0.1")).isEqualTo(NetworkReach.LOOPBACK); // IPv4-compatible
        assertThat(reach("::ffff:169.254.169.254")).isEqualTo(NetworkReach.FORBIDDEN); // mapped
        assertThat(reach("::ffff:7f00:1")).isEqualTo(NetworkReach.LOOPBACK);
        assertThat(reach("64:ff9b::a00:1")).isEqualTo(NetworkReach.PRIVATE); // NAT64 of 10.0.0.1
        assertThat(reach("2002:c0a8:101::1")).isEqualTo(NetworkReach.PRIVATE); // 6to4 of 192.168.1.1
        assertThat(reach("2002:808:808::1")).isEqualTo(NetworkReach.PUBLIC); // 6to4 of 8.8.8.8
        assertThat(reach("2001:0:4136:e378::1")).isEqualTo(NetworkReach.FORBIDDEN); // Teredo
        assertThat(reach("::")).isEqualTo(NetworkReach.FORBIDDEN);
        assertThat(reach("ff02::1")).isEqualTo(NetworkReach.FORBIDDEN);
        assertThat(reach("0.1.2.3")).isEqualTo(NetworkReach.FORBIDDEN);
        assertThat(reach("240.0.0.1")).isEqualTo(NetworkReach.FORBIDDEN);
        assertThat(reach("255.255.255.255")).isEqualTo(NetworkReach.FORBIDDEN);
        assertThat(reach("2a00:1450:4001:80b::200e")).isEqualTo(NetworkReach.PUBLIC);
    }

    @Test
    void aUserLinkReachesPublicAddressesOnTheWebPortsOnly() throws Exception {
        AddressGuard guard = new AddressGuard(Resolver.SYSTEM, List.of());

        assertThat(guard.refusal(address("93.184.216.34"), 443, USER)).isEmpty();
        assertThat(guard.refusal(address("93.184.216.34"), 80, USER)).isEmpty();
        assertThat(guard.refusal(address("93.184.216.34"), 8080, USER)).contains("port 8080 (only 80 and 443)");
        assertThat(guard.refusal(address("127.0.0.1"), 80, USER)).contains("a loopback address");
        assertThat(guard.refusal(address("10.1.2.3"), 443, USER)).contains("a private-network address");
        assertThat(guard.refusal(address("fd12::1"), 443, USER)).contains("a private-network address");
        assertThat(guard.refusal(address("169.254.169.254"), 80, USER)).contains("a link-local or special address");
        assertThat(guard.refusal(address("fe80::1"), 80, USER)).contains("a link-local or special address");
        assertThat(guard.refusal(address("224.0.0.251"), 80, USER)).contains("a link-local or special address");
    }

    @Test
    void aFeedsContentReachesAsFarInAsTheFeedOnAnyPort() throws Exception {
        AddressGuard guard = new AddressGuard(Resolver.SYSTEM, List.of());

        assertThat(guard.refusal(address("93.184.216.34"), 8080, FROM_PUBLIC_FEED))
                .isEmpty();
        assertThat(guard.refusal(address("192.168.1.10"), 80, FROM_PUBLIC_FEED)).contains("a private-network address");
        assertThat(guard.refusal(address("192.168.1.10"), 8443, FROM_PRIVATE_FEED))
                .isEmpty();
        assertThat(guard.refusal(address("127.0.0.1"), 80, FROM_PRIVATE_FEED)).contains("a loopback address");
        assertThat(guard.refusal(address("169.254.169.254"), 80, AddressGuard.Limit.fromFeed(NetworkReach.LOOPBACK)))
                .contains("a link-local or special address");
    }

    @Test
    void theAllowedNetworksAreReachedFromAnywhereOnAnyPort() throws Exception {
        AddressGuard guard = new AddressGuard(Resolver.SYSTEM, List.of(Network.parse("10.20.0.0/16")));

        assertThat(guard.refusal(address("10.20.3.4"), 8080, USER)).isEmpty();
        assertThat(guard.refusal(address("10.21.3.4"), 80, USER)).contains("a private-network address");
    }

    @Test
    void refusesEveryNotationOfALiteralAddressBeyondTheLimit() {
        AddressGuard guard = new AddressGuard(Resolver.SYSTEM, List.of());
        Map<String, String> refused = Map.ofEntries(
                Map.entry("http://127.0.0.1/", "a loopback address"),
                Map.entry("http://[::1]/", "a loopback address"),
                Map.entry("http://[::ffff:127.0.0.1]/", "a loopback address"),
                Map.entry("http://[0:0:0:0:0:ffff:7f00:1]/", "a loopback address"),
                Map.entry("http://[::127.0.0.1]/", "a loopback address"),
                Map.entry("http://[64:ff9b::7f00:1]/", "a loopback address"),
                Map.entry("http://[2002:a9fe:a9fe::]/", "a link-local or special address"),
                Map.entry("http://[fe80::1]/", "a link-local or special address"),
                Map.entry("http://0.0.0.0/", "a link-local or special address"),
                Map.entry("http://%31%32%37.0.0.1/", "a loopback address"),
                Map.entry("http://１２７.０.０.１/", "a loopback address"),
                Map.entry(
                        "http://2130706433/",
                        "an address in an unusual notation (write it as four numbers, 127.0.0.1)"),
                Map.entry(
                        "http://017700000001/",
                        "an address in an unusual notation (write it as four numbers, 127.0.0.1)"),
                Map.entry(
                        "http://0x7f000001/",
                        "an address in an unusual notation (write it as four numbers, 127.0.0.1)"),
                Map.entry(
                        "http://0x7f.0.0.1/",
                        "an address in an unusual notation (write it as four numbers, 127.0.0.1)"),
                Map.entry(
                        "http://0177.0.0.1/",
                        "an address in an unusual notation (write it as four numbers, 127.0.0.1)"),
                Map.entry("http://127.1/", "an address in an unusual notation (write it as four numbers, 127.0.0.1)"),
                Map.entry(
                        "http://127.000.000.001/",
                        "an address in an unusual notation (write it as four numbers, 127.0.0.1)"),
                Map.entry("http://0/", "an address in an unusual notation (write it as four numbers, 127.0.0.1)"),
                Map.entry("http://93.184.216.34:8080/", "port 8080 (only 80 and 443)"));
        refused.forEach((url, what) -> assertThatThrownBy(() -> guard.checkLiteral(HttpUrl.get(url), USER))
                .as(url)
                .isInstanceOfSatisfying(
                        AddressGuard.Refused.class, e -> assertThat(e.what).isEqualTo(what)));
    }

    @Test
    void letsNamesThroughToTheLookupAndPublicLiteralsThrough() throws Exception {
        AddressGuard guard = new AddressGuard(Resolver.SYSTEM, List.of());

        guard.checkLiteral(HttpUrl.get("https://www.aljazeera.net/news/2026/11/30/"), USER);
        guard.checkLiteral(HttpUrl.get("https://0x7f.example/"), USER);
        guard.checkLiteral(HttpUrl.get("http://93.184.216.34/"), USER);
        guard.checkLiteral(HttpUrl.get("https://[2a00:1450:4001:80b::200e]/"), USER);
    }

    @Test
    void aNameThatLooksPublicToTheCheckAndPrivateToTheConnectionGetsNowhere() throws Exception {
        // The page server lies at 127.0.0.2, an allowed network; on the same port at 127.0.0.1, a secret. The name
        // answers 127.0.0.2 first and 127.0.0.1 after: a check that looked the name up apart from the connection
        // would pass, and the connection would reach the secret.
        int port = twoServers("<html><body><article><p>انطلقت اليوم في أستانا الجولة الثانية والعشرون من المحادثات"
                + " السورية، بحضور وفود الدول الضامنة الثلاث وممثلي الحكومة والمعارضة.</p></article></body></html>");
        Rebinding resolver = new Rebinding("news.rebind.test", "127.0.0.2", "127.0.0.1");
        FeedReader reader = new FeedReader(
                FeedReader.Options.defaults(),
                java.time.Clock.systemUTC(),
                resolver,
                List.of(Network.parse("127.0.0.2/32")));
        Feed feed = new Feed("news", "أخبار", URI.create("http://93.184.216.34/feed.xml"), true);
        Article teaser = new Article(
                "news", "g1", "http://news.rebind.test:" + port + "/astana", "عنوان", "جولة جديدة…", Instant.EPOCH);

        Article read = reader.withFullText(feed, teaser);

        assertThat(read.text()).startsWith("انطلقت اليوم في أستانا الجولة الثانية والعشرون");
        assertThat(resolver.lookups).hasValue(1);
        assertThat(secretRequests).hasValue(0);
    }

    @Test
    void aNameThatAnswersAPrivateAddressFirstIsRefusedBeforeAnyConnection() {
        Rebinding resolver = new Rebinding("news.rebind.test", "127.0.0.1", "127.0.0.2");
        FeedReader reader = new FeedReader(
                FeedReader.Options.defaults(),
                java.time.Clock.systemUTC(),
                resolver,
                List.of(Network.parse("127.0.0.2/32")));
        Feed feed = new Feed("news", "أخبار", URI.create("http://93.184.216.34/feed.xml"), true);
        Article teaser =
                new Article("news", "g1", "http://news.rebind.test:8081/astana", "عنوان", "جولة…", Instant.EPOCH);

        assertThatThrownBy(() -> reader.withFullText(feed, teaser)).isInstanceOfSatisfying(FeedException.class, e -> {
            assertThat(e.problem()).isEqualTo(FeedException.Problem.PRIVATE_ADDRESS);
            assertThat(e.reason())
                    .isEqualTo("refused to follow http://news.rebind.test:8081/astana: a loopback address,"
                            + " reached from a public feed");
        });
        assertThat(resolver.lookups).hasValue(1);
    }

    private final AtomicInteger secretRequests = new AtomicInteger();

    /** A page at 127.0.0.2 and a secret at 127.0.0.1, on the same port; returns the port. */
    private int twoServers(String page) throws IOException {
        for (int attempt = 0; ; attempt++) {
            HttpServer pages = serve(new InetSocketAddress("127.0.0.2", 0), page, new AtomicInteger());
            int port = pages.getAddress().getPort();
            try {
                serve(new InetSocketAddress("127.0.0.1", port), "<p>SECRET: the admin password</p>", secretRequests);
                return port;
            } catch (BindException taken) {
                if (attempt == 10) {
                    throw taken;
                }
            }
        }
    }

    private HttpServer serve(InetSocketAddress at, String html, AtomicInteger requests) throws IOException {
        HttpServer server = HttpServer.create(at, 0);
        servers.add(server);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            byte[] body = html.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        return server;
    }

    /** Answers {@code first} to the first lookup of {@code name} and {@code then} to every later one. */
    private static final class Rebinding implements Resolver {
        final AtomicInteger lookups = new AtomicInteger();
        final List<String> asked = new CopyOnWriteArrayList<>();
        private final String name;
        private final String first;
        private final String then;

        Rebinding(String name, String first, String then) {
            this.name = name;
            this.first = first;
            this.then = then;
        }

        @Override
        public List<InetAddress> resolve(String host) throws UnknownHostException {
            asked.add(host);
            if (!host.equals(name)) {
                return SYSTEM.resolve(host);
            }
            return List.of(InetAddress.getByName(lookups.getAndIncrement() == 0 ? first : then));
        }
    }

    private static NetworkReach reach(String literal) throws Exception {
        return NetworkReach.of(InetAddress.getByName(literal));
    }

    private static InetAddress address(String literal) throws Exception {
        return InetAddress.getByName(literal);
    }
}
