package talkwatch.feed;

import com.rometools.rome.feed.rss.Channel;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import java.nio.charset.Charset;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jdom2.Document;
import talkwatch.feed.FeedException.Problem;

/**
 * Feed bytes to {@link Article}s with ROME (RSS 0.9x/1.0/2.0, Atom 0.3/1.0, {@code content:encoded}). ROME types
 * stop here. Stateless and safe to share across threads.
 */
final class FeedParser {

    /** How far ahead of the time it was read an item's date may be: time zones and clocks a few hours off. */
    static final Duration MAX_AHEAD = Duration.ofDays(1);

    private static final Pattern HTML_TAG = Pattern.compile("</?[a-zA-Z][a-zA-Z0-9]*(\\s[^>]*)?/?>");

    /** The items of a feed and its RSS {@code <ttl>} (minutes the channel may be cached), if it gives one. */
    record Parsed(List<Article> articles, Optional<Duration> ttl) {}

    List<Article> parse(Feed feed, byte[] body, Optional<Charset> httpCharset, Instant seen) throws FeedException {
        return read(feed, body, httpCharset, seen).articles();
    }

    Parsed read(Feed feed, byte[] body, Optional<Charset> httpCharset, Instant seen) throws FeedException {
        Document document = FeedXml.parse(feed, FeedCharset.decode(body, httpCharset));
        SyndFeed syndFeed;
        try {
            SyndFeedInput input = new SyndFeedInput();
            input.setPreserveWireFeed(true);
            syndFeed = input.build(document);
        } catch (IllegalArgumentException e) {
            String root = document.getRootElement().getName();
            throw new FeedException(Problem.NOT_A_FEED, feed, "not a feed: XML with root element <" + root + ">", e);
        } catch (com.rometools.rome.io.FeedException e) {
            throw new FeedException(Problem.MALFORMED, feed, "malformed feed: " + e.getMessage(), e);
        }
        List<Article> articles = new ArrayList<>();
        for (SyndEntry entry : syndFeed.getEntries()) {
            articles.add(article(feed, entry, seen));
        }
        return new Parsed(articles, ttl(syndFeed));
    }

    private static Optional<Duration> ttl(SyndFeed syndFeed) {
        if (syndFeed.originalWireFeed() instanceof Channel channel && channel.getTtl() > 0) {
            return Optional.of(Duration.ofMinutes(channel.getTtl()));
        }
        return Optional.empty();
    }

    private static Article article(Feed feed, SyndEntry entry, Instant seen) {
        String link = strip(entry.getLink());
        String text = text(entry);
        String title = entry.getTitle() == null
                ? ""
                : ArticleText.fromHtml(entry.getTitle()).replace('\n', ' ');
        String key = firstNonBlank(strip(entry.getUri()), link).orElseGet(() -> ArticleText.contentKey(title, text));
        String shownTitle = title.isBlank() ? ArticleText.titleFrom(text) : title;
        return new Article(feed.id(), key, link, shownTitle, text, published(entry, seen));
    }

    /** Full content ({@code content:encoded}, Atom content) wins over description/summary. */
    private static String text(SyndEntry entry) {
        String content = entry.getContents().stream()
                .map(FeedParser::plain)
                .filter(s -> !s.isBlank())
                .collect(Collectors.joining("\n"));
        if (!content.isBlank()) {
            return content;
        }
        return entry.getDescription() == null ? "" : plain(entry.getDescription());
    }

    /**
     * ROME labels every RSS 1.0 description "text/plain" although publishers put escaped HTML there, so a
     * "plain" value that carries tags is read as HTML; genuine Atom {@code type="text"} keeps its {@code <} signs.
     */
    private static String plain(SyndContent content) {
        String value = content.getValue() == null ? "" : content.getValue();
        String type = content.getType() == null ? "" : content.getType().toLowerCase(Locale.ROOT);
        boolean plain = (type.equals("text") || type.equals("text/plain"))
                && !HTML_TAG.matcher(value).find();
        return plain ? ArticleText.fromPlain(value) : ArticleText.fromHtml(value);
    }

    /**
     * The item's date, else the time it was read. A date more than a day ahead of that is no date (a placeholder
     * such as 2099, a misparsed year): kept, it would head {@code /latest} for ever and never be forgotten. A clock
     * or time zone a few hours off is within the day and kept as given. For Atom 0.3 ROME fills the published date
     * from {@code modified}, not {@code issued}.
     */
    private static Instant published(SyndEntry entry, Instant seen) {
        Date date = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
        if (date == null || date.toInstant().isAfter(seen.plus(MAX_AHEAD))) {
            return seen;
        }
        return date.toInstant();
    }

    private static String strip(String s) {
        return s == null ? "" : s.strip();
    }

    private static Optional<String> firstNonBlank(String... values) {
        for (String v : values) {
            if (!v.isBlank()) {
                return Optional.of(v);
            }
        }
        return Optional.empty();
    }
}
