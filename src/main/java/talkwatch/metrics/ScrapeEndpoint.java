package talkwatch.metrics;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.prometheus.metrics.expositionformats.PrometheusTextFormatWriter;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code GET /metrics} on the JDK's HTTP server, always in Prometheus' text format 0.0.4, which every Prometheus reads
 * whatever format it asks for first (https://prometheus.io/docs/instrumenting/exposition_formats/); other paths get
 * 404, other methods 405. Two threads: scrapes are few.
 */
final class ScrapeEndpoint implements AutoCloseable {

    static final String PATH = "/metrics";
    private static final Logger log = LoggerFactory.getLogger(ScrapeEndpoint.class);

    private final PrometheusRegistry registry;
    private final PrometheusTextFormatWriter writer = PrometheusTextFormatWriter.create();
    private final HttpServer server;
    private final ExecutorService threads;

    ScrapeEndpoint(InetSocketAddress address, PrometheusRegistry registry) throws IOException {
        this.registry = registry;
        this.server = HttpServer.create(address, 0);
        this.threads = Executors.newFixedThreadPool(2, runnable -> {
            Thread thread = new Thread(runnable, "metrics");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(threads);
        server.createContext("/", this::handle);
        server.start();
    }

    int port() {
        return server.getAddress().getPort();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!exchange.getRequestURI().getRawPath().equals(PATH)) {
                exchange.sendResponseHeaders(404, -1);
            } else if (!exchange.getRequestMethod().equals("GET")) {
                exchange.getResponseHeaders().set("Allow", "GET");
                exchange.sendResponseHeaders(405, -1);
            } else {
                scrape(exchange);
            }
        }
    }

    private void scrape(HttpExchange exchange) throws IOException {
        ByteArrayOutputStream text = new ByteArrayOutputStream(16 * 1024);
        try {
            writer.write(text, registry.scrape());
        } catch (RuntimeException e) {
            log.warn("Metrics: a scrape failed: {}", e.toString());
            exchange.sendResponseHeaders(500, -1);
            return;
        }
        exchange.getResponseHeaders().set("Content-Type", writer.getContentType());
        exchange.sendResponseHeaders(200, text.size());
        try (OutputStream body = exchange.getResponseBody()) {
            text.writeTo(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
