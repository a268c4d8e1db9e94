package talkwatch.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * How long the daily forgetting takes on a large store, and how long it holds up the sender meanwhile. Builds a
 * SQLite file with {@code days} days of history: {@code perDay} articles a day, of which one in 40 is about a topic
 * and has a sent delivery to each of {@code chats} chats; then forgets what is older than {@code keep} days while
 * another thread records delivery answers in a loop (as the sender does), and prints the time taken and how long
 * that writer's answers took, before (store idle) and during the forgetting.
 *
 * <pre>
 * mvn -q -B test-compile exec:exec -Dexec.executable=java \
 *     -Dexec.args="-Xmx256m -cp %classpath talkwatch.store.RetentionBenchmark 180 1000 500 90"
 * </pre>
 */
public final class RetentionBenchmark {

    public static void main(String[] args) throws Exception {
        int days = args.length > 0 ? Integer.parseInt(args[0]) : 180;
        int perDay = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        int chats = args.length > 2 ? Integer.parseInt(args[2]) : 500;
        int keep = args.length > 3 ? Integer.parseInt(args[3]) : 90;
        Path dir = Files.createTempDirectory("talkwatch-retention");
        Path file = dir.resolve("talkwatch.db");
        Database database = Database.open(file);
        Instant now = Instant.parse("2026-11-29T00:00:00Z");

        long built = System.nanoTime();
        long deliveries = fill(database, now, days, perDay, chats);
        System.out.printf(
                "store: %d days x %d articles (1 in 40 topical, %d chats each): %d articles, %d deliveries, %d MB;"
                        + " built in %.1f s%n",
                days,
                perDay,
                chats,
                (long) days * perDay,
                deliveries,
                Files.size(file) >> 20,
                (System.nanoTime() - built) / 1e9);

        Outbox outbox = new Outbox(database, Clock.systemUTC());
        long pendingId = pendingDelivery(database, now);
        AtomicBoolean running = new AtomicBoolean(true);
        List<Long> idle = Collections.synchronizedList(new ArrayList<>());
        List<Long> during = Collections.synchronizedList(new ArrayList<>());
        AtomicReference<List<Long>> waits = new AtomicReference<>(idle);
        Thread sender = new Thread(() -> {
            while (running.get()) {
                long start = System.nanoTime();
                outbox.retryAt(pendingId, now, "benchmark");
                waits.get().add(System.nanoTime() - start);
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sender.start();
        Thread.sleep(2000);
        waits.set(during);
        long start = System.nanoTime();
        Retention.Forgotten forgotten = new Retention(database).forgetBefore(now.minus(Duration.ofDays(keep)));
        double seconds = (System.nanoTime() - start) / 1e9;
        waits.set(new ArrayList<>());
        running.set(false);
        sender.join();

        System.out.printf(
                "forgot %d articles and %d deliveries in %.2f s (%.0f articles/s, %.0f deliveries/s)%n",
                forgotten.articles(),
                forgotten.deliveries(),
                seconds,
                forgotten.articles() / seconds,
                forgotten.deliveries() / seconds);
        printWaits("a sender's answer, store idle   ", idle);
        printWaits("a sender's answer, while forgetting", during);
        System.out.printf("file after: %d MB (SQLite reuses the freed pages)%n", Files.size(file) >> 20);
    }

    private static void printWaits(String label, List<Long> waits) {
        List<Long> sorted = new ArrayList<>(waits);
        Collections.sort(sorted);
        System.out.printf(
                "%s: %d writes, median %.1f ms, p99 %.1f ms, longest %.1f ms%n",
                label,
                sorted.size(),
                sorted.get(sorted.size() / 2) / 1e6,
                sorted.get((int) (sorted.size() * 0.99)) / 1e6,
                sorted.get(sorted.size() - 1) / 1e6);
    }

    private static long fill(Database database, Instant now, int days, int perDay, int chats) {
        database.transaction("subscribing the benchmark chats", connection -> {
            try (PreparedStatement chat = connection.prepareStatement(
                    "INSERT INTO chat (chat_id, type, updated_at) VALUES (?, 'private', 0)")) {
                for (int c = 1; c <= chats; c++) {
                    chat.setLong(1, c);
                    chat.addBatch();
                }
                chat.executeBatch();
            }
            return null;
        });
        long deliveries = 0;
        long id = 0;
        for (int day = days; day > 0; day--) {
            long dayStart = now.minus(Duration.ofDays(day)).toEpochMilli();
            long first = id;
            id += perDay;
            deliveries += database.transaction("filling day " + day, connection -> {
                long queued = 0;
                try (PreparedStatement article = connection.prepareStatement(
                                "INSERT INTO article (id, article_key, feed_id, source_name, link, title, summary,"
                                        + " published_at, seen_at, last_served_at)"
                                        + " VALUES (?, ?, 'feed', 'المصدر', ?, 'عنوان الخبر عن محادثات أستانا',"
                                        + " ?, ?, ?, ?)");
                        PreparedStatement topic = connection.prepareStatement(
                                "INSERT INTO article_topic (article_id, topic_id) VALUES (?, 'astana')");
                        PreparedStatement delivery = connection.prepareStatement(
                                "INSERT INTO delivery (article_id, chat_id, status, attempts, next_attempt_at,"
                                        + " message_id, sent_at, created_at) VALUES (?, ?, 'sent', 1, ?, 1, ?, ?)")) {
                    for (long a = first + 1; a <= first + perDay; a++) {
                        long at = dayStart + (a - first) * 60_000;
                        boolean topical = a % 40 == 0;
                        article.setLong(1, a);
                        article.setString(2, "https://example.org/news/" + a);
                        article.setString(3, "https://example.org/news/" + a);
                        article.setString(4, topical ? "الجملة الأولى من الملخص.\nالجملة الثانية." : null);
                        article.setLong(5, at);
                        article.setLong(6, at);
                        article.setLong(7, at);
                        article.addBatch();
                        if (topical) {
                            topic.setLong(1, a);
                            topic.addBatch();
                            for (int c = 1; c <= chats; c++) {
                                delivery.setLong(1, a);
                                delivery.setLong(2, c);
                                delivery.setLong(3, at);
                                delivery.setLong(4, at);
                                delivery.setLong(5, at);
                                delivery.addBatch();
                                queued++;
                            }
                        }
                    }
                    article.executeBatch();
                    topic.executeBatch();
                    delivery.executeBatch();
                }
                return queued;
            });
        }
        return deliveries;
    }

    /** A pending delivery of a recent article, for the writer that stands in for the sender. */
    private static long pendingDelivery(Database database, Instant now) {
        return database.transaction("queueing the benchmark's pending delivery", connection -> {
            try (PreparedStatement article = connection.prepareStatement(
                    "INSERT INTO article (article_key, feed_id, source_name, title, published_at, seen_at,"
                            + " last_served_at) VALUES ('pending', 'feed', 'المصدر', 'خبر', ?, ?, ?)")) {
                article.setLong(1, now.toEpochMilli());
                article.setLong(2, now.toEpochMilli());
                article.setLong(3, now.toEpochMilli());
                article.executeUpdate();
            }
            try (PreparedStatement delivery = connection.prepareStatement(
                    "INSERT INTO delivery (article_id, chat_id, status, next_attempt_at, created_at)"
                            + " SELECT id, 1, 'pending', ?, ? FROM article WHERE article_key = 'pending'"
                            + " RETURNING id")) {
                delivery.setLong(1, now.toEpochMilli());
                delivery.setLong(2, now.toEpochMilli());
                try (var rows = delivery.executeQuery()) {
                    rows.next();
                    return rows.getLong(1);
                }
            }
        });
    }
}
