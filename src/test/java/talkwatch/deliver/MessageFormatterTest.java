package talkwatch.deliver;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import talkwatch.store.Outlet;
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
                                + " في \u20683\u2069 و\u20684\u2069 مايو</a></b>\n\n")
                .contains("حدد مندوبو روسيا وتركيا وإيران موعد الجولة التالية. وأضاف كمالدينوف")
                .endsWith("📰 بي بي سي عربي · \u206829\u2069 نوفمبر \u20682026\u2069، \u206814:05\u2069 (غرينتش)");
    }

    @Test
    void aStoredHeadlineWithAnOverrideReversesNothingAfterIt() {
        // stored before feeds were stripped of bidi controls: the message takes them out too
        String message = formatter.format(new StoredArticle(
                1,
                "\u202Eانطلاق الجولة الـ22 من محادثات أستانا",
                "https://example.org/a",
                List.of("انطلقت الجولة \u202Dالثانية والعشرون."),
                "سانا\u2067",
                Instant.parse("2026-11-29T14:05:00Z")));

        assertThat(message)
                .isEqualTo(
                        "<b><a href=\"https://example.org/a\">انطلاق الجولة الـ\u206822\u2069 من محادثات أستانا</a></b>\n\n"
                                + "انطلقت الجولة الثانية والعشرون.\n\n"
                                + "📰 سانا · \u206829\u2069 نوفمبر \u20682026\u2069، \u206814:05\u2069 (غرينتش)");
    }

    @Test
    void linksEachOtherOutletToItsReportInTheMessageAndNamesThemOnlyInAList() {
        StoredArticle article = new StoredArticle(
                1,
                "انطلاق الجولة الـ22 من محادثات أستانا",
                "https://example.org/a",
                List.of("انطلقت الجولة الثانية والعشرون من المحادثات."),
                "الجزيرة نت",
                Instant.parse("2026-11-29T14:05:00Z"),
                List.of(
                        new Outlet("وكالة الأناضول", "https://example.org/b?x=1&y=2"),
                        new Outlet("سانا", ""),
                        new Outlet("موقع <مريب>", "javascript:alert(1)")));

        assertThat(formatter.format(article))
                .endsWith(
                        "\nوردت أيضاً في: <a href=\"https://example.org/b?x=1&amp;y=2\">وكالة الأناضول</a>، سانا، موقع"
                                + " &lt;مريب&gt;");
        assertThat(formatter.formatAll("آخر الأخبار", List.of(article)).get(0))
                .endsWith("\nوردت أيضاً في: وكالة الأناضول، سانا، موقع &lt;مريب&gt;");
    }

    @Test
    void linksAtMostTenOtherOutletsSoAStoryToldByDozensStillFits() {
        List<Outlet> outlets = new java.util.ArrayList<>();
        for (int i = 0; i < 40; i++) {
            outlets.add(new Outlet("مصدر " + i, "https://example.org/" + "x".repeat(200) + i));
        }
        StoredArticle article = new StoredArticle(
                1, "عنوان", "https://example.org/a", List.of("جملة."), "المصدر", Instant.EPOCH, outlets);

        List<String> parts = formatter.parts(article);

        assertThat(parts).singleElement().satisfies(message -> {
            assertThat(message).hasSizeLessThanOrEqualTo(MessageFormatter.TELEGRAM_LIMIT);
            assertThat(message.split("<a href", -1)).hasSize(1 + 1 + MessageFormatter.LINKED_OUTLETS);
            assertThat(message).contains("مصدر \u206839\u2069"); // the last one, by name
        });
    }

    @Test
    void showsTheTimeInTheConfiguredZoneWithItsOffsetFromGreenwich() {
        StoredArticle article = new StoredArticle(
                1,
                "وفود الدول الضامنة تصل إلى أستانا",
                "https://example.org/a",
                List.of("وصلت وفود روسيا وتركيا وإيران إلى أستانا مساء اليوم."),
                "سانا",
                Instant.parse("2026-11-29T22:05:00Z"));

        assertThat(new MessageFormatter(new TimeDisplay(ZoneId.of("Asia/Damascus"))).format(article))
                .endsWith("📰 سانا · \u206830\u2069 نوفمبر \u20682026\u2069، \u206801:05\u2069 (غرينتش\u2068+3\u2069)");
        assertThat(new MessageFormatter(new TimeDisplay(ZoneId.of("Asia/Kolkata"))).format(article))
                .endsWith("\u206803:35\u2069 (غرينتش\u2068+5:30\u2069)");
        assertThat(new MessageFormatter(new TimeDisplay(ZoneId.of("America/New_York"))).format(article))
                .endsWith("\u206829\u2069 نوفمبر \u20682026\u2069، \u206817:05\u2069 (غرينتش\u2068-5\u2069)");
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
                .contains("&lt;\u2068script\u2069&gt; &amp; \"اقتباس\"")
                .contains("href=\"https://example.org/&quot;x&quot;\"")
                .contains("أ &lt; ب &amp; ج &gt; د")
                .contains("&lt;مصدر&gt;")
                .doesNotContain("<script>");
    }

    @Test
    void isolatesLatinNamesUrlsAndNumbersInsideArabicButNeverInsideTags() {
        String message = formatter.format(new StoredArticle(
                1,
                "دي ميستورا: Staffan de Mistura يزور Geneva",
                "https://example.org/a?x=1&y=2",
                List.of("قال المبعوث إن القرار 2254 منشور على https://un.org/res/2254."),
                "BBC عربي",
                Instant.EPOCH));

        assertThat(message)
                .startsWith(
                        "<b><a href=\"https://example.org/a?x=1&amp;y=2\">دي ميستورا: \u2068Staffan de Mistura\u2069"
                                + " يزور \u2068Geneva\u2069</a></b>")
                .contains("القرار \u20682254\u2069 منشور على \u2068https://un.org/res/2254\u2069.")
                .contains("📰 \u2068BBC\u2069 عربي");
    }

    @Test
    void leavesTextWithoutArabicAsItIs() {
        assertThat(Isolates.wrap("Staffan de Mistura, 2026")).isEqualTo("Staffan de Mistura, 2026");
    }

    @Test
    void splitsALongSummaryBetweenSentencesWithTheHeaderFirstAndTheFooterLast() {
        String sentence = "هذه جملة طويلة عن مفاوضات السلام السورية في أستانا وجنيف وسوتشي.";
        List<String> summary = Collections.nCopies(150, sentence);

        List<String> parts = formatter.parts(
                new StoredArticle(1, "عنوان", "https://example.org/a", summary, "المصدر", Instant.EPOCH));

        assertThat(parts).hasSizeGreaterThan(1);
        assertThat(parts).allMatch(part -> part.length() <= MessageFormatter.TELEGRAM_LIMIT);
        assertThat(parts.get(0)).startsWith("<b><a href=\"https://example.org/a\">عنوان</a></b>\n\n" + sentence);
        assertThat(parts.get(parts.size() - 1)).endsWith("(غرينتش)");
        String body = String.join(" ", parts).replaceAll("(?s)^.*?\n\n", "").replaceAll("(?s)\n\n📰.*$", "");
        assertThat(body.split("(?<=\\.) ")).hasSize(150).allMatch(sentence::equals);
        for (String part : parts.subList(1, parts.size())) {
            assertThat(part).doesNotContain("<b>").doesNotContain("</a>");
        }
    }

    @Test
    void cutsASentenceLongerThanAMessageAtSpacesNeverInsideAnEntity() {
        String sentence = "أ & ب ".repeat(1500).strip();

        List<String> parts =
                formatter.parts(new StoredArticle(1, "عنوان", null, List.of(sentence), "م", Instant.EPOCH));

        assertThat(parts).hasSizeGreaterThan(1).allMatch(part -> part.length() <= MessageFormatter.TELEGRAM_LIMIT);
        assertThat(String.join(" ", parts)).doesNotContain("&am ").doesNotContain("&amp&");
        assertThat(String.join(" ", parts).split("&amp;", -1)).hasSize(1501);
    }

    @Test
    void foldsArticlesIntoOneDigestThatFits() {
        StoredArticle article = new StoredArticle(
                1,
                "عنوان الخبر",
                "https://example.org/a",
                List.of("جملة أولى.", "جملة ثانية."),
                "المصدر",
                Instant.EPOCH);

        MessageFormatter.Digest digest = formatter.digest(Collections.nCopies(50, article));

        assertThat(digest.html())
                .startsWith("📬 <b>أخبار فاتتك</b>")
                .contains("جملة أولى.")
                .doesNotContain("جملة ثانية");
        assertThat(digest.html().length()).isLessThanOrEqualTo(MessageFormatter.TELEGRAM_LIMIT);
        assertThat(digest.articles()).isBetween(10, 49);
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
