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

/** Every feed in shared/data/feeds, served over loopback, read end to end. */
class FeedReaderFixturesTest {
    private static final List<String> EASC_TITLES = List.of(
            "ارتفع الدولار أمس بعد أن أظهر تقرير انخفاضا غير متوقع في العجز التجاري الأمريكي في شهر مارس",
            "تعهدت مؤسسات مستثمرة أمريكية وبريطانية تدير أصولا تتجاوز قيمتها 3 تريليونات دولار",
            "تبدأ اليابان الثلاثاء في تطبيق قواعد جديدة من شأنها تخفيض حجم التجارة مع كوريا الشمالية",
            "يرعى صاحب السمو الملكي الأمير عبد المجيد بن عبد العزيز أمير منطقة مكة المكرمة",
            "الدوحة - (اف ب) - اعلن مصدر رسمي ان وزير الدولة القطري للشؤون الداخلية",
            "نجحت سياسة القبضة الحديدية لوزير الطيران المصري الفريق أحمد شفيق");

    private final LoopbackServer server = new LoopbackServer();
    private final FeedReader reader = new FeedReader(
            new FeedReader.Options(Duration.ofSeconds(2), Duration.ofSeconds(5), 1024 * 1024, "talkwatch-test"));

    @AfterEach
    void stop() {
        server.close();
    }

    private List<Article> read(String fixture, String contentType) throws FeedException {
        server.serve("/" + fixture, SharedFeeds.bytes(fixture), contentType);
        FetchResult result = reader.read(server.feed("/" + fixture), FeedState.none());
        assertThat(result).isInstanceOf(FetchResult.Fetched.class);
        return ((FetchResult.Fetched) result).articles();
    }

    @Test
    void readsTheWeeklyDigestWithGuidsAsKeysAndDates() throws Exception {
        List<Article> articles = read("syrianpulse_feed-ar.xml", "application/rss+xml; charset=utf-8");

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
        List<Article> articles = read("syrianpulse_feed-monthly-ar.xml", "application/rss+xml");

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
        List<Article> articles = read("tabi_ar_atom.xml", "application/atom+xml");

        assertThat(articles).singleElement().satisfies(a -> {
            assertThat(a.title()).isEqualTo("أمثلة على ماركداون");
            assertThat(a.text()).isNotBlank().doesNotContain("<");
        });
    }

    @Test
    void makesTitlesFromTheTextWhenItemsHaveNone() throws Exception {
        List<Article> articles = read("abarrak_ar_feed_rss.xml", "text/xml");

        assertThat(articles).hasSize(5);
        assertThat(articles).allSatisfy(a -> {
            assertThat(a.title()).isNotBlank().doesNotContain("\n", "<", "&lt;");
            assertThat(a.text()).startsWith(a.title().replace("…", ""));
            assertThat(a.key()).startsWith("https://www.abarrak.com/ar/");
        });
    }

    @ParameterizedTest(name = "{0} served as {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "easc_news_rss_utf8.xml          | application/rss+xml",
                "easc_news_rss_cp1256.xml        | application/rss+xml",
                "easc_news_rss_cp1256.xml        | text/xml; charset=windows-1256",
                "easc_news_rss_cp1256_nodecl.xml | application/rss+xml; charset=windows-1256",
                "easc_news_rss_cp1256_nodecl.xml | application/rss+xml",
                "easc_news_rss_cp1256_nodecl.xml | application/xml; charset=utf-8",
                "easc_news_atom_utf8.xml         | application/atom+xml",
            })
    void decodesArabicWhateverTheEncoding(String fixture, String contentType) throws Exception {
        List<Article> articles = read(fixture, contentType);

        assertThat(articles).hasSize(EASC_TITLES.size());
        for (int i = 0; i < EASC_TITLES.size(); i++) {
            assertThat(articles.get(i).title()).startsWith(EASC_TITLES.get(i));
            assertThat(articles.get(i).text()).doesNotContain("\uFFFD").containsPattern("[\\u0621-\\u064A]{3,}");
        }
    }

    @Test
    void usesFullContentAndGuidFromTheEascFeed() throws Exception {
        List<Article> articles = read("easc_news_rss_cp1256_nodecl.xml", "application/rss+xml");

        Article first = articles.get(0);
        assertThat(first.key()).isEqualTo("easc-054");
        assertThat(first.link()).isEqualTo("https://example.invalid/easc/054");
        assertThat(first.published()).isEqualTo(Instant.parse("2010-02-07T05:15:00Z"));
        assertThat(first.text()).startsWith(EASC_TITLES.get(0));
    }

    /**
     * Each item of every fixture, summarized as the pipeline does for Telegram (headline on the first line, three
     * sentences within 600 characters): whole sentences of the text, none repeated, none repeating the headline
     * shown above them, no page furniture.
     */
    @ParameterizedTest
    @CsvSource({
        "syrianpulse_feed-ar.xml, application/rss+xml",
        "syrianpulse_feed-monthly-ar.xml, application/rss+xml",
        "tabi_ar_atom.xml, application/atom+xml",
        "abarrak_ar_feed_rss.xml, text/xml",
        "easc_news_rss_utf8.xml, application/rss+xml",
        "easc_news_atom_utf8.xml, application/atom+xml"
    })
    void summariesOfRealItemsAreWholeSentencesThatNeitherRepeatNorEchoTheHeadline(String fixture, String type)
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
