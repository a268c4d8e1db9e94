package talkwatch.feed;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import okhttp3.HttpUrl;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Fetches a feed over HTTP and parses it into {@link Article}s: the only entry point of this package.
 *
 * <p>A reader is safe to share across threads; create one per application (it holds an HTTP client with its
 * connection pool). Limits come from {@link Options}: the connect timeout, a total timeout covering every redirect
 * and the whole body, and a body cap applied while the body streams in and again after decompression. Where
 * redirects and article pages may lead is {@link AddressGuard}'s decision, taken on the address connected to.
 */
public final class FeedReader {
    private final FeedFetcher fetcher;
    private final FeedParser parser;
    private final Clock clock;

    public FeedReader(Options options) {
        this(options, List.of());
    }

    /**
     * @param allowed networks the operator trusts ({@code links.allowNetworks}): what feeds serve and users send may
     *     lead there, on any port (see {@link AddressGuard})
     */
    public FeedReader(Options options, List<Network> allowed) {
        this(options, Clock.systemUTC(), Resolver.SYSTEM, allowed);
    }

    FeedReader(Options options, Clock clock) {
        this(options, clock, Resolver.SYSTEM, List.of());
    }

    FeedReader(Options options, Clock clock, Resolver resolver, List<Network> allowed) {
        Objects.requireNonNull(options, "options");
        this.fetcher = new FeedFetcher(options, Objects.requireNonNull(resolver, "resolver"), allowed);
        this.parser = new FeedParser();
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Reads the feed once.
     *
     * @param state validators from the previous successful read, or {@link FeedState#none()}
     * @return {@link FetchResult.NotModified} on HTTP 304, else every item of the feed and the new state
     * @throws FeedException when the feed cannot be fetched or is not a readable RSS/Atom feed
     */
    public FetchResult read(Feed feed, FeedState state) throws FeedException {
        Objects.requireNonNull(feed, "feed");
        Objects.requireNonNull(state, "state");
        FeedFetcher.Response response = fetcher.fetch(feed, state);
        if (response instanceof FeedFetcher.Response.NotModified notModified) {
            return new FetchResult.NotModified(notModified.hints());
        }
        FeedFetcher.Response.Body body = (FeedFetcher.Response.Body) response;
        FeedParser.Parsed parsed = parser.read(feed, body.bytes(), body.charset(), clock.instant());
        return new FetchResult.Fetched(
                parsed.articles(), body.state(), body.hints().waitingAtLeast(parsed.ttl()));
    }

    /**
     * Fetches the article's page, within the same limits as a feed, and keeps its main text (see {@link MainText})
     * when it is longer than what the feed gave: for feeds that carry only a teaser.
     *
     * @return the article with the page's text, or unchanged when it has no http(s) link or no better text
     * @throws FeedException when the page cannot be fetched
     */
    public Article withFullText(Feed feed, Article article) throws FeedException {
        Objects.requireNonNull(feed, "feed");
        Objects.requireNonNull(article, "article");
        if (!article.link().startsWith("http://") && !article.link().startsWith("https://")) {
            return article;
        }
        URI page;
        try {
            page = new URI(article.link());
        } catch (URISyntaxException e) {
            return article;
        }
        FeedFetcher.Response response = fetcher.fetchPage(feed, page);
        if (!(response instanceof FeedFetcher.Response.Body body)) {
            return article;
        }
        Document document = body.charset().isPresent()
                ? Jsoup.parse(new String(body.bytes(), body.charset().get()), page.toString())
                : parseDetectingCharset(body.bytes(), page);
        return MainText.extract(document)
                .map(ArticleText::fromPlain)
                .filter(text -> text.length() > article.text().length())
                .map(text -> new Article(
                        article.feedId(), article.key(), article.link(), article.title(), text, article.published()))
                .orElse(article);
    }

    /**
     * The link {@code text} is, if it is one, as the reader will fetch it (host in ASCII, path percent-encoded): an
     * http(s) URL, or one that starts {@code www.} without the scheme. Anything else, or text with spaces, is none.
     */
    public static Optional<URI> link(String text) {
        String words = text.strip();
        if (words.isEmpty() || words.chars().anyMatch(Character::isWhitespace)) {
            return Optional.empty();
        }
        HttpUrl url = HttpUrl.parse(words);
        if (url == null && words.toLowerCase(java.util.Locale.ROOT).startsWith("www.")) {
            url = HttpUrl.parse("https://" + words);
        }
        return Optional.ofNullable(url).map(HttpUrl::uri);
    }

    /**
     * Reads the article page at a link a user sent, within the same limits as a feed: only public addresses on ports 80
     * and 443 (and the allowed networks), each checked on the address connected to ({@link AddressGuard}).
     *
     * @throws FeedException when the page cannot be fetched ({@link FeedException.Problem#PRIVATE_ADDRESS} for an
     *     address refused), is not HTML ({@link FeedException.Problem#NOT_A_PAGE}) or holds no article text ({@link
     *     FeedException.Problem#NO_TEXT})
     */
    public Page readLink(URI link) throws FeedException {
        Objects.requireNonNull(link, "link");
        Feed asked = new Feed("link", "link", link);
        if (!(fetcher.fetchLink(asked) instanceof FeedFetcher.Response.Body body)) {
            throw new FeedException(
                    FeedException.Problem.HTTP_STATUS, asked, "HTTP 304 to a request without validators");
        }
        String type = body.contentType().orElse("text/html").toLowerCase(java.util.Locale.ROOT);
        if (!type.startsWith("text/html") && !type.startsWith("application/xhtml+xml")) {
            String shown =
                    type.contains(";") ? type.substring(0, type.indexOf(';')).strip() : type.strip();
            throw new FeedException(FeedException.Problem.NOT_A_PAGE, asked, "not an HTML page: " + shown);
        }
        Document document = body.charset().isPresent()
                ? Jsoup.parse(
                        new String(body.bytes(), body.charset().get()),
                        body.url().toString())
                : parseDetectingCharset(body.bytes(), body.url());
        String title = PageMeta.title(document);
        String site = PageMeta.site(document, body.url());
        var published = PageMeta.published(document);
        String text = MainText.extract(document).map(ArticleText::fromPlain).orElse("");
        if (text.isBlank() || title.isBlank()) {
            throw new FeedException(FeedException.Problem.NO_TEXT, asked, "no article text found");
        }
        return new Page(body.url(), title, text, site, published);
    }

    private static Document parseDetectingCharset(byte[] bytes, URI page) {
        try {
            // jsoup reads a BOM or <meta charset>, else UTF-8
            return Jsoup.parse(new ByteArrayInputStream(bytes), null, page.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Limits and identity for HTTP requests.
     *
     * @param connectTimeout how long to wait for a TCP/TLS connection
     * @param totalTimeout how long one {@link #read} may take in all, redirects and body included
     * @param maxBytes largest body accepted, counted both on the wire and after gzip/deflate decoding
     * @param userAgent sent as {@code User-Agent}, naming the bot so site owners can reach us
     */
    public record Options(Duration connectTimeout, Duration totalTimeout, long maxBytes, String userAgent) {
        public Options {
            requirePositive(connectTimeout, "connectTimeout");
            requirePositive(totalTimeout, "totalTimeout");
            if (maxBytes <= 0) {
                throw new IllegalArgumentException("maxBytes must be positive, was " + maxBytes);
            }
            Objects.requireNonNull(userAgent, "userAgent");
        }

        /** 5 s to connect, 20 s in all, 5 MB, and {@code talkwatch/0.1 (+https://github.com/talkwatch)}. */
        public static Options defaults() {
            return new Options(
                    Duration.ofSeconds(5),
                    Duration.ofSeconds(20),
                    5L * 1024 * 1024,
                    "talkwatch/0.1 (+https://github.com/talkwatch)");
        }

        private static void requirePositive(Duration d, String name) {
            Objects.requireNonNull(d, name);
            if (d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException(name + " must be positive, was " + d);
            }
        }
    }
}
