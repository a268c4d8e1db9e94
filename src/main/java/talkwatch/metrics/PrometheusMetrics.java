package talkwatch.metrics;

import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.GaugeWithCallback;
import io.prometheus.metrics.core.metrics.Histogram;
import io.prometheus.metrics.instrumentation.jvm.JvmMetrics;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import io.prometheus.metrics.model.snapshots.Unit;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import talkwatch.store.Outbox;
import talkwatch.store.StoreException;

/**
 * The counts, served in Prometheus' text format at {@code /metrics} on {@code metrics.listen} ({@link
 * ScrapeEndpoint}), names prefixed {@code
 * talkwatch_}, in base units (https://prometheus.io/docs/practices/naming/), with the JVM's basics beside them. The
 * outbox is read from the database at each scrape, so every instance on one database reports the same depth.
 * Thread-safe.
 */
public final class PrometheusMetrics implements Metrics, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(PrometheusMetrics.class);
    /** A cycle takes a second over a few feeds and a minute over thousands, or on slow servers. */
    private static final double[] CYCLE_SECONDS = {0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300};

    private final Histogram pollCycles;
    private final Counter feeds;
    private final Counter fresh;
    private final Counter matched;
    private final Counter sends;
    private final ScrapeEndpoint server;
    private final AtomicBoolean closed = new AtomicBoolean();

    private PrometheusMetrics(InetSocketAddress address, Outbox outbox, Clock clock) throws IOException {
        PrometheusRegistry registry = new PrometheusRegistry();
        pollCycles = Histogram.builder()
                .name("talkwatch_poll_cycle_duration_seconds")
                .help("How long a poll cycle over the feeds took")
                .unit(Unit.SECONDS)
                .classicOnly()
                .classicUpperBounds(CYCLE_SECONDS)
                .register(registry);
        feeds = Counter.builder()
                .name("talkwatch_feed_polls_total")
                .help("Feeds polled, by how it went: ok, not_modified (HTTP 304), error, skipped (not due yet)")
                .labelNames("status")
                .register(registry);
        for (String status : new String[] {"ok", "not_modified", "error", "skipped"}) {
            feeds.initLabelValues(status);
        }
        fresh = Counter.builder()
                .name("talkwatch_articles_new_total")
                .help("Articles the feeds brought that were never seen before")
                .register(registry);
        matched = Counter.builder()
                .name("talkwatch_articles_matched_total")
                .help("New articles about at least one topic")
                .register(registry);
        sends = Counter.builder()
                .name("talkwatch_sends_total")
                .help("Messages of the outbox sent to Telegram, by its answer: sent, 429 (flood control, sent again"
                        + " later), blocked (the chat is gone), error")
                .labelNames("outcome")
                .register(registry);
        for (Send outcome : Send.values()) {
            sends.initLabelValues(outcome.label());
        }
        GaugeWithCallback.builder()
                .name("talkwatch_outbox_depth")
                .help("Deliveries waiting to be sent or answered (pending or in flight)")
                .callback(callback -> read(() -> outbox.backlog(clock.instant()))
                        .ifPresent(backlog -> callback.call(backlog.waiting())))
                .register(registry);
        GaugeWithCallback.builder()
                .name("talkwatch_outbox_oldest_age_seconds")
                .help("How long the oldest delivery still waiting has been queued; 0 when none waits")
                .unit(Unit.SECONDS)
                .callback(callback -> read(() -> outbox.backlog(clock.instant()))
                        .ifPresent(backlog -> callback.call(backlog.oldestAge().toMillis() / 1000.0)))
                .register(registry);
        JvmMetrics.builder().register(registry);
        server = new ScrapeEndpoint(address, registry);
    }

    /**
     * Serves the metrics on {@code address}, the outbox's read from {@code outbox} at each scrape.
     *
     * @throws IOException when the address cannot be bound (in use, not this machine's)
     */
    public static PrometheusMetrics start(InetSocketAddress address, Outbox outbox, Clock clock) throws IOException {
        return new PrometheusMetrics(address, outbox, clock);
    }

    /** The port it listens on. */
    public int port() {
        return server.port();
    }

    @Override
    public void pollCycle(Duration duration) {
        pollCycles.observe(duration.toNanos() / 1e9);
    }

    @Override
    public void feedPolled(String status) {
        feeds.labelValues(status).inc();
    }

    @Override
    public void articlesRead(int fresh, int matched) {
        this.fresh.inc(fresh);
        this.matched.inc(matched);
    }

    @Override
    public void sent(Send outcome) {
        sends.labelValues(outcome.label()).inc();
    }

    /** A scrape while the database fails shows the outbox's gauges without a value, and logs why. */
    private static <T> Optional<T> read(Supplier<T> reading) {
        try {
            return Optional.of(reading.get());
        } catch (StoreException e) {
            log.warn("Metrics: could not read the outbox for a scrape: {}", e.getMessage());
            return Optional.empty();
        }
    }

    /** Stops serving; closing again does nothing. */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            server.close();
        }
    }
}
