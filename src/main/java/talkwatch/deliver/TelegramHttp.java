package talkwatch.deliver;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;

/** The HTTP client under the Telegram client: sized for the messages the sender keeps in flight. */
public final class TelegramHttp {

    private TelegramHttp() {}

    /**
     * Lets {@code inFlight} requests run at once and keeps a connection for each alive, so sending never
     * waits for a TCP handshake. The Telegram client's blocking calls go through OkHttp's dispatcher, which
     * by default runs at most 5 requests per host and queues the rest, whatever the number of callers. Nagle's
     * algorithm is off ({@link NoDelaySockets}), so a large request does not wait on the server's delayed ACK.
     */
    public static OkHttpClient client(int inFlight) {
        Dispatcher dispatcher = new Dispatcher();
        dispatcher.setMaxRequests(Math.max(64, inFlight));
        dispatcher.setMaxRequestsPerHost(inFlight);
        return new OkHttpClient.Builder()
                .dispatcher(dispatcher)
                .connectionPool(new ConnectionPool(inFlight + 2, 5, TimeUnit.MINUTES))
                .connectTimeout(Duration.ofSeconds(10))
                .readTimeout(Duration.ofSeconds(30))
                .socketFactory(new NoDelaySockets())
                .build();
    }
}
