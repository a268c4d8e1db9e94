package talkwatch.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import talkwatch.arabic.TermExtractor;

/** A news page as a scraper hands it over, furniture included: see {@code src/test/resources/articles/README.md}. */
class ScrapedPageTest {

    private static final String PAGE = resource("/articles/scraped-news-page.txt");

    private final Summarizer summarizer = new Summarizer();

    @Test
    void summarizesTheGoldenPageForTelegram() {
        assertThat(String.join("\n", summarizer.summarize(PAGE, 3, 600)) + "\n")
                .isEqualTo(resource("/articles/scraped-news-page.summary.txt"));
    }

    @Test
    void keepsEachShortLineOfThePageApartInsteadOfJoiningItAsWrappedText() {
        Document document = Document.read(PAGE, new TermExtractor());

        assertThat(HardWraps.isHardWrapped(PAGE.strip())).isFalse();
        assertThat(document.headline()).contains("الحكومة والمعارضة السورية تتفقان على جولة جديدة في أستانا");
        assertThat(document.sentences())
                .extracting(Sentence::text)
                .contains("كتب: سامر العلي", "الخميس ٢٧ أبريل ٢٠١٧ - 10:45", "- تبادل المعتقلين");
    }

    @Test
    void leavesOutFurnitureListsAndRepeats() {
        List<String> summary = summarizer.summarize(PAGE, 8);

        assertThat(summary)
                .isNotEmpty()
                .doesNotHaveDuplicates()
                .allSatisfy(s -> assertThat(PAGE).contains(s))
                .noneSatisfy(s -> assertThat(s)
                        .containsAnyOf(
                                "كتب:",
                                "الخميس ٢٧",
                                "شارك الخبر",
                                "صورة أرشيفية",
                                "اقرأ أيضاً",
                                "أجندة",
                                "- تثبيت",
                                "- تبادل",
                                "- إيصال",
                                "تابعونا",
                                "©"));
    }

    @Test
    void keepsTheDatelineWithItsSentenceAndQuotesWhole() {
        List<String> summary = summarizer.summarize(PAGE, 8);

        assertThat(summary)
                .startsWith("أستانا - (أ ف ب) - أعلنت وزارة الخارجية الكازاخستانية أن الجولة الرابعة من محادثات أستانا"
                        + " حول سوريا ستعقد يومي ٣ و٤ مايو بمشاركة وفدي الحكومة والمعارضة.")
                .contains("وقال رئيس وفد المعارضة محمد علوش: «لن نقبل بأي اتفاق لا يضمن وقف القصف على المدنيين».")
                .contains("وبحسب المرصد السوري لحقوق الإنسان (SOHR)، قتل أكثر من 320 ألف شخص منذ بدء النزاع في مارس"
                        + " 2011.");
    }

    private static String resource(String name) {
        try (InputStream in = ScrapedPageTest.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
