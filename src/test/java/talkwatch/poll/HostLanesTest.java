package talkwatch.poll;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class HostLanesTest {

    @Test
    void neverRunsMoreThanTheLimitPerHostNorOverall() throws Exception {
        List<URI> items = new ArrayList<>();
        for (int host = 2; host <= 7; host++) {
            for (int i = 0; i < 6; i++) {
                items.add(URI.create("http://127.0.0." + host + "/feed" + i));
            }
        }
        Map<String, AtomicInteger> running = new ConcurrentHashMap<>();
        Map<String, Integer> peak = new ConcurrentHashMap<>();
        AtomicInteger all = new AtomicInteger();
        AtomicInteger allPeak = new AtomicInteger();

        new HostLanes(10, 3).run(items, uri -> uri, uri -> {
            AtomicInteger host = running.computeIfAbsent(uri.getHost(), h -> new AtomicInteger());
            int now = host.incrementAndGet();
            peak.merge(uri.getHost(), now, Math::max);
            allPeak.accumulateAndGet(all.incrementAndGet(), Math::max);
            sleep(40);
            all.decrementAndGet();
            host.decrementAndGet();
        });

        assertThat(peak).hasSize(6).allSatisfy((host, max) -> assertThat(max).isBetween(1, 3));
        assertThat(allPeak.get()).isBetween(1, 10);
    }

    @Test
    void aSlowHostHoldsBackOnlyItself() throws Exception {
        List<URI> items = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            items.add(URI.create("http://slow.example/" + i));
        }
        for (int i = 0; i < 40; i++) {
            items.add(URI.create("http://fast" + (i % 10) + ".example/" + i));
        }
        long start = System.nanoTime();

        new HostLanes(16, 4).run(items, uri -> uri, uri -> sleep(uri.getHost().equals("slow.example") ? 300 : 20));

        // the slow host alone needs 8 / 4 × 300 ms = 600 ms; one after the other it would be 3.2 s
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(1500));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
