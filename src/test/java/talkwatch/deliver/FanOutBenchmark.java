package talkwatch.deliver;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.generics.TelegramClient;
import talkwatch.Stores;
import talkwatch.fake.FakeBotApi;
import talkwatch.feed.Article;
import talkwatch.store.NewArticle;

/**
 * Fan-out of one article to many chats against the fake Bot API, in this JVM (run it with -Xmx256m to show the heap
 * suffices). After a long warm-up, each size runs three rounds; a round is the sender's fan-out and the same requests
 * sent by a bare client, in alternating order. Prints each round (queueing time, messages per second, process CPU
 * per message, the delivery loop's own CPU per message, peak heap), the medians, then a run against a fake enforcing
 * 30 msg/s. Not a test: see docs/BENCHMARKS.md for the command.
 */
public final class FanOutBenchmark {

    private static final int CONCURRENCY = 128;
    private static final int WARM_UP = 20_000;
    private static final int ROUNDS = 3;

    /** One fan-out by the sender. */
    private record SenderRun(
            int queued, double queueSeconds, int sent, double rate, double cpuMs, long peakHeap, double loopMicros) {}

    /** The bare client's rate and process CPU per message. */
    private record BareRun(double rate, double cpuMs) {}

    public static void main(String[] args) throws Exception {
        int[] sizes = args.length == 0 ? new int[] {10_000, 100_000} : parse(args);
        // Warm-up, not reported: the JIT compiles the HTTP client, the fake, the JSON code and the sender twice
        // over before anything is measured. With a short warm-up the bare client kept getting faster from run to
        // run (2,900 then 6,200 then 8,500 msg/s in one JVM), so whichever ran last looked better.
        for (int i = 0; i < 2; i++) {
            pair(WARM_UP, i % 2 == 0);
        }
        for (int chats : sizes) {
            List<SenderRun> senders = new ArrayList<>();
            List<BareRun> bares = new ArrayList<>();
            List<Double> ratios = new ArrayList<>();
            for (int round = 0; round < ROUNDS; round++) {
                // The order alternates, so that neither side always runs on the warmer JVM.
                Pair pair = pair(chats, round % 2 == 0);
                senders.add(pair.sender());
                bares.add(pair.bare());
                ratios.add(pair.sender().rate() / pair.bare().rate());
                System.out.printf(
                        "fan-out %,d chats, round %d (%s first): queued %,d in %.2f s; sender %,.0f msg/s"
                                + " (process CPU %.2f ms/msg, delivery loop %.0f µs/msg), peak heap %,d MB;"
                                + " bare client %,.0f msg/s (CPU %.2f ms/msg); sender at %.0f%% of the bare rate%n",
                        chats,
                        round + 1,
                        round % 2 == 0 ? "sender" : "bare",
                        pair.sender().queued(),
                        pair.sender().queueSeconds(),
                        pair.sender().rate(),
                        pair.sender().cpuMs(),
                        pair.sender().loopMicros(),
                        pair.sender().peakHeap() >> 20,
                        pair.bare().rate(),
                        pair.bare().cpuMs(),
                        100 * ratios.get(round));
            }
            System.out.printf(
                    "fan-out %,d chats, median of %d rounds: sender %,.0f msg/s, bare client %,.0f msg/s, sender at"
                            + " %.0f%% of the bare rate; delivery loop %.0f µs/msg; slowest queueing %.2f s;"
                            + " highest peak heap %,d MB; every chat got its message: %s%n",
                    chats,
                    ROUNDS,
                    median(senders.stream().map(SenderRun::rate).toList()),
                    median(bares.stream().map(BareRun::rate).toList()),
                    100 * median(ratios),
                    median(senders.stream().map(SenderRun::loopMicros).toList()),
                    senders.stream().mapToDouble(SenderRun::queueSeconds).max().orElse(0),
                    senders.stream().mapToLong(SenderRun::peakHeap).max().orElse(0) >> 20,
                    senders.stream().allMatch(run -> run.sent() == chats));
        }
        enforcedRate(300);
        System.exit(0);
    }

    private record Pair(SenderRun sender, BareRun bare) {}

    /** The sender's fan-out and the bare client's, against one fake, in the given order. */
    private static Pair pair(int chats, boolean senderFirst) throws Exception {
        Path dir = Files.createTempDirectory("fanout");
        try (FakeBotApi telegram = new FakeBotApi().countOnly().start()) {
            Stores stores = Stores.open(dir.resolve("talkwatch.db"), Clock.systemUTC());
            subscribe(dir.resolve("talkwatch.db"), chats);
            long queueStart = System.nanoTime();
            int queued = stores.articles().save(article()).orElseThrow();
            double queueSeconds = (System.nanoTime() - queueStart) / 1e9;
            String html = new MessageFormatter()
                    .parts(stores.articles()
                            .latest(java.util.Optional.empty(), 1)
                            .get(0))
                    .get(0);
            BareRun bare = senderFirst ? null : bareClient(telegram, chats, html);
            SenderRun sender = sender(telegram, stores, dir.resolve("talkwatch.db"), chats, queued, queueSeconds);
            return new Pair(sender, senderFirst ? bareClient(telegram, chats, html) : bare);
        }
    }

    private static SenderRun sender(
            FakeBotApi telegram, Stores stores, Path database, int chats, int queued, double queueSeconds)
            throws Exception {
        HeapWatch heap = HeapWatch.start();
        Deliverer deliverer = new Deliverer(
                stores.outbox(),
                stores.subscriptions(),
                client(telegram),
                new MessageFormatter(),
                new Deliverer.Options(new DeliveryLimits(1_000_000, 1, 20, false), CONCURRENCY),
                Clock.systemUTC());
        long start = System.nanoTime();
        long cpuStart = processCpuNanos();
        Thread loop = new Thread(deliverer, "bench-deliverer");
        loop.start();
        awaitNothingPending(database);
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpu = (processCpuNanos() - cpuStart) / 1e9;
        // The loop thread claims, records, paces and composes: what the sender adds to the HTTP requests.
        long loopNanos = ManagementFactory.getThreadMXBean().getThreadCpuTime(loop.getId());
        deliverer.stop();
        loop.join();
        long peak = heap.stop();
        int sent = (int) telegram.messageCounts().keySet().stream()
                .filter(chat -> chat <= chats)
                .count();
        return new SenderRun(
                queued, queueSeconds, sent, chats / seconds, 1000 * cpu / chats, peak, loopNanos / 1e3 / chats);
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    /** The same sendMessage requests, as fast as a plain client with the same concurrency sends them. */
    private static BareRun bareClient(FakeBotApi telegram, int chats, String html) throws Exception {
        TelegramClient client = client(telegram);
        ExecutorService pool = Executors.newFixedThreadPool(CONCURRENCY);
        AtomicLong next = new AtomicLong(1);
        long start = System.nanoTime();
        long cpuStart = processCpuNanos();
        for (int t = 0; t < CONCURRENCY; t++) {
            pool.execute(() -> {
                for (long chat = next.getAndIncrement(); chat <= chats; chat = next.getAndIncrement()) {
                    try {
                        client.execute(
                                Sender.message(chat + 10_000_000, java.util.Optional.empty(), html, true, false));
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(10, TimeUnit.MINUTES);
        double seconds = (System.nanoTime() - start) / 1e9;
        return new BareRun(chats / seconds, (processCpuNanos() - cpuStart) / 1e6 / chats);
    }

    /**
     * Waits until no delivery is pending or in flight, i.e. every answer is recorded. Asks whether one is
     * left, not how many: counting 100,000 rows ten times a second would load the sender being measured.
     */
    private static void awaitNothingPending(Path database) throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + database);
                PreparedStatement left = connection.prepareStatement(
                        "SELECT EXISTS (SELECT 1 FROM delivery WHERE status IN ('pending', 'sending'))")) {
            while (true) {
                try (var rows = left.executeQuery()) {
                    if (rows.next() && rows.getInt(1) == 0) {
                        return;
                    }
                }
                Thread.sleep(20);
            }
        }
    }

    /** CPU time of the whole JVM: the sender or bare client, the fake, the JIT and the GC. */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static void enforcedRate(int chats) throws Exception {
        Path dir = Files.createTempDirectory("fanout");
        try (FakeBotApi telegram = new FakeBotApi().countOnly().start()) {
            telegram.enforceRate(30);
            Stores stores = Stores.open(dir.resolve("talkwatch.db"), Clock.systemUTC());
            subscribe(dir.resolve("talkwatch.db"), chats);
            stores.articles().save(article());
            Deliverer deliverer = new Deliverer(
                    stores.outbox(),
                    stores.subscriptions(),
                    client(telegram),
                    new MessageFormatter(),
                    Deliverer.Options.of(DeliveryLimits.defaults()),
                    Clock.systemUTC());
            long start = System.nanoTime();
            Thread sender = new Thread(deliverer, "bench-deliverer");
            sender.start();
            while (stores.outbox().pending() > 0) {
                Thread.sleep(20);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            deliverer.stop();
            sender.join();
            double rate = chats / seconds;
            System.out.printf(
                    "fake enforcing 30 msg/s, default limits (25/s): %,d chats in %.2f s = %.1f msg/s (%.0f%% of 30);"
                            + " 429 answers: %d%n",
                    chats, seconds, rate, 100 * rate / 30, telegram.tooManyRequestsSent());
        }
    }

    private static TelegramClient client(FakeBotApi telegram) {
        return new OkHttpTelegramClient(TelegramHttp.client(CONCURRENCY), telegram.token(), telegram.telegramUrl());
    }

    /** Bulk insert: the subscriptions are the setting, not what is measured. */
    private static void subscribe(Path database, int chats) throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + database)) {
            DatabaseFanOutBenchmark.subscribe(connection, chats);
        }
    }

    static NewArticle article() {
        return new NewArticle(
                new Article(
                        "news",
                        "bench",
                        "https://example.org/bench",
                        "محادثات أستانا تحدد موعد الجولة المقبلة في 3 و4 مايو",
                        "نص",
                        Instant.parse("2026-11-29T08:00:00Z")),
                "وكالة الاختبار",
                List.of("astana"),
                List.of(
                        "حدد مندوبو روسيا وتركيا وإيران موعد الجولة التالية من محادثات أستانا.",
                        "وقال المبعوث الأممي Staffan de Mistura إن القرار 2254 يبقى الأساس.",
                        "وأضاف كمالدينوف أن الجولة التالية ستعقد في الثالث والرابع من مايو/أيار."));
    }

    private static int[] parse(String[] args) {
        int[] sizes = new int[args.length];
        for (int i = 0; i < args.length; i++) {
            sizes[i] = Integer.parseInt(args[i].replace("_", ""));
        }
        return sizes;
    }

    /** Samples the used heap every 20 ms and keeps the highest value. */
    private static final class HeapWatch {
        private final Thread thread;
        private volatile boolean running = true;
        private volatile long peak;

        private HeapWatch() {
            thread = new Thread(() -> {
                while (running) {
                    long used = ManagementFactory.getMemoryMXBean()
                            .getHeapMemoryUsage()
                            .getUsed();
                    peak = Math.max(peak, used);
                    try {
                        Thread.sleep(20);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
        }

        static HeapWatch start() {
            System.gc();
            HeapWatch watch = new HeapWatch();
            watch.thread.start();
            return watch;
        }

        long stop() throws InterruptedException {
            running = false;
            thread.join();
            return peak;
        }
    }
}
