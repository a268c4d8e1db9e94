package talkwatch.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import talkwatch.testing.SeedArticle;

class TextQueryTest {

    private static final List<String> ARTICLE = List.of(
            "تبادل الأسرى على طاولة الجولة المقبلة بأستانا",
            "وقال لافرنتييف إن الدول الضامنة ستبحث ملف المعتقلين وللمفقودين لجنة خاصة بعد أسبوعين.");

    @Test
    void findsEachWordBehindTheTextsCliticsWhateverTheHamza() {
        assertThat(query("المفقودين").matches(ARTICLE)).isTrue(); // وللمفقودين
        assertThat(query("مفقودين").matches(ARTICLE)).isTrue();
        assertThat(query("استانا").matches(ARTICLE)).isTrue(); // بأستانا
        assertThat(query("الاسرى").matches(ARTICLE)).isTrue(); // الأسرى
        assertThat(query("لافرنتييف").matches(ARTICLE)).isTrue();
        // like topic keywords, a query word keeps its own prepositions (لبنان is not ل + بنان)
        assertThat(query("لأستانا").matches(ARTICLE)).isFalse();
    }

    @Test
    void needsEveryWordButNotInTheSameTextNorInOrder() {
        assertThat(query("أستانا المعتقلين").matches(ARTICLE)).isTrue();
        assertThat(query("المعتقلين جنيف").matches(ARTICLE)).isFalse();
        assertThat(query("سوتشي").matches(ARTICLE)).isFalse();
    }

    @Test
    void aQueryWithoutLettersOrDigitsIsNone() {
        assertThat(TextQuery.of("  ؟!  ")).isEmpty();
        assertThat(query("  لافرنتييف   لافرنتييف ").text()).isEqualTo("لافرنتييف   لافرنتييف");
    }

    @Test
    void theIndexTermsOfATextHoldEveryReadingAQueryLooksUp() {
        // exactly the readings matching accepts: for every word of the seed article and every tail of it
        for (String word : talkwatch.arabic.TermExtractor.words(SeedArticle.text())) {
            List<String> readings = Clitics.readings(word);
            for (int start = 0; start < word.length(); start++) {
                String tail = word.substring(start);
                assertThat(readings.contains(tail)).as(word + " / " + tail).isEqualTo(Clitics.reads(word, tail));
            }
        }
        String terms = TextQuery.indexTerms(ARTICLE);
        List<String> indexed = List.of(terms.split(" "));
        assertThat(indexed)
                .contains("باستانا", "استانا", "وللمفقودين", "مفقودين", "المعتقلين", "معتقلين")
                .doesNotHaveDuplicates();
        assertThat(query("المعتقلين بأستانا").indexWords()).containsExactly("معتقلين", "باستانا");
    }

    private static TextQuery query(String text) {
        return TextQuery.of(text).orElseThrow();
    }
}
