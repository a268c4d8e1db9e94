package talkwatch.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import talkwatch.feed.FeedException.Problem;

class FeedParserTest {
    private static final Feed FEED = new Feed("synthetic", "synthetic", URI.create("https://example.invalid/feed.xml"));
    private static final Instant SEEN = Instant.parse("2024-06-01T12:00:00Z");

    private final FeedParser parser = new FeedParser();

    private static byte[] fixture(String name) {
        try (InputStream in = FeedParserTest.class.getResourceAsStream("/feeds/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<Article> parse(String name) throws FeedException {
        return parser.parse(FEED, fixture(name), Optional.empty(), SEEN);
    }

    @Test
    void refusesExternalEntities() throws Exception {
        // the entity is skipped, not resolved: /etc/passwd is never opened
        assertThat(parse("xxe-external-entity.xml")).singleElement().satisfies(a -> {
            assertThat(a.title()).isEqualTo("سر");
            assertThat(a.text()).isEqualTo("نص النهاية");
        });
    }

    @Test
    void refusesABillionLaughsQuickly() {
        long start = System.nanoTime();

        assertThatThrownBy(() -> parse("billion-laughs.xml")).isInstanceOfSatisfying(FeedException.class, e -> {
            assertThat(e.problem()).isEqualTo(Problem.MALFORMED);
            assertThat(e.reason()).contains("entity expansions");
        });
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
    }

    @Test
    void reportsTheLineOfMalformedXml() {
        assertThatThrownBy(() -> parse("malformed-line-3.xml")).isInstanceOfSatisfying(FeedException.class, e -> {
            assertThat(e.problem()).isEqualTo(Problem.MALFORMED);
            assertThat(e.reason()).startsWith("malformed XML at line 3: ");
            assertThat(e.getMessage())
                    .startsWith("feed synthetic (https://example.invalid/feed.xml): malformed XML at line 3: ")
                    .doesNotContain("\n");
        });
    }

    @Test
    void callsAnHtmlPageNotAFeed() {
        assertThatThrownBy(() -> parse("html-page.html")).isInstanceOfSatisfying(FeedException.class, e -> {
            assertThat(e.problem()).isEqualTo(Problem.NOT_A_FEED);
            assertThat(e.reason()).isEqualTo("not a feed: HTML page");
            assertThat(e.getMessage())
                    .isEqualTo("feed synthetic (https://example.invalid/feed.xml): not a feed: HTML page;"
                            + " point the URL at the RSS or Atom feed, not at a web page");
        });
    }

    @Test
    void callsOtherXmlNotAFeed() {
        assertThatThrownBy(() -> parse("not-a-feed-root.xml")).isInstanceOfSatisfying(FeedException.class, e -> {
            assertThat(e.problem()).isEqualTo(Problem.NOT_A_FEED);
            assertThat(e.reason()).isEqualTo("not a feed: XML with root element <sitemap>");
        });
    }

    @Test
    void explainsAnEmptyBody() {
        assertThatThrownBy(() -> parser.parse(FEED, " \n".getBytes(StandardCharsets.UTF_8), Optional.empty(), SEEN))
                .isInstanceOfSatisfying(FeedException.class, e -> {
                    assertThat(e.problem()).isEqualTo(Problem.NOT_A_FEED);
                    assertThat(e.reason()).isEqualTo("not a feed: the response body is empty");
                });
    }

    @Test
    void readsRss091WithoutFetchingItsDtd() throws Exception {
        long start = System.nanoTime();

        List<Article> articles = parse("rss091-netscape-doctype.xml");

        assertThat(articles).singleElement().satisfies(a -> {
            assertThat(a.title()).isEqualTo("محادثات السلام تستأنف");
            assertThat(a.published()).isEqualTo(SEEN);
        });
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
    }

    @Test
    void readsRss1WithEscapedHtmlAsParagraphs() throws Exception {
        assertThat(parse("rss1-rdf.xml")).singleElement().satisfies(a -> {
            assertThat(a.title()).isEqualTo("وقف إطلاق النار");
            assertThat(a.text()).isEqualTo("الفقرة الأولى\nالفقرة الثانية & الأخيرة");
            assertThat(a.published()).isEqualTo(Instant.parse("2024-05-01T10:00:00Z"));
            assertThat(a.key()).isEqualTo("https://example.invalid/rdf/1");
        });
    }

    @Test
    void readsAtom03TakingRomesModifiedDate() throws Exception {
        assertThat(parse("atom03.xml")).singleElement().satisfies(a -> {
            assertThat(a.title()).isEqualTo("هدنة");
            assertThat(a.text()).isEqualTo("نص الهدنة");
            assertThat(a.link()).isEqualTo("https://example.invalid/a03");
            assertThat(a.key()).isEqualTo("tag:example.invalid,2024:a03");
            // ROME maps Atom 0.3 <modified> (10:00), not <issued> (09:00), to the published date
            assertThat(a.published()).isEqualTo(Instant.parse("2024-05-02T10:00:00Z"));
        });
    }

    @Test
    void keysAnItemWithoutGuidOrLinkByItsContent() throws Exception {
        Article article = parse("no-guid-no-link.xml").get(0);

        assertThat(article.link()).isEmpty();
        assertThat(article.key()).matches("sha256:[0-9a-f]{64}");
        assertThat(article.key()).isEqualTo(parse("no-guid-no-link.xml").get(0).key());
        assertThat(article.published()).isEqualTo(SEEN);
    }

    @Test
    void healsHtmlEntitiesAndJunkBeforeTheProlog() throws Exception {
        String xml = "\n  <?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>t</title>"
                + "<link>https://example.invalid/</link><description>d</description><item><guid>g</guid>"
                + "<title>هدنة&nbsp;جديدة &amp; محادثات</title><pubDate>yesterday-ish</pubDate></item></channel></rss>";

        Article article = parser.parse(FEED, xml.getBytes(StandardCharsets.UTF_8), Optional.empty(), SEEN)
                .get(0);

        assertThat(article.title()).isEqualTo("هدنة جديدة & محادثات");
        assertThat(article.published()).isEqualTo(SEEN);
    }

    @Test
    void aDateFarAheadIsNoDateButAFewHoursAheadIsKept() throws Exception {
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>t</title>"
                + "<link>https://example.invalid/</link><description>d</description>"
                + "<item><guid>placeholder</guid><title>جولة جديدة من المحادثات</title>"
                + "<pubDate>Thu, 31 Dec 2099 00:00:00 GMT</pubDate></item>"
                + "<item><guid>ahead</guid><title>وصول الوفود</title>"
                + "<pubDate>Sat, 01 Jun 2024 17:00:00 +0300</pubDate></item></channel></rss>";

        List<Article> articles = parser.parse(FEED, xml.getBytes(StandardCharsets.UTF_8), Optional.empty(), SEEN);

        assertThat(articles.get(0).published()).isEqualTo(SEEN);
        assertThat(articles.get(1).published()).isEqualTo(Instant.parse("2024-06-01T14:00:00Z"));
    }

    @Test
    void healsOnlyWhatNeedsIt() {
        assertThat(FeedXml.needsHealing("<rss>&amp;&lt;&#1575;&#x627;</rss>")).isFalse();
        assertThat(FeedXml.needsHealing("<rss>&nbsp;</rss>")).isTrue();
        assertThat(FeedXml.needsHealing(" <rss/>")).isTrue();
    }
}
