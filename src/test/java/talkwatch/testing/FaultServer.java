package talkwatch.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** An HTTP server on a loopback address with one handler per path, each request on its own thread. */
public final class FaultServer implements AutoCloseable {
    private final HttpServer server;
    private final String host;
    private final ExecutorService executor = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "fault-http");
        t.setDaemon(true);
        return t;
    });

    public FaultServer() {
        this("127.0.0.1");
    }

    public FaultServer(String host) {
        this.host = host;
        try {
            server = HttpServer.create(new InetSocketAddress(host, 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(executor);
        server.start();
    }

    public FaultServer route(String path, HttpHandler handler) {
        server.createContext(path, exchange -> {
            try (exchange) {
                handler.handle(exchange);
            } catch (IOException e) {
                // the client hung up (timeout or size cap): expected for several faults
            }
        });
        return this;
    }

    public FaultServer serve(String path, int status, byte[] body, String contentType) {
        return route(path, exchange -> send(exchange, status, body, contentType));
    }

    public URI url(String path) {
        return URI.create("http://" + host + ":" + server.getAddress().getPort() + path);
    }

    public static void send(HttpExchange exchange, int status, byte[] body, String contentType) throws IOException {
        if (contentType != null) {
            exchange.getResponseHeaders().set("Content-Type", contentType);
        }
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
