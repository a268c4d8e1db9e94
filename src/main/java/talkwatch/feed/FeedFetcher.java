package talkwatch.feed;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.Charset;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import talkwatch.feed.FeedException.Problem;

/**
 * HTTP side of reading a feed: conditional GET, manual redirects, gzip/deflate, timeouts and a body cap. Returns
 * bytes; what they mean is {@link FeedParser}'s business.
 */
final class FeedFetcher {
    static final int MAX_REDIRECTS = 5;
    private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);
    private static final String ACCEPT =
            "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.8";

    sealed interface Response {
        ServerHints hints();

        record NotModified(ServerHints hints) implements Response {}

        /** A 2xx body, already decoded from gzip/deflate, with the charset named in Content-Type if any. */
        record Body(byte[] bytes, Optional<Charset> charset, FeedState state, ServerHints hints) implements Response {}
    }

    private final FeedReader.Options options;
    private final HttpClient client;

    FeedFetcher(FeedReader.Options options) {
        this.options = options;
        // Redirects are followed by hand: the client's own policy has no hop limit we can set per request
        // and would follow https -> http silently.
        this.client = HttpClient.newBuilder()
                .connectTimeout(options.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1)
                .build();
    }

    /** Fetches the feed at its configured address, following redirects within its {@link NetworkReach}. */
    Response fetch(Feed feed, FeedState state) throws FeedException {
        return fetch(feed, feed.url(), state);
    }

    /** Fetches an article page that {@code feed} links to: every address on the way must be within its reach. */
    Response fetchPage(Feed feed, URI page) throws FeedException {
        return fetch(feed.at(page), feed.url(), FeedState.none());
    }

    /**
     * Fetches {@code feed.url()}; {@code origin} is the address the operator configured, the only one trusted
     * without a {@link NetworkReach} check.
     */
    private Response fetch(Feed feed, URI origin, FeedState state) throws FeedException {
        long deadline = System.nanoTime() + options.totalTimeout().toNanos();
        URI uri = feed.url();
        boolean permanent = true;
        for (int hop = 0; ; hop++) {
            checkScheme(feed, uri);
            if (!uri.equals(origin)) {
                NetworkReach.check(feed, origin, uri);
            }
            HttpResponse<byte[]> response = send(feed, request(uri, state, deadline, feed), deadline);
            int status = response.statusCode();
            if (REDIRECTS.contains(status)) {
                if (hop == MAX_REDIRECTS) {
                    throw new FeedException(
                            Problem.TOO_MANY_REDIRECTS, feed, "too many redirects (more than " + MAX_REDIRECTS + ")");
                }
                permanent &= status == 301 || status == 308;
                uri = location(feed, uri, response);
                continue;
            }
            ServerHints hints = new ServerHints(
                    CacheHeaders.waitAtLeast(response.headers(), Instant.now()),
                    permanent && hop > 0 ? Optional.of(uri) : Optional.empty());
            if (status == 304) {
                return new Response.NotModified(hints);
            }
            if (status < 200 || status > 299) {
                throw new FeedException(Problem.HTTP_STATUS, feed, "HTTP " + status, null, hints.waitAtLeast());
            }
            return body(feed, response, hints);
        }
    }

    private HttpRequest request(URI uri, FeedState state, long deadline, Feed feed) throws FeedException {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri)
                .GET()
                .timeout(remaining(feed, deadline))
                .header("User-Agent", options.userAgent())
                .header("Accept", ACCEPT)
                .header("Accept-Encoding", "gzip, deflate");
        state.etag().ifPresent(etag -> builder.header("If-None-Match", etag));
        state.lastModified().ifPresent(date -> builder.header("If-Modified-Since", date));
        return builder.build();
    }

    private HttpResponse<byte[]> send(Feed feed, HttpRequest request, long deadline) throws FeedException {
        CompletableFuture<HttpResponse<byte[]>> future = client.sendAsync(request, info -> {
            int status = info.statusCode();
            if (status < 200 || status > 299) {
                return CappedBody.ignored();
            }
            long declared = info.headers().firstValueAsLong("Content-Length").orElse(-1);
            return declared > options.maxBytes() ? CappedBody.refused() : new CappedBody(options.maxBytes());
        });
        try {
            return future.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw timedOut(feed, e);
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new FeedException(Problem.NETWORK, feed, "interrupted while fetching", e);
        } catch (ExecutionException e) {
            throw failed(feed, request.uri(), e.getCause());
        }
    }

    private FeedException failed(Feed feed, URI uri, Throwable cause) {
        if (cause instanceof CappedBody.TooLargeException) {
            return tooLarge(feed, cause);
        }
        if (cause instanceof HttpConnectTimeoutException) {
            return new FeedException(
                    Problem.TIMEOUT,
                    feed,
                    "could not connect within " + Sizes.duration(options.connectTimeout()),
                    cause);
        }
        if (cause instanceof HttpTimeoutException) {
            return timedOut(feed, cause);
        }
        if (cause instanceof ConnectException) {
            return new FeedException(Problem.NETWORK, feed, "connection refused by " + hostPort(uri), cause);
        }
        if (cause instanceof UnknownHostException) {
            return new FeedException(Problem.NETWORK, feed, "unknown host " + uri.getHost(), cause);
        }
        String detail = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return new FeedException(Problem.NETWORK, feed, "network error: " + detail, cause);
    }

    private Response body(Feed feed, HttpResponse<byte[]> response, ServerHints hints) throws FeedException {
        String encoding = response.headers().firstValue("Content-Encoding").orElse("");
        byte[] bytes;
        try {
            bytes = ContentDecoding.decode(response.body(), encoding, options.maxBytes());
        } catch (CappedBody.TooLargeException e) {
            throw tooLarge(feed, e);
        } catch (IOException e) {
            throw new FeedException(
                    Problem.MALFORMED, feed, "could not decode " + encoding + " body: " + e.getMessage(), e);
        }
        Optional<String> contentType = response.headers().firstValue("Content-Type");
        FeedState state = new FeedState(
                response.headers().firstValue("ETag"), response.headers().firstValue("Last-Modified"));
        return new Response.Body(bytes, contentType.flatMap(FeedCharset::fromContentType), state, hints);
    }

    private URI location(Feed feed, URI from, HttpResponse<?> response) throws FeedException {
        String location = response.headers()
                .firstValue("Location")
                .orElseThrow(() -> new FeedException(
                        Problem.HTTP_STATUS, feed, "HTTP " + response.statusCode() + " without a Location header"));
        try {
            return from.resolve(location.trim());
        } catch (IllegalArgumentException e) {
            throw new FeedException(Problem.UNSUPPORTED_URL, feed, "redirect to an invalid URL: " + location, e);
        }
    }

    private static void checkScheme(Feed feed, URI uri) throws FeedException {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new FeedException(Problem.UNSUPPORTED_URL, feed, "unsupported URL " + uri + " (only http and https)");
        }
        if (uri.getHost() == null) {
            throw new FeedException(Problem.UNSUPPORTED_URL, feed, "URL " + uri + " has no host");
        }
    }

    private Duration remaining(Feed feed, long deadline) throws FeedException {
        long nanos = deadline - System.nanoTime();
        if (nanos <= 0) {
            throw timedOut(feed, null);
        }
        return Duration.ofNanos(nanos);
    }

    private FeedException timedOut(Feed feed, Throwable cause) {
        return new FeedException(
                Problem.TIMEOUT, feed, "timed out after " + Sizes.duration(options.totalTimeout()), cause);
    }

    private FeedException tooLarge(Feed feed, Throwable cause) {
        return new FeedException(Problem.TOO_LARGE, feed, "larger than " + Sizes.bytes(options.maxBytes()), cause);
    }

    private static String hostPort(URI uri) {
        return uri.getPort() < 0 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
    }
}
