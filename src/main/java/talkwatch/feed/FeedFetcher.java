package talkwatch.feed;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.Proxy;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpHeaders;
import java.nio.charset.Charset;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import okhttp3.Call;
import okhttp3.Dns;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.ResponseBody;
import talkwatch.feed.FeedException.Problem;

/**
 * HTTP side of reading a feed or a page: conditional GET, manual redirects, gzip/deflate, timeouts and a body cap,
 * every address that does not come from the operator checked by the {@link AddressGuard} as it is connected to.
 * Returns bytes; what they mean is {@link FeedParser}'s business. Thread-safe.
 */
final class FeedFetcher {
    static final int MAX_REDIRECTS = 5;
    private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);
    private static final String ACCEPT_FEED =
            "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.8";
    private static final String ACCEPT_PAGE = "text/html, application/xhtml+xml;q=0.9, */*;q=0.5";

    sealed interface Response {
        ServerHints hints();

        record NotModified(ServerHints hints) implements Response {}

        /**
         * A 2xx body, already decoded from gzip/deflate, with the charset named in Content-Type if any.
         *
         * @param url where the body came from, after the redirects
         */
        record Body(
                byte[] bytes,
                Optional<Charset> charset,
                FeedState state,
                ServerHints hints,
                URI url,
                Optional<String> contentType)
                implements Response {}
    }

    /** What one request brought back: the body only for a 2xx status. */
    private record Exchange(int status, HttpHeaders headers, byte[] body) {}

    private final FeedReader.Options options;
    private final AddressGuard guard;
    private final Resolver resolver;
    private final OkHttpClient client;

    FeedFetcher(FeedReader.Options options, Resolver resolver, List<Network> allowed) {
        this.options = options;
        this.resolver = resolver;
        this.guard = new AddressGuard(resolver, allowed);
        // Redirects are followed by hand, each hop checked; no proxy, which would resolve the names itself; HTTP/1.1,
        // so that no connection is shared between host names.
        this.client = new OkHttpClient.Builder()
                .connectTimeout(options.connectTimeout())
                .readTimeout(options.totalTimeout())
                .writeTimeout(options.totalTimeout())
                .followRedirects(false)
                .followSslRedirects(false)
                .proxy(Proxy.NO_PROXY)
                .protocols(List.of(Protocol.HTTP_1_1))
                .build();
    }

    /** Fetches the feed at its configured address, following redirects within its {@link NetworkReach}. */
    Response fetch(Feed feed, FeedState state) throws FeedException {
        return fetch(feed, Optional.of(feed.url()), state, ACCEPT_FEED);
    }

    /** Fetches an article page that {@code feed} links to: every address on the way must be within its reach. */
    Response fetchPage(Feed feed, URI page) throws FeedException {
        return fetch(feed.at(page), Optional.empty(), FeedState.none(), ACCEPT_PAGE, limitOf(feed.url()));
    }

    /** Fetches a page a user sent: public addresses on ports 80 and 443 only, and the allowed networks. */
    Response fetchLink(Feed link) throws FeedException {
        return fetch(link, Optional.empty(), FeedState.none(), ACCEPT_PAGE, AddressGuard.Limit.USER_LINK);
    }

    private Response fetch(Feed feed, Optional<URI> trusted, FeedState state, String accept) throws FeedException {
        return fetch(feed, trusted, state, accept, null);
    }

    /**
     * Fetches {@code feed.url()}; {@code trusted} is the address the operator configured, the only one fetched without
     * the guard. {@code limit}, when null, is found from the trusted address when a redirect first needs it.
     */
    private Response fetch(Feed feed, Optional<URI> trusted, FeedState state, String accept, AddressGuard.Limit limit)
            throws FeedException {
        long deadline = System.nanoTime() + options.totalTimeout().toNanos();
        URI uri = feed.url();
        boolean permanent = true;
        for (int hop = 0; ; hop++) {
            HttpUrl url = httpUrl(feed, uri);
            Dns dns;
            if (trusted.isPresent() && uri.equals(trusted.get())) {
                dns = guard.trusted();
            } else {
                limit = limit != null ? limit : limitOf(trusted.orElseThrow());
                try {
                    guard.checkLiteral(url, limit);
                } catch (AddressGuard.Refused e) {
                    throw refused(feed, uri, limit, e);
                }
                dns = guard.dns(limit, url.port());
            }
            Exchange exchange = send(feed, uri, url, dns, hop == 0 ? state : FeedState.none(), accept, deadline, limit);
            int status = exchange.status();
            if (REDIRECTS.contains(status)) {
                if (hop == MAX_REDIRECTS) {
                    throw new FeedException(
                            Problem.TOO_MANY_REDIRECTS, feed, "too many redirects (more than " + MAX_REDIRECTS + ")");
                }
                permanent &= status == 301 || status == 308;
                uri = location(feed, uri, exchange);
                continue;
            }
            ServerHints hints = new ServerHints(
                    CacheHeaders.waitAtLeast(exchange.headers(), Instant.now()),
                    permanent && hop > 0 ? Optional.of(uri) : Optional.empty());
            if (status == 304) {
                return new Response.NotModified(hints);
            }
            if (status < 200 || status > 299) {
                throw new FeedException(Problem.HTTP_STATUS, feed, "HTTP " + status, null, hints.waitAtLeast());
            }
            return body(feed, uri, exchange, hints);
        }
    }

    /** How far what the feed at {@code origin} serves may lead: as far in as the feed itself. */
    private AddressGuard.Limit limitOf(URI origin) {
        NetworkReach reach;
        try {
            reach = origin.getHost() == null
                    ? NetworkReach.PUBLIC
                    : NetworkReach.furthest(resolver.resolve(origin.getHost()));
        } catch (UnknownHostException e) {
            reach = NetworkReach.PUBLIC;
        }
        return AddressGuard.Limit.fromFeed(reach);
    }

    private Exchange send(
            Feed feed,
            URI uri,
            HttpUrl url,
            Dns dns,
            FeedState state,
            String accept,
            long deadline,
            AddressGuard.Limit limit)
            throws FeedException {
        Request.Builder request = new Request.Builder()
                .url(url)
                .get()
                .header("User-Agent", options.userAgent())
                .header("Accept", accept)
                .header("Accept-Encoding", "gzip, deflate");
        state.etag().ifPresent(etag -> request.header("If-None-Match", etag));
        state.lastModified().ifPresent(date -> request.header("If-Modified-Since", date));
        Call call = client.newBuilder().dns(dns).build().newCall(request.build());
        call.timeout().timeout(remaining(feed, deadline), TimeUnit.NANOSECONDS);
        try (okhttp3.Response response = call.execute()) {
            int status = response.code();
            HttpHeaders headers = HttpHeaders.of(response.headers().toMultimap(), (name, value) -> true);
            if (status < 200 || status > 299) {
                return new Exchange(status, headers, new byte[0]);
            }
            ResponseBody body = response.body();
            if (body.contentLength() > options.maxBytes()) {
                throw tooLarge(feed, null);
            }
            return new Exchange(status, headers, CappedBody.read(body.byteStream(), options.maxBytes()));
        } catch (AddressGuard.Refused e) {
            throw refused(feed, uri, limit, e);
        } catch (IOException e) {
            throw failed(feed, url, e);
        }
    }

    private FeedException failed(Feed feed, HttpUrl url, IOException cause) {
        if (cause instanceof CappedBody.TooLargeException) {
            return tooLarge(feed, cause);
        }
        if (cause instanceof SocketTimeoutException
                && String.valueOf(cause.getMessage()).toLowerCase(Locale.ROOT).contains("connect")) {
            return new FeedException(
                    Problem.TIMEOUT,
                    feed,
                    "could not connect within " + Sizes.duration(options.connectTimeout()),
                    cause);
        }
        if (cause instanceof InterruptedIOException) {
            if (Thread.currentThread().isInterrupted()) {
                return new FeedException(Problem.NETWORK, feed, "interrupted while fetching", cause);
            }
            return timedOut(feed, cause);
        }
        if (cause instanceof ConnectException) {
            return new FeedException(
                    Problem.NETWORK, feed, "connection refused by " + url.host() + ":" + url.port(), cause);
        }
        if (cause instanceof UnknownHostException) {
            return new FeedException(Problem.NETWORK, feed, "unknown host " + url.host(), cause);
        }
        String detail = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return new FeedException(Problem.NETWORK, feed, "network error: " + detail, cause);
    }

    private static FeedException refused(
            Feed feed, URI target, AddressGuard.Limit limit, AddressGuard.Refused refusal) {
        String verb = limit == AddressGuard.Limit.USER_LINK ? "refused to fetch " : "refused to follow ";
        return new FeedException(
                Problem.PRIVATE_ADDRESS, feed, verb + target + ": " + refusal.what + limit.from(), refusal);
    }

    private Response body(Feed feed, URI uri, Exchange exchange, ServerHints hints) throws FeedException {
        HttpHeaders headers = exchange.headers();
        String encoding = headers.firstValue("Content-Encoding").orElse("");
        byte[] bytes;
        try {
            bytes = ContentDecoding.decode(exchange.body(), encoding, options.maxBytes());
        } catch (CappedBody.TooLargeException e) {
            throw tooLarge(feed, e);
        } catch (IOException e) {
            throw new FeedException(
                    Problem.MALFORMED, feed, "could not decode " + encoding + " body: " + e.getMessage(), e);
        }
        Optional<String> contentType = headers.firstValue("Content-Type");
        FeedState state = new FeedState(headers.firstValue("ETag"), headers.firstValue("Last-Modified"));
        return new Response.Body(
                bytes, contentType.flatMap(FeedCharset::fromContentType), state, hints, uri, contentType);
    }

    private URI location(Feed feed, URI from, Exchange exchange) throws FeedException {
        String location = exchange.headers()
                .firstValue("Location")
                .orElseThrow(() -> new FeedException(
                        Problem.HTTP_STATUS, feed, "HTTP " + exchange.status() + " without a Location header"));
        try {
            return from.resolve(location.trim());
        } catch (IllegalArgumentException e) {
            throw new FeedException(Problem.UNSUPPORTED_URL, feed, "redirect to an invalid URL: " + location, e);
        }
    }

    /** The URL as the client takes it; only http and https with a host. */
    private static HttpUrl httpUrl(Feed feed, URI uri) throws FeedException {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new FeedException(Problem.UNSUPPORTED_URL, feed, "unsupported URL " + uri + " (only http and https)");
        }
        // the client's own reading of the host (127.1, 0x7f.0.0.1 and other odd notations included), which the guard
        // checks; java.net.URI reads no host in some of them
        HttpUrl url = HttpUrl.parse(uri.toString());
        if (url == null) {
            throw new FeedException(Problem.UNSUPPORTED_URL, feed, "URL " + uri + " has no valid host");
        }
        return url;
    }

    private long remaining(Feed feed, long deadline) throws FeedException {
        long nanos = deadline - System.nanoTime();
        if (nanos <= 0) {
            throw timedOut(feed, null);
        }
        return nanos;
    }

    private FeedException timedOut(Feed feed, Throwable cause) {
        return new FeedException(
                Problem.TIMEOUT, feed, "timed out after " + Sizes.duration(options.totalTimeout()), cause);
    }

    private FeedException tooLarge(Feed feed, Throwable cause) {
        return new FeedException(Problem.TOO_LARGE, feed, "larger than " + Sizes.bytes(options.maxBytes()), cause);
    }
}
