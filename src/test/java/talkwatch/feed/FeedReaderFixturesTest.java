package talkwatch.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import talkwatch.arabic.ArabicText;
import talkwatch.summary.Summarizer;
import talkwatch.testing.TestResources;

/** Every feed fixture of {@code src/test/resources/feeds} with Arabic items, served over loopback, read end to end. */
class FeedReaderFixturesTest {
    /** The six items of the project's news feed, written once and saved in every encoding and format below. */
    private static final List<String> NEWS_TITLES = List.of(
            "وصلت وفود الدول الضامنة إلى العاصمة الكازاخية مساء السبت للمشاركة في جولة جديدة من محادثات أستانا حول سوريا",
            "أعلن المبعوث الأممي إلى سوريا أن اللجنة الدستورية ستستأنف أعمالها في جنيف الأسبوع المقبل",
            "بدأت في مسقط جولة جديدة من المشاورات بين الحكومة اليمنية وجماعة الحوثي برعاية أممية",
            "جدة - (وكالات) - استأنف طرفا النزاع في السودان محادثاتهما في جدة بوساطة سعودية أمريكية",
            "ناقش أعضاء اللجنة العسكرية الليبية المشتركة 5+5 في سرت آليات سحب المرتزقة",
            "أفرجت الحكومة السورية والمعارضة عن عشرات المحتجزين في عملية تبادل متزامنة");

    private final LoopbackServer server = new LoopbackServer();
    private final FeedReader reader = new FeedReader(
            new FeedReader.Options(Duration.ofSeconds(2), Duration.ofSeconds(5), 1024 * 1024, "talkwatch-test"));

    @AfterEach
    void stop() {
        server.close();
    }

    /** Serves {@code feeds/FIXTURE} at {@code /NAME} (its file name) and reads it. */
    private List<Article> read(String fixture, String contentType) throws FeedException {
        String path = "/" + fixture.substring(fixture.lastIndexOf('/') + 1);
        server.serve(path, TestResources.bytes("/feeds/" + fixture), contentType);
        FetchResult result = reader.read(server.feed(path), FeedState.none());
        assertThat(result).isInstanceOf(FetchResult.Fetched.class);
        return ((FetchResult.Fetched) result).articles();
    }

    @Test
    void readsTheWeeklyDigestWithGuidsAsKeysAndDates() throws Exception {
        List<Article> articles = read("third-party/syrianpulse_feed-ar.xml", "application/rss+xml; charset=utf-8");

        assertThat(articles)
                .extracting(Article::title)
                .containsExactly(
                        "أسبوع أكثر قسوة: تراجع المزاج العام مع تصعيد إسرائيلي واحتقان معيشي وهجوم دامٍ على حافلة",
                        "خطاب الشرع في الأمم المتحدة يرفع المزاج العام، لكن مخاوف الجولان والأمن تستمر",
                        "الدبلوماسية والاستثمار يتصدران الإعلام الرسمي بينما يتراجع مزاج الجمهور بسبب الانفجارات والحوكمة");
        Article first = articles.get(0);
        assertThat(first.key()).isEqualTo("https://www.syrianpulse.org/weekly/ar/2026-W40.html");
        assertThat(first.link()).isEqualTo("https://www.syrianpulse.org/weekly/ar/2026-W40.html");
        assertThat(first.feedId()).isEqualTo("test-syrianpulse_feed-ar.xml");
        assertThat(first.text()).isNotBlank().doesNotContain("&#x27;", "&amp;", "<");
        assertThat(first.published()).isBefore(Instant.parse("2027-01-01T00:00:00Z"));
    }

    @Test
    void prefersContentEncodedAndKeepsParagraphsAsLines() throws Exception {
        List<Article> articles = read("third-party/syrianpulse_feed-monthly-ar.xml", "application/rss+xml");

        assertThat(articles).singleElement().satisfies(a -> {
            assertThat(a.title()).isEqualTo("دبلوماسية صاعدة ومزاج هابط: شهر بين أضواء الأمم المتحدة وضغوط الداخل");
            assertThat(a.text().lines().count()).isGreaterThan(5);
            assertThat(a.text()).doesNotContain("<p", "<table", "dir=\"rtl\"");
            assertThat(a.text().lines())
                    .allSatisfy(line -> assertThat(line).isEqualTo(line.strip()).isNotEmpty());
        });
    }

    @Test
    void readsAtomWithOnlyAnHtmlSummary() throws Exception {
        List<Article> articles = read("third-party/tabi_ar_atom.xml", "application/atom+xml");

        assertThat(articles).singleElement().satisfies(a -> {
            assertThat(a.title()).isEqualTo("أمثلة على ماركداون");
            assertThat(a.text()).isNotBlank().doesNotContain("<");
        });
    }

    @Test
    void makesTitlesFromTheTextWhenItemsHaveNone() throws Exception {
        List<Article> articles = read("rss2-empty-titles.xml", "text/xml");

        assertThat(articles).hasSize(5);
        assertThat(articles).allSatisfy(a -> {
            assertThat(a.title()).isNotBlank().doesNotContain("\n", "<", "&lt;");
            assertThat(a.text()).startsWith(a.title().replace("…", ""));
            assertThat(a.key()).startsWith("https://example.org/mudawwana/2026/");
        });
    }

    @ParameterizedTest(name = "{0} served as {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "rss2-content-encoded.xml             | application/rss+xml",
                "rss2-windows-1256.xml                | application/rss+xml",
                "rss2-windows-1256.xml                | text/xml; charset=windows-1256",
                "rss2-windows-1256-undeclared.xml     | application/rss+xml; charset=windows-1256",
                "rss2-windows-1256-undeclared.xml     | application/rss+xml",
                "rss2-windows-1256-undeclared.xml     | application/xml; charset=utf-8",
                "atom-escaped-html.xml                | application/atom+xml",
            })
    void decodesArabicWhateverTheEncoding(String fixture, String contentType) throws Exception {
        List<Article> articles = read(fixture, contentType);

        assertThat(articles).hasSize(NEWS_TITLES.size());
        for (int i = 0; i < NEWS_TITLES.size(); i++) {
            assertThat(articles.get(i).title()).startsWith(NEWS_TITLES.get(i));
            assertThat(articles.get(i).text()).doesNotContain("\uFFFD").containsPattern("[\\u0621-\\u064A]{3,}");
        }
    }

    @Test
    void usesFullContentAndGuidFromTheUndeclaredWindows1256Feed() throws Exception {
        List<Article> articles = read("rss2-windows-1256-undeclared.xml", "application/rss+xml");

        Article first = articles.get(0);
        assertThat(first.key()).isEqualTo("akhbar-101");
        assertThat(first.link()).isEqualTo("https://example.org/akhbar/101");
        assertThat(first.published()).isEqualTo(Instant.parse("2026-03-01T05:15:00Z"));
        assertThat(first.text())
                .startsWith(NEWS_TITLES.get(0))
                .contains("ويرى مراقبون أن الجولة تأتي في ظرف صعب"); // the last paragraph of content:encoded
    }

    /** The windows-1256 fixtures are the UTF-8 feed re-encoded as {@code feeds/README.md} says: the same items. */
    @Test
    void theWindows1256FeedsHoldTheSameTextAsTheUtf8One() {
        String utf8 = TestResources.text("/feeds/rss2-content-encoded.xml");

        assertThat(new String(TestResources.bytes("/feeds/rss2-windows-1256.xml"), FeedCharset.WINDOWS_1256))
                .isEqualTo(utf8.replace("encoding=\"UTF-8\"", "encoding=\"windows-1256\""));
        assertThat(new String(TestResources.bytes("/feeds/rss2-windows-1256-undeclared.xml"), FeedCharset.WINDOWS_1256))
                .isEqualTo(utf8.replace(" encoding=\"UTF-8\"", ""));
    }

    /**
     * Each item of every fixture, summarized as the pipeline does for Telegram (headline on the first line, three
     * sentences within 600 characters): whole sentences of the text, none repeated, none repeating the headline
     * shown above them, no page furniture.
     */
    @ParameterizedTest
    @CsvSource({
        "third-party/syrianpulse_feed-ar.xml, application/rss+xml",
        "third-party/syrianpulse_feed-monthly-ar.xml, application/rss+xml",
        "third-party/tabi_ar_atom.xml, application/atom+xml",
        "rss2-empty-titles.xml, text/xml",
        "rss2-content-encoded.xml, application/rss+xml",
        "atom-escaped-html.xml, application/atom+xml"
    })
    void summariesOfEveryItemAreWholeSentencesThatNeitherRepeatNorEchoTheHeadline(String fixture, String type)
            throws Exception {
        for (Article article : read(fixture, type)) {
            List<String> summary = new Summarizer().summarize(article.title() + "\n" + article.text(), 3, 600);

            assertThat(summary).as(article.title()).isNotEmpty().doesNotHaveDuplicates();
            assertThat(summary.size() == 1 || String.join(" ", summary).length() <= 600)
                    .as("%s: %s", article.title(), summary)
                    .isTrue();
            for (String sentence : summary) {
                assertThat(article.text()).as(article.title()).contains(sentence);
                assertThat(ArabicText.normalize(sentence))
                        .as(article.title())
                        .isNotEqualTo(ArabicText.normalize(article.title()))
                        .doesNotContain("اقرا على الموقع");
            }
        }
    }
}
