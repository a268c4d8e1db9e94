package talkwatch.arabic;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TermExtractorTest {

    private final TermExtractor extractor = new TermExtractor();

    @Test
    void stemsArticleAndSuffixesWithLucene() {
        assertThat(extractor.terms("المحادثات السورية")).containsExactly("محادث", "سور");
        assertThat(extractor.terms("والمعارضة")).containsExactly("معارض");
    }

    @Test
    void dropsStopWordsAndReportingVerbs() {
        assertThat(extractor.terms("وقال إن الوفد في أستانا")).containsExactly("وفد", "استانا");
    }

    @Test
    void keepsNumbers() {
        assertThat(extractor.terms("في ٣ و4 مايو")).containsExactly("3", "4", "مايو");
    }

    @Test
    void splitsWordsAfterNormalizing() {
        assertThat(TermExtractor.words("«أستانا-3»، #النظام_السوري!"))
                .containsExactly("استانا", "3", "النظام", "السوري");
    }

    @Test
    void givesTheSameTermsForWordsItHasSeenBefore() {
        String text = "وقال إن الوفد في أستانا والمعارضة السورية في ٣ و4 مايو، وقال الوفد";

        assertThat(extractor.terms(text)).isEqualTo(extractor.terms(text)).isEqualTo(new TermExtractor().terms(text));
        assertThat(extractor.terms(text)).containsExactly("وفد", "استانا", "معارض", "سور", "3", "4", "مايو", "وفد");
    }
}
