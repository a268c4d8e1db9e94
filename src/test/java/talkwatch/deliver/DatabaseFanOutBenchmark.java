package talkwatch.deliver;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import talkwatch.Stores;
import talkwatch.fake.FakeBotApi;
import talkwatch.store.SendSlots;
import talkwatch.store.Storage;
import talkwatch.testing.JdbcCpu;
import talkwatch.testing.PostgresCpu;
import talkwatch.testing.PostgresForTests;
import talkwatch.testing.TestDatabase;

/**
 * Fan-out of one article to many chats against the fake Bot API (count-only, on loopback), the outbox in SQLite or in
 * PostgreSQL: SQLite, PostgreSQL with one instance, and PostgreSQL with two instances (two {@link Stores} on one
 * schema, each with its own pool, sender's lock and {@link Deliverer}, as two processes have: one sends, the other
 * stands by). Prints, per run, the messages per second, the CPU time of this JVM and of the database, and the
 * database's share of the CPU: on PostgreSQL its server's processes ({@link PostgresCpu}) against the JVM's, on SQLite
 * the CPU time of this JVM's threads inside JDBC calls ({@link JdbcCpu}) against the JVM's.
 *
 * <p>Uncapped first, as {@link FanOutBenchmark} measures the sender's capacity: {@code globalPerSecond} 1,000,000 with
 * this JVM's own rate ({@link Pacer}), three rounds in rotating order after a warm-up, the medians. Then at the
 * ceiling a configuration can set, {@code paidBroadcast} and 1,000 msg/s, each setup paced as {@code run} paces it (on
 * PostgreSQL the cluster's schedule in the database, {@link SendSlots}). Needs a PostgreSQL server named by libpq's
 * variables, as {@code pg_virtualenv} sets them. Not a test: see docs/BENCHMARKS.md for the command.
 */
public final class DatabaseFanOutBenchmark {

    private static final int CONCURRENCY = 128;
    private static final int WARM_UP = 20_000;
    /** No overall limit worth the name, as {@link FanOutBenchmark} sends: what the sender can do. */
    private static final DeliveryLimits UNCAPPED = new DeliveryLimits(1_000_000, 1, 20, false);
    /** The highest rate a configuration may set. */
    private static final DeliveryLimits CEILING = new DeliveryLimits(DeliveryLimits.PAID_GLOBAL_MAX, 1, 20, true);

    enum Setup {
        SQLITE("SQLite", 1),
        POSTGRES("PostgreSQL, 1 instance", 1),
        POSTGRES_TWO("PostgreSQL, 2 instances", 2);

        final String label;
        final int instances;

        Setup(String label, int instances) {
            this.label = label;
            this.instances = instances;
        }

        boolean postgres() {
            return this != SQLITE;
        }
    }

    /** One fan-out: times in seconds, CPU in seconds. */
    record Run(
            Setup setup,
            int chats,
            double queueSeconds,
            double seconds,
            int chatsReached,
            int messages,
            int busiestSecond,
            double jvmCpu,
            double loopCpu,
            double jdbcCpu,
            double serverCpu) {

        double rate() {
            return chats / seconds;
        }

        /** The database's CPU: the server's on PostgreSQL, the JDBC calls' on SQLite (inside the JVM's). */
        double databaseCpu() {
            return setup.postgres() ? serverCpu : jdbcCpu;
        }

        /** The database's share of all the CPU the run took. */
        double databaseShare() {
            return setup.postgres() ? serverCpu / (jvmCpu + serverCpu) : jdbcCpu / jvmCpu;
        }

        String line() {
            return String.format(
                    "%s: %,d chats, queued in %.2f s; %,.0f msg/s (%.1f s); %,d chats reached, %,d messages, busiest"
                            + " second %,d; CPU: JVM %.1f s (%.0f µs/msg; delivery loop %.0f µs/msg; in JDBC calls"
                            + " %.1f s), PostgreSQL server %.1f s (%.0f µs/msg); database %.0f µs/msg, %.0f%% of all"
                            + " CPU",
                    setup.label,
                    chats,
                    queueSeconds,
                    rate(),
                    seconds,
                    chatsReached,
                    messages,
                    busiestSecond,
                    jvmCpu,
                    1e6 * jvmCpu / chats,
                    1e6 * loopCpu / chats,
                    jdbcCpu,
                    serverCpu,
                    1e6 * serverCpu / chats,
                    1e6 * databaseCpu() / chats,
                    100 * databaseShare());
        }
    }

    public static void main(String[] args) throws Exception {
        int chats = args.length > 0 ? Integer.parseInt(args[0].replace("_", "")) : 100_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        int ceilingRounds = args.length > 2 ? Integer.parseInt(args[2]) : 1;
        // fourth argument, to profile one setup: some of sqlite, postgres, postgres2 (comma-separated)
        List<Setup> setups = args.length > 3 ? setups(args[3]) : List.of(Setup.values());
        JdbcCpu.install();
        Storage.Postgres probe = PostgresForTests.freshSchemaOrExit();
        PostgresCpu server = PostgresCpu.of(probe);
        System.out.printf(
                "%d cores, JDK %s, max heap %,d MB; %s%n",
                Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"),
                Runtime.getRuntime().maxMemory() >> 20,
                describe(probe));
        PostgresForTests.drop(probe);
        for (Setup setup : setups) {
            fanOut(setup, UNCAPPED, WARM_UP, server); // warm-up, not reported
        }
        Map<Setup, List<Run>> runs = new EnumMap<>(Setup.class);
        for (int round = 0; round < rounds; round++) {
            for (Setup setup : rotated(setups, round)) {
                Run run = fanOut(setup, UNCAPPED, chats, server);
                runs.computeIfAbsent(setup, s -> new ArrayList<>()).add(run);
                System.out.printf("uncapped, round %d, load %.1f: %s%n", round + 1, load(), run.line());
            }
        }
        for (Setup setup : Setup.values()) {
            List<Run> of = runs.getOrDefault(setup, List.of());
            if (!of.isEmpty()) {
                System.out.printf(
                        "uncapped, median of %d rounds: %s %,.0f msg/s (%s); database %.0f µs/msg, %.0f%% of all CPU%n",
                        of.size(),
                        setup.label,
                        median(of.stream().map(Run::rate).toList()),
                        of.stream()
                                .map(run -> String.format("%,.0f", run.rate()))
                                .toList(),
                        median(of.stream()
                                .map(run -> 1e6 * run.databaseCpu() / chats)
                                .toList()),
                        100 * median(of.stream().map(Run::databaseShare).toList()));
            }
        }
        for (int round = 0; round < ceilingRounds; round++) {
            for (Setup setup : rotated(setups, round)) {
                Run run = fanOut(setup, CEILING, chats, server);
                System.out.printf("at 1,000 msg/s (paidBroadcast), load %.1f: %s%n", load(), run.line());
            }
        }
        System.exit(0);
    }

    private static List<Setup> setups(String names) {
        List<Setup> setups = new ArrayList<>();
        for (String name : names.split(",")) {
            setups.add(
                    switch (name.strip()) {
                        case "sqlite" -> Setup.SQLITE;
                        case "postgres" -> Setup.POSTGRES;
                        case "postgres2" -> Setup.POSTGRES_TWO;
                        default ->
                            throw new IllegalArgumentException(
                                    "unknown setup " + name + ": expected sqlite, postgres or postgres2");
                    });
        }
        return setups;
    }

    private static List<Setup> rotated(List<Setup> setups, int round) {
        List<Setup> order = new ArrayList<>(setups);
        java.util.Collections.rotate(order, -round);
        return order;
    }

    /** One fan-out of one article to {@code chats} chats with {@code limits}, in a new database. */
    static Run fanOut(Setup setup, DeliveryLimits limits, int chats, PostgresCpu server) throws Exception {
        Path dir = Files.createTempDirectory("fanout");
        Storage storage =
                setup.postgres() ? PostgresForTests.freshSchema() : new Storage.Sqlite(dir.resolve("talkwatch.db"));
        List<Stores> instances = new ArrayList<>();
        try (FakeBotApi telegram = new FakeBotApi().countOnly().start()) {
            for (int i = 0; i < setup.instances; i++) {
                instances.add(Stores.open(storage, Clock.systemUTC()));
            }
            try (Connection connection = TestDatabase.connect(storage)) {
                subscribe(connection, chats);
            }
            long queueStart = System.nanoTime();
            instances.get(0).articles().save(FanOutBenchmark.article()).orElseThrow();
            double queueSeconds = (System.nanoTime() - queueStart) / 1e9;
            List<Deliverer> deliverers = new ArrayList<>();
            for (Stores stores : instances) {
                deliverers.add(deliverer(stores, limits, telegram));
            }
            long jdbcStart = JdbcCpu.nanos();
            double serverStart = server.seconds();
            long cpuStart = processCpuNanos();
            long start = System.nanoTime();
            List<Thread> loops = new ArrayList<>();
            for (Deliverer deliverer : deliverers) {
                Thread loop = new Thread(deliverer, "bench-deliverer-" + loops.size());
                loop.start();
                loops.add(loop);
            }
            awaitNothingPending(storage);
            double seconds = (System.nanoTime() - start) / 1e9;
            double jvmCpu = (processCpuNanos() - cpuStart) / 1e9;
            double serverCpu = server.seconds() - serverStart;
            double jdbcCpu = (JdbcCpu.nanos() - jdbcStart) / 1e9;
            long loopNanos = 0;
            for (Thread loop : loops) {
                loopNanos += ManagementFactory.getThreadMXBean().getThreadCpuTime(loop.getId());
            }
            deliverers.forEach(Deliverer::stop);
            for (Thread loop : loops) {
                loop.join();
            }
            Map<Long, Integer> counts = telegram.messageCounts();
            return new Run(
                    setup,
                    chats,
                    queueSeconds,
                    seconds,
                    (int) counts.keySet().stream().filter(chat -> chat <= chats).count(),
                    counts.values().stream().mapToInt(Integer::intValue).sum(),
                    telegram.busiestSecond(),
                    jvmCpu,
                    loopNanos / 1e9,
                    jdbcCpu,
                    serverCpu);
        } finally {
            instances.forEach(Stores::close);
            if (storage instanceof Storage.Postgres postgres) {
                PostgresForTests.drop(postgres);
            }
            try (var files = Files.list(dir)) {
                for (Path file : files.toList()) {
                    Files.delete(file);
                }
            }
            Files.delete(dir);
        }
    }

    /**
     * A sender as {@code run} wires it, but for the overall rate when uncapped: on PostgreSQL at the ceiling the
     * cluster's schedule in the database, otherwise this JVM's own.
     */
    private static Deliverer deliverer(Stores stores, DeliveryLimits limits, FakeBotApi telegram) {
        Clock clock = Clock.systemUTC();
        boolean shared =
                stores.database().shared().isPresent() && limits.globalPerSecond() <= CEILING.globalPerSecond();
        Pacer pacer = shared
                ? Pacer.shared(limits, new SendSlots(stores.database()), clock.instant())
                : new Pacer(limits, clock.instant());
        return new Deliverer(
                stores.outbox(),
                stores.subscriptions(),
                new OkHttpTelegramClient(TelegramHttp.client(CONCURRENCY), telegram.token(), telegram.telegramUrl()),
                new MessageFormatter(),
                new Deliverer.Options(limits, CONCURRENCY),
                pacer,
                clock);
    }

    /** Bulk insert: the subscriptions are the setting, not what is measured. The same SQL on both databases. */
    static void subscribe(Connection connection, int chats) throws SQLException {
        connection.setAutoCommit(false);
        try (PreparedStatement chat = connection.prepareStatement(
                        "INSERT INTO chat (chat_id, type, active, updated_at) VALUES (?, 'private', 1, 0)");
                PreparedStatement subscription = connection.prepareStatement(
                        "INSERT INTO subscription (chat_id, topic_id, created_at) VALUES (?, 'astana', 0)")) {
            for (long id = 1; id <= chats; id++) {
                chat.setLong(1, id);
                chat.addBatch();
                subscription.setLong(1, id);
                subscription.addBatch();
            }
            chat.executeBatch();
            subscription.executeBatch();
        }
        connection.commit();
        if (connection.getMetaData().getURL().startsWith("jdbc:postgresql:")) {
            try (Statement analyze = connection.createStatement()) {
                analyze.execute("ANALYZE chat; ANALYZE subscription");
            }
            connection.commit();
        }
    }

    /**
     * Waits until no delivery is pending or in flight, i.e. every answer is recorded. Asks whether one is left, not how
     * many, as {@link FanOutBenchmark} does.
     */
    private static void awaitNothingPending(Storage storage) throws Exception {
        try (Connection connection = TestDatabase.connect(storage);
                PreparedStatement left = connection.prepareStatement(
                        "SELECT EXISTS (SELECT 1 FROM delivery WHERE status IN ('pending', 'sending'))")) {
            while (true) {
                try (ResultSet rows = left.executeQuery()) {
                    if (rows.next() && !rows.getBoolean(1)) {
                        return;
                    }
                }
                Thread.sleep(20);
            }
        }
    }

    private static String describe(Storage.Postgres storage) throws SQLException {
        try (Connection connection = PostgresForTests.connect(storage);
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT version(), current_setting('shared_buffers'),"
                        + " current_setting('synchronous_commit'), current_setting('fsync')")) {
            rows.next();
            String version = rows.getString(1);
            return String.format(
                    "%s; shared_buffers %s, synchronous_commit %s, fsync %s",
                    version.substring(0, version.indexOf(" on ")),
                    rows.getString(2),
                    rows.getString(3),
                    rows.getString(4));
        }
    }

    private static double load() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
