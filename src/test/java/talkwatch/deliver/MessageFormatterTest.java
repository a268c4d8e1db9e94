package talkwatch.deliver;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import talkwatch.store.StoredArticle;

class MessageFormatterTest {

    private final MessageFormatter formatter = new MessageFormatter();

    @Test
    void showsTheTitleAsABoldLinkThenTheSummarySourceAndTime() {
        String message = formatter.format(new StoredArticle(
                1,
                "تحديد الجولة القادمة من محادثات أستانا في 3 و4 مايو",
                "https://example.org/astana?a=1&b=2",
                List.of(
                        "حدد مندوبو روسيا وتركيا وإيران موعد الجولة التالية.",
                        "وأضاف كمالدينوف أن الجولة التالية ستعقد في الثالث والرابع من مايو/أيار."),
                "بي بي سي عربي",
                Instant.parse("2026-11-29T14:05:00Z")));

        assertThat(message)
                .startsWith(
                        "<b><a href=\"https://example.org/astana?a=1&amp;b=2\">تحديد الجولة القادمة من محادثات أستانا"
                                + " في 3 و4 مايو</a></b>\n\n")
                .contains("حدد مندوبو روسيا وتركيا وإيران موعد الجولة التالية. وأضاف كمالدينوف")
                .endsWith("📰 بي بي سي عربي · 29 نوفمبر 2026، 14:05 (غرينتش)");
    }

    @Test
    void escapesWhatTelegramWouldReadAsHtml() {
        String message = formatter.format(new StoredArticle(
                1,
                "<script> & \"اقتباس\"",
                "https://example.org/\"x\"",
                List.of("أ < ب & ج > د"),
                "<مصدر>",
                Instant.EPOCH));

        assertThat(message)
                .contains("&lt;script&gt; &amp; \"اقتباس\"")
                .contains("href=\"https://example.org/&quot;x&quot;\"")
                .contains("أ &lt; ب &amp; ج &gt; د")
                .contains("&lt;مصدر&gt;")
                .doesNotContain("<script>");
    }

    @Test
    void neverExceedsTelegramsLimitAndNeverCutsASentenceInHalf() {
        String sentence = "هذه جملة طويلة عن مفاوضات السلام السورية في أستانا وجنيف وسوتشي. ";
        List<String> summary = Collections.nCopies(200, sentence.strip());

        String message = formatter.format(
                new StoredArticle(1, "عنوان", "https://example.org/a", summary, "المصدر", Instant.EPOCH));

        assertThat(message.length()).isLessThanOrEqualTo(MessageFormatter.TELEGRAM_LIMIT);
        String body = message.split("\n\n")[1];
        assertThat(body.split("(?<=\\.) ")).allMatch(part -> part.equals(sentence.strip()));
    }

    @Test
    void doesNotRepeatTheTitleInTheSummary() {
        String title = "انطلاق الجولة الرابعة من محادثات أستانا";

        String message = formatter.format(
                new StoredArticle(1, title, null, List.of(title, "وتستمر الجولة يومين."), "المصدر", Instant.EPOCH));

        assertThat(message).containsOnlyOnce(title).contains("\n\nوتستمر الجولة يومين.\n\n");
    }

    @Test
    void cutsAnOverlongTitleAtAWord() {
        String title = "كلمة ".repeat(200);

        String message = formatter.format(new StoredArticle(1, title, null, List.of(), "المصدر", Instant.EPOCH));

        assertThat(message).startsWith("<b>كلمة").contains("كلمة…</b>");
        assertThat(message.length()).isLessThan(MessageFormatter.TITLE_LIMIT + 100);
    }
}
