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
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import talkwatch.Stores;
import talkwatch.match.Topic;
import talkwatch.poll.Pipeline;
import talkwatch.poll.PollReport;
import talkwatch.store.Storage;
import talkwatch.testing.Corpora;
import talkwatch.testing.JdbcCpu;
import talkwatch.testing.PostgresCpu;
import talkwatch.testing.PostgresForTests;

/**
 * One poll cycle over 1,000 feeds of 30 Arabic items each, served from 8 loopback addresses (127.0.0.2 to
 * 127.0.0.9): cold (every item new: parse, match, summarize, store, queue for 2 chats), then warm (every feed
 * answers 304), then known (every feed answers in full, and every item is known). Prints the times, the CPU of this
 * process and of the database, and the peak heap. Run it as docs/BENCHMARKS.md says, with -Xmx512m.
 *
 * <p>The store is a new SQLite file, or with a third argument {@code postgresql} a new schema on the PostgreSQL server
 * libpq's variables name (as {@code pg_virtualenv} sets them). The database's CPU: on PostgreSQL its server's processes
 * ({@link PostgresCpu}); on SQLite, which runs inside this process, the CPU time of its threads inside JDBC calls
 * ({@link JdbcCpu}).
 *
 * <p>Items are EASC newspaper articles (the text cut to its first {@code chars} characters, a long RSS description)
 * under a headline about the Astana talks, so every item matches a topic and is summarized: the worst case.
 */
public final class PollBenchmark {
    private static final int FEEDS = 1000;
    private static final int ITEMS = 30;
    private static final int HOSTS = 8;
    private static final DateTimeFormatter RFC_1123 = DateTimeFormatter.RFC_1123_DATE_TIME;
    /** The newest item's date: an hour before the run, so every item is recent enough to be sent (delivery.maxAge). */
    private static final ZonedDateTime NEWEST =
            ZonedDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MINUTES).minusHours(1);

    private static Duration storyWindow;

    private final List<String> texts;
    /** Whether the feeds answer a conditional request with 304 when nothing changed (the known cycle turns it off). */
    private volatile boolean conditional = true;

    private PollBenchmark(List<String> texts) {
        this.texts = texts;
    }

    public static void main(String[] args) throws Exception {
        int chars = args.length > 0 ? Integer.parseInt(args[0]) : 1500;
        // second argument: stories.window in minutes (default 720, as configured by default; 0 turns it off)
        storyWindow = Duration.ofMinutes(args.length > 1 ? Long.parseLong(args[1]) : 720);
        // third argument: sqlite (the default) or postgresql
        boolean postgres = args.length > 2 && args[2].startsWith("postgres");
        JdbcCpu.install();
        Storage storage = postgres
                ? PostgresForTests.freshSchemaOrExit()
                : new Storage.Sqlite(
                        Files.createTempDirectory("talkwatch-bench").resolve("talkwatch.db"));
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.list(Corpora.eascOrExit().resolve("articles"))) {
            for (Path file : files.sorted().toList()) {
                String text = Files.readString(file).strip();
                texts.add(text.substring(0, Math.min(chars, text.length())));
            }
        }
        new PollBenchmark(texts).run(chars, storage);
        System.exit(0);
    }

    private void run(int chars, Storage storage) throws Exception {
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
        Stores stores = Stores.open(storage, Clock.systemUTC());
        Optional<PostgresCpu> server =
                storage instanceof Storage.Postgres postgres ? Optional.of(PostgresCpu.of(postgres)) : Optional.empty();
        stores.subscriptions().subscribe(1001, "private", Set.of("astana"));
        stores.subscriptions().subscribe(1002, "group", Set.of("astana"));
        Topic astana = new Topic(
                "astana", "محادثات أستانا", List.of("أستانا", "أستانة"), List.of("محادثات", "جولة"), List.of());
        FeedReader reader = new FeedReader(FeedReader.Options.defaults());
        Pipeline cold = pipeline(feeds, reader, astana, stores, Clock.systemUTC());
        Pipeline warm = pipeline(feeds, reader, astana, stores, Clock.offset(Clock.systemUTC(), Duration.ofMinutes(6)));
        Pipeline known =
                pipeline(feeds, reader, astana, stores, Clock.offset(Clock.systemUTC(), Duration.ofMinutes(12)));
        System.out.printf(
                "%s; stories.window %s; %d feeds x %d items, %d hosts, %d chars of text per item, %d cores, max heap %d"
                        + " MB%n",
                storage instanceof Storage.Postgres ? "PostgreSQL" : "SQLite",
                storyWindow,
                FEEDS,
                ITEMS,
                HOSTS,
                chars,
                Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() / (1024 * 1024));
        Cpu cpu = Cpu.now(server);
        PollReport first = cold.poll();
        Cpu coldCpu = Cpu.now(server).minus(cpu);
        System.out.printf(
                "cold: %.1f s wall, %.1f s CPU (whole process), %s, %d ok, %d failed, %d new articles,"
                        + " %d deliveries queued, load average %.1f%n",
                first.duration().toMillis() / 1000.0,
                coldCpu.process(),
                coldCpu.database(server),
                first.worked(),
                first.failed(),
                first.fresh(),
                first.queued(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        cpu = Cpu.now(server);
        PollReport second = warm.poll();
        Cpu warmCpu = Cpu.now(server).minus(cpu);
        long notModified = second.feeds().stream()
                .filter(f -> f.status().equals("not_modified"))
                .count();
        System.out.printf(
                "warm: %.1f s wall, %.1f s CPU, %s, %d not modified, %d failed, load average %.1f%n",
                second.duration().toMillis() / 1000.0,
                warmCpu.process(),
                warmCpu.database(server),
                notModified,
                second.failed(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        conditional = false;
        cpu = Cpu.now(server);
        PollReport third = known.poll();
        Cpu knownCpu = Cpu.now(server).minus(cpu);
        System.out.printf(
                "known (every feed in full, every item known): %.1f s wall, %.1f s CPU, %s, %d ok, %d failed, %d new"
                        + " articles, load average %.1f%n",
                third.duration().toMillis() / 1000.0,
                knownCpu.process(),
                knownCpu.database(server),
                third.worked(),
                third.failed(),
                third.fresh(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.out.printf(
                "peak heap (sum of pool peaks): %d MB; database %d MB%n",
                peak / (1024 * 1024), databaseBytes(storage) / (1024 * 1024));
        servers.forEach(s -> s.stop(0));
        executor.shutdownNow();
        stores.close();
        if (storage instanceof Storage.Postgres postgres) {
            PostgresForTests.drop(postgres);
        } else {
            Files.deleteIfExists(((Storage.Sqlite) storage).file());
        }
    }

    /**
     * CPU times in seconds: this process (server threads included: on a busy machine the honest figure), its threads
     * inside JDBC calls, and the PostgreSQL server's processes.
     */
    private record Cpu(double process, double jdbc, double server) {
        static Cpu now(Optional<PostgresCpu> server) {
            return new Cpu(
                    ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                                    .getProcessCpuTime()
                            / 1e9,
                    JdbcCpu.nanos() / 1e9,
                    server.map(PostgresCpu::seconds).orElse(0.0));
        }

        Cpu minus(Cpu before) {
            return new Cpu(process - before.process, jdbc - before.jdbc, server - before.server);
        }

        /** The database's CPU and its share of all: the server's on PostgreSQL, the JDBC calls' on SQLite. */
        String database(Optional<PostgresCpu> postgres) {
            return postgres.isPresent()
                    ? String.format(
                            "PostgreSQL server %.1f s CPU (%.0f%% of all; this process in JDBC calls %.1f s)",
                            server, 100 * server / (server + process), jdbc)
                    : String.format(
                            "SQLite (JDBC calls) %.1f s CPU (%.0f%% of the process)", jdbc, 100 * jdbc / process);
        }
    }

    private static long databaseBytes(Storage storage) throws Exception {
        if (storage instanceof Storage.Sqlite sqlite) {
            return Files.size(sqlite.file());
        }
        try (Connection connection = PostgresForTests.connect((Storage.Postgres) storage);
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT COALESCE(SUM(pg_total_relation_size(c.oid)), 0)"
                        + " FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
                        + " WHERE n.nspname = current_schema() AND c.relkind = 'r'")) {
            rows.next();
            return rows.getLong(1);
        }
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
                talkwatch.poll.FeedAlerts.LOG_ONLY,
                talkwatch.metrics.Metrics.NONE);
    }

    private void serve(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        int feed = Integer.parseInt(path.substring(path.lastIndexOf('/') + 1, path.length() - 4));
        String etag = "\"f" + feed + "-v1\"";
        exchange.getResponseHeaders().set("ETag", etag);
        if (conditional && etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
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
        ZonedDateTime date = NEWEST;
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
