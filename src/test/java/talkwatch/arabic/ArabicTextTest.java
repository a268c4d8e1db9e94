package talkwatch.arabic;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArabicTextTest {

    @Test
    void removesDiacriticsAndTatweel() {
        assertThat(ArabicText.normalize("مُحَادَثَاتُ السَّلَامِ")).isEqualTo("محادثات السلام");
        assertThat(ArabicText.normalize("المفاوضـــات")).isEqualTo("المفاوضات");
    }

    @Test
    void removesSuperscriptAlef() {
        assertThat(ArabicText.normalize("هٰذا الرحمٰن")).isEqualTo("هذا الرحمن");
    }

    @Test
    void unifiesAlefForms() {
        assertThat(ArabicText.normalize("أستانا إيران آمال ٱلسلام")).isEqualTo("استانا ايران امال السلام");
    }

    @Test
    void foldsTehMarbutaAlefMaksuraAndHamzaSeats() {
        assertThat(ArabicText.normalize("الجولة القادمة")).isEqualTo("الجوله القادمه");
        assertThat(ArabicText.normalize("مستوى")).isEqualTo("مستوي");
        assertThat(ArabicText.normalize("مؤتمر رئيس")).isEqualTo("موتمر رييس");
    }

    @Test
    void turnsHashtagsIntoWords() {
        assertThat(ArabicText.normalize("جرائم #النظام_السوري في #حلب")).isEqualTo("جرايم النظام السوري في حلب");
    }

    @Test
    void mapsArabicIndicDigitsToAscii() {
        assertThat(ArabicText.normalize("في ٣ و٤ مايو ۲۰۱۷")).isEqualTo("في 3 و4 مايو 2017");
    }

    @Test
    void collapsesWhitespaceAndDropsBidiMarks() {
        assertThat(ArabicText.normalize("  وفد\u200f  المعارضة\n\tالسورية \u00a0 "))
                .isEqualTo("وفد المعارضه السوريه");
    }

    @Test
    void keepsPunctuationAndLowerCasesLatin() {
        assertThat(ArabicText.normalize("قالت (AFP): نعم.")).isEqualTo("قالت (afp): نعم.");
    }
}
