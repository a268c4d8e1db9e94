package talkwatch.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** Serves feeds over real HTTP on 127.0.0.1, with ETags so that conditional GET answers 304. */
public final class FeedServer implements AutoCloseable {

    private final HttpServer server;
    private final Map<String, String> bodies = new ConcurrentHashMap<>();
    private final Map<String, Integer> failures = new ConcurrentHashMap<>();
    private final AtomicInteger requests = new AtomicInteger();
    private final AtomicInteger notModified = new AtomicInteger();

    public FeedServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::serve);
        server.start();
    }

    /** Publishes {@code xml} at {@code path}; returns its URL. */
    public URI publish(String path, String xml) {
        bodies.put(path, xml);
        failures.remove(path);
        return url(path);
    }

    /** Makes {@code path} answer with an HTTP error status. */
    public URI fail(String path, int status) {
        failures.put(path, status);
        return url(path);
    }

    public URI url(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    public int requests() {
        return requests.get();
    }

    public int notModified() {
        return notModified.get();
    }

    private void serve(HttpExchange exchange) throws IOException {
        requests.incrementAndGet();
        String path = exchange.getRequestURI().getPath();
        Integer failure = failures.get(path);
        String body = bodies.get(path);
        if (failure != null || body == null) {
            exchange.sendResponseHeaders(failure != null ? failure : 404, -1);
            exchange.close();
            return;
        }
        String etag = "\"" + Integer.toHexString(body.hashCode()) + "\"";
        exchange.getResponseHeaders().set("ETag", etag);
        if (etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
            notModified.incrementAndGet();
            exchange.sendResponseHeaders(304, -1);
            exchange.close();
            return;
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/rss+xml; charset=utf-8");
        exchange.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
