package talkwatch.poll;

import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs one task per item with at most {@code overall} at once and at most {@code perHost} per host: each host gets
 * up to {@code perHost} lanes that take its items in turn, and the lanes of all hosts share {@code overall}
 * threads, started host by host in rotation. A slow host then holds back only its own lanes, so a cycle lasts
 * about as long as its slowest host rather than the sum of all.
 */
final class HostLanes {
    private final int overall;
    private final int perHost;

    HostLanes(int overall, int perHost) {
        if (overall < 1 || perHost < 1) {
            throw new IllegalArgumentException(
                    "overall and perHost must be at least 1, were " + overall + ", " + perHost);
        }
        this.overall = overall;
        this.perHost = perHost;
    }

    /** Runs {@code task} on every item and returns when all are done. {@code task} must not throw. */
    <T> void run(List<T> items, Function<T, URI> url, Consumer<T> task) throws InterruptedException {
        Map<String, Queue<T>> byHost = new LinkedHashMap<>();
        for (T item : items) {
            String host = String.valueOf(url.apply(item).getHost()).toLowerCase(Locale.ROOT);
            byHost.computeIfAbsent(host, h -> new ArrayDeque<>()).add(item);
        }
        List<Runnable> lanes = new ArrayList<>();
        for (int lane = 0; lane < perHost; lane++) {
            for (Queue<T> queue : byHost.values()) {
                if (lane < queue.size()) {
                    lanes.add(() -> drain(queue, task));
                }
            }
        }
        if (lanes.isEmpty()) {
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(overall, lanes.size()), runnable -> {
            Thread thread = new Thread(runnable, "poll");
            thread.setDaemon(true);
            return thread;
        });
        try {
            lanes.forEach(pool::execute);
            pool.shutdown();
            while (!pool.awaitTermination(1, TimeUnit.MINUTES)) {
                // a cycle ends when its last feed is done; every fetch has its own timeout
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static <T> void drain(Queue<T> queue, Consumer<T> task) {
        while (true) {
            T next;
            synchronized (queue) {
                next = queue.poll();
            }
            if (next == null) {
                return;
            }
            task.accept(next);
        }
    }
}
