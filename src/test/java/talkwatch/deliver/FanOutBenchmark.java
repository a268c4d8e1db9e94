package talkwatch.deliver;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Instant;
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
import talkwatch.store.StoredArticle;

/**
 * Fan-out of one article to many chats against the fake Bot API, in this JVM (run it with -Xmx256m to
 * show the heap suffices). Prints queueing time, messages per second, peak heap, and the same requests
 * sent by a bare client for comparison; then a run against a fake enforcing 30 msg/s. Not a test:
 * see docs/BENCHMARKS.md for the command.
 */
public final class FanOutBenchmark {

    private static final int CONCURRENCY = 128;
    private static final int WARM_UP = 5_000;

    public static void main(String[] args) throws Exception {
        int[] sizes = args.length == 0 ? new int[] {10_000, 100_000} : parse(args);
        // Warm-up, not reported: the JIT compiles the HTTP client, the fake and the JSON code once, for the
        // sender and the bare client alike. Without it the first sender run pays that for both.
        fanOut(WARM_UP, false);
        for (int chats : sizes) {
            fanOut(chats, true);
        }
        enforcedRate(300);
        System.exit(0);
    }

    private static void fanOut(int chats, boolean report) throws Exception {
        Path dir = Files.createTempDirectory("fanout");
        try (FakeBotApi telegram = new FakeBotApi().countOnly().start()) {
            Stores stores = Stores.open(dir.resolve("talkwatch.db"), Clock.systemUTC());
            subscribe(dir.resolve("talkwatch.db"), chats);
            long queueStart = System.nanoTime();
            int queued = stores.articles().save(article()).orElseThrow();
            double queueSeconds = (System.nanoTime() - queueStart) / 1e9;

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
            Thread sender = new Thread(deliverer, "bench-deliverer");
            sender.start();
            awaitNothingPending(dir.resolve("talkwatch.db"));
            double seconds = (System.nanoTime() - start) / 1e9;
            double cpu = (processCpuNanos() - cpuStart) / 1e9;
            deliverer.stop();
            sender.join();
            long peak = heap.stop();
            int sent = telegram.messageCounts().size();

            long bareCpuStart = processCpuNanos();
            double bare = bareClient(telegram, chats, stores);
            double bareCpu = (processCpuNanos() - bareCpuStart) / 1e9;
            if (!report) {
                return;
            }
            System.out.printf(
                    "fan-out %,d chats: queued %,d in %.2f s; sent to %,d chats in %.2f s = %,.0f msg/s"
                            + " (process CPU %.2f ms/msg); peak heap %,d MB; bare client %,.0f msg/s (CPU %.2f ms/msg);"
                            + " sender at %.0f%% of its rate, %.0f%% of its CPU per message%n",
                    chats,
                    queued,
                    queueSeconds,
                    sent,
                    seconds,
                    chats / seconds,
                    1000 * cpu / chats,
                    peak >> 20,
                    bare,
                    1000 * bareCpu / chats,
                    100 * (chats / seconds) / bare,
                    100 * cpu / bareCpu);
        }
    }

    /** The same sendMessage requests, as fast as a plain client with the same concurrency sends them. */
    private static double bareClient(FakeBotApi telegram, int chats, Stores stores) throws Exception {
        TelegramClient client = client(telegram);
        StoredArticle stored =
                stores.articles().latest(java.util.Optional.empty(), 1).get(0);
        String html = new MessageFormatter().parts(stored).get(0);
        ExecutorService pool = Executors.newFixedThreadPool(CONCURRENCY);
        AtomicLong next = new AtomicLong(1);
        long start = System.nanoTime();
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
        return chats / ((System.nanoTime() - start) / 1e9);
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
        }
    }

    private static NewArticle article() {
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
