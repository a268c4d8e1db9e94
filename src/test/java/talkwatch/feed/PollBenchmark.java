package talkwatch.feed;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import talkwatch.Stores;
import talkwatch.match.Topic;
import talkwatch.poll.Pipeline;
import talkwatch.poll.PollReport;
import talkwatch.testing.Corpora;

/**
 * One poll cycle over 1,000 feeds of 30 Arabic items each, served from 8 loopback addresses (127.0.0.2 to
 * 127.0.0.9): cold (every item new: parse, match, summarize, store, queue for 2 chats), then warm (every feed
 * answers 304). Prints the times and the peak heap. Run it as docs/BENCHMARKS.md says, with -Xmx512m.
 *
 * <p>Items are EASC newspaper articles (the text cut to its first {@code chars} characters, a long RSS description)
 * under a headline about the Astana talks, so every item matches a topic and is summarized: the worst case.
 */
public final class PollBenchmark {
    private static final int FEEDS = 1000;
    private static final int ITEMS = 30;
    private static final int HOSTS = 8;
    private static final DateTimeFormatter RFC_1123 = DateTimeFormatter.RFC_1123_DATE_TIME;

    private static Duration storyWindow;

    private final List<String> texts;

    private PollBenchmark(List<String> texts) {
        this.texts = texts;
    }

    public static void main(String[] args) throws Exception {
        int chars = args.length > 0 ? Integer.parseInt(args[0]) : 1500;
        // second argument: stories.window in minutes (default 720, as configured by default; 0 turns it off)
        storyWindow = Duration.ofMinutes(args.length > 1 ? Long.parseLong(args[1]) : 720);
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.list(Corpora.eascOrExit().resolve("articles"))) {
            for (Path file : files.sorted().toList()) {
                String text = Files.readString(file).strip();
                texts.add(text.substring(0, Math.min(chars, text.length())));
            }
        }
        new PollBenchmark(texts).run(chars);
    }

    private void run(int chars) throws Exception {
        List<HttpServer> servers = new ArrayList<>();
        ExecutorService executor = Executors.newFixedThreadPool(8);
        List<talkwatch.feed.Feed> feeds = new ArrayList<>();
        for (int h = 0; h < HOSTS; h++) {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0." + (2 + h), 0), 256);
            server.createContext("/", this::serve);
            server.setExecutor(executor);
            server.start();
            servers.add(server);
        }
        for (int f = 0; f < FEEDS; f++) {
            HttpServer server = servers.get(f % HOSTS);
            URI url = URI.create("http://" + server.getAddress().getHostString() + ":"
                    + server.getAddress().getPort() + "/feed/" + f + ".xml");
            feeds.add(new Feed("feed-" + f, "مصدر " + f, url));
        }
        Path db = Files.createTempFile("talkwatch-bench", ".db");
        Files.delete(db);
        Stores stores = Stores.open(db, Clock.systemUTC());
        stores.subscriptions().subscribe(1001, "private", Set.of("astana"));
        stores.subscriptions().subscribe(1002, "group", Set.of("astana"));
        Topic astana = new Topic(
                "astana", "محادثات أستانا", List.of("أستانا", "أستانة"), List.of("محادثات", "جولة"), List.of());
        FeedReader reader = new FeedReader(FeedReader.Options.defaults());
        Pipeline cold = pipeline(feeds, reader, astana, stores, Clock.systemUTC());
        Pipeline warm = pipeline(feeds, reader, astana, stores, Clock.offset(Clock.systemUTC(), Duration.ofMinutes(6)));
        System.out.printf(
                "stories.window %s; %d feeds x %d items, %d hosts, %d chars of text per item, %d cores, max heap %d MB%n",
                storyWindow,
                FEEDS,
                ITEMS,
                HOSTS,
                chars,
                Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() / (1024 * 1024));
        double cpu = cpuSeconds();
        PollReport first = cold.poll();
        double coldCpu = cpuSeconds() - cpu;
        System.out.printf(
                "cold: %.1f s wall, %.1f s CPU (whole process), %d ok, %d failed, %d new articles,"
                        + " %d deliveries queued, load average %.1f%n",
                first.duration().toMillis() / 1000.0,
                coldCpu,
                first.worked(),
                first.failed(),
                first.fresh(),
                first.queued(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        cpu = cpuSeconds();
        PollReport second = warm.poll();
        double warmCpu = cpuSeconds() - cpu;
        long notModified = second.feeds().stream()
                .filter(f -> f.status().equals("not_modified"))
                .count();
        System.out.printf(
                "warm: %.1f s wall, %.1f s CPU, %d not modified, %d failed, load average %.1f%n",
                second.duration().toMillis() / 1000.0,
                warmCpu,
                notModified,
                second.failed(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.out.printf(
                "peak heap (sum of pool peaks): %d MB; database %d MB%n",
                peak / (1024 * 1024), Files.size(db) / (1024 * 1024));
        servers.forEach(s -> s.stop(0));
        executor.shutdownNow();
        Files.deleteIfExists(db);
    }

    /** CPU time of this process, server threads included: on a busy machine the honest figure. */
    private static double cpuSeconds() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                        .getProcessCpuTime()
                / 1e9;
    }

    private static Pipeline pipeline(
            List<talkwatch.feed.Feed> feeds, FeedReader reader, Topic topic, Stores stores, Clock clock) {
        return new Pipeline(
                feeds,
                reader,
                List.of(topic),
                3,
                stores.articles(),
                stores.feedStates(),
                () -> {},
                clock,
                new Pipeline.Options(Duration.ofMinutes(5), 16, 4, storyWindow, Pipeline.DEFAULT_MAX_AGE),
                talkwatch.poll.FeedAlerts.LOG_ONLY);
    }

    private void serve(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        int feed = Integer.parseInt(path.substring(path.lastIndexOf('/') + 1, path.length() - 4));
        String etag = "\"f" + feed + "-v1\"";
        exchange.getResponseHeaders().set("ETag", etag);
        if (etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
            exchange.sendResponseHeaders(304, -1);
            exchange.close();
            return;
        }
        byte[] body = xml(feed).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/rss+xml; charset=utf-8");
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private String xml(int feed) {
        StringBuilder xml = new StringBuilder(80_000);
        xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel><title>مصدر ")
                .append(feed)
                .append("</title><link>https://example.invalid/</link><description>أخبار</description>\n");
        ZonedDateTime date = ZonedDateTime.of(2026, 11, 29, 8, 0, 0, 0, ZoneOffset.UTC);
        for (int i = 0; i < ITEMS; i++) {
            String text = texts.get((feed * ITEMS + i) % texts.size());
            xml.append("<item><guid isPermaLink=\"false\">f")
                    .append(feed)
                    .append('-')
                    .append(i)
                    .append("</guid><title>جولة جديدة من محادثات أستانا: الخبر ")
                    .append(i)
                    .append(" من المصدر ")
                    .append(feed)
                    .append("</title><link>https://example.invalid/")
                    .append(feed)
                    .append('/')
                    .append(i)
                    .append("</link><description><![CDATA[<p>")
                    .append(text.replace("\n", "</p><p>"))
                    .append("</p>]]></description><pubDate>")
                    .append(RFC_1123.format(date.minusMinutes(i)))
                    .append("</pubDate></item>\n");
        }
        return xml.append("</channel></rss>\n").toString();
    }
}
