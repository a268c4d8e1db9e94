package talkwatch.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleTextTest {

    @Test
    void collapsesSpacesAsTheRegexItReplaces() {
        for (String line : List.of(
                "",
                " ",
                "a",
                "  a \t\u000B\f\r b\u00A0\u00A0c ",
                "\u00A0x\u2003y\u200Fz\u0085 ",
                "الفقرة   الأولى\t\tو\u00A0الثانية")) {
            assertThat(ArticleText.collapseSpaces(line)).isEqualTo(line.replaceAll("[\\s\\u00A0]+", " "));
        }
    }

    @Test
    void keepsParagraphsAsLines() {
        String html = "<div dir=\"rtl\"><p>الفقرة   الأولى</p>\n\n<p>الثانية<br>سطر&nbsp;جديد &amp; أخير</p>"
                + "<ul><li>بند</li></ul><script>var x;</script></div>";

        assertThat(ArticleText.fromHtml(html)).isEqualTo("الفقرة الأولى\nالثانية\nسطر جديد & أخير\nبند");
    }

    @Test
    void dropsTheBidiControlsAPublisherLeftIn() {
        // an unbalanced RIGHT-TO-LEFT OVERRIDE would reverse the rest of the line the headline is shown in
        assertThat(ArticleText.fromHtml("<p>\u202Eانطلاق الجولة الـ22 في أستانا</p><p>\u2067نص\u2069 الخبر</p>"))
                .isEqualTo("انطلاق الجولة الـ22 في أستانا\nنص الخبر");
        assertThat(ArticleText.fromPlain("\u202Bوفد المعارضة يصل إلى جنيف\u202C"))
                .isEqualTo("وفد المعارضة يصل إلى جنيف");
    }

    @Test
    void unescapesEntitiesInPlainHtml() {
        assertThat(ArticleText.fromHtml("  It&#x27;s &quot;here&quot;  ")).isEqualTo("It's \"here\"");
    }

    @Test
    void makesATitleFromTheFirstSentence() {
        assertThat(ArticleText.titleFrom("استؤنفت المحادثات اليوم. وقال الوسيط إن التقدم بطيء."))
                .isEqualTo("استؤنفت المحادثات اليوم");
        assertThat(ArticleText.titleFrom("هل تنجح الهدنة؟ يتساءل المراقبون")).isEqualTo("هل تنجح الهدنة");
    }

    @Test
    void cutsALongFirstSentenceAtAWord() {
        String title = ArticleText.titleFrom("كلمة ".repeat(40));

        assertThat(title).endsWith("…").hasSizeLessThanOrEqualTo(91);
        assertThat(title.replace("…", "")).doesNotEndWith(" ").endsWith("كلمة");
    }

    @Test
    void hashesNormalizedContent() {
        assertThat(ArticleText.contentKey("عنوان", "نص  طويل"))
                .isEqualTo(ArticleText.contentKey("عنوان", "نص طويل"))
                .isNotEqualTo(ArticleText.contentKey("عنوان", "نص آخر"))
                .matches("sha256:[0-9a-f]{64}");
    }
}
