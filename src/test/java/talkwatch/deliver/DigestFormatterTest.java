package talkwatch.deliver;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import talkwatch.store.Outlet;
import talkwatch.store.StoredArticle;

class DigestFormatterTest {

    private static final DigestFormatter.Words WORDS = new DigestFormatter.Words("🗞 <b>موجز الأخبار</b>", "(تابع)");
    private final DigestFormatter formatter = new DigestFormatter(WORDS, new TimeDisplay(ZoneId.of("Asia/Damascus")));

    @Test
    void namesEachStoryOnceWithItsFirstSentenceAndItsOutlets() {
        StoredArticle story = new StoredArticle(
                1,
                "وفد <المعارضة> يصل إلى أستانا",
                "https://example.org/a?x=1&y=2",
                List.of("وفد <المعارضة> يصل إلى أستانا", "وصل الوفد صباح اليوم.", "وسيلتقي الوسطاء غداً."),
                "سانا",
                Instant.parse("2026-11-30T03:00:00Z"),
                List.of(new Outlet("BBC عربي", "https://example.org/b")));

        List<String> digest = formatter.format(
                Instant.parse("2026-11-30T05:00:00Z"),
                List.of(new DigestFormatter.Group("محادثات أستانا", List.of(story))));

        assertThat(digest)
                .containsExactly("🗞 <b>موجز الأخبار</b>\n\u206830\u2069 نوفمبر \u20682026\u2069، \u206808:00\u2069"
                        + " (غرينتش\u2068+3\u2069)\n\n<b>محادثات أستانا</b>\n\n"
                        + "<b><a href=\"https://example.org/a?x=1&amp;y=2\">وفد &lt;المعارضة&gt; يصل إلى أستانا</a></b>\n"
                        + "وصل الوفد صباح اليوم.\n"
                        + "📰 سانا، \u2068BBC\u2069 عربي");
    }

    @Test
    void takesMoreMessagesOnlyWhenTelegramsLimitRequiresAndNamesTheTalkAgain() {
        String sentence = "وقال المبعوث الأممي إن الوفدين ناقشا في جنيف جدول أعمال الجولة المقبلة من اجتماعات اللجنة"
                + " الدستورية وآليات عملها، مؤكداً أن التقدم ما زال بطيئاً لكنه ممكن إذا توافرت الإرادة السياسية"
                + " لدى الطرفين، وأن الأمم المتحدة مستعدة لتسهيل عقد جولة جديدة قبل نهاية الشهر.";
        List<StoredArticle> geneva = new ArrayList<>();
        for (int i = 1; i <= 30; i++) {
            geneva.add(new StoredArticle(
                    i,
                    "اجتماع اللجنة الدستورية رقم " + i,
                    "https://example.org/g" + i,
                    List.of(sentence),
                    "وكالة الاختبار",
                    Instant.parse("2026-11-30T03:00:00Z")));
        }
        StoredArticle astana = new StoredArticle(
                99, "انطلاق جولة أستانا", "https://example.org/a", List.of("انطلقت الجولة."), "سانا", Instant.EPOCH);

        List<String> digest = formatter.format(
                Instant.parse("2026-11-30T05:00:00Z"),
                List.of(
                        new DigestFormatter.Group("محادثات جنيف", geneva),
                        new DigestFormatter.Group("محادثات أستانا", List.of(astana))));

        assertThat(digest)
                .hasSizeGreaterThan(1)
                .allSatisfy(
                        message -> assertThat(message.length()).isLessThanOrEqualTo(MessageFormatter.TELEGRAM_LIMIT));
        assertThat(digest.get(1)).startsWith("<b>محادثات جنيف</b> (تابع)\n\n<b><a href=");
        String all = String.join("\n", digest);
        for (int i = 1; i <= 30; i++) {
            assertThat(all).containsOnlyOnce("\">اجتماع اللجنة الدستورية رقم \u2068" + i + "\u2069</a>");
        }
        assertThat(digest.get(digest.size() - 1))
                .contains("<b>محادثات أستانا</b>\n\n<b><a href=\"https://example.org/a\">");
        // the first message is as full as Telegram takes: the next story would not have fitted
        assertThat(digest.get(0).length()).isGreaterThan(MessageFormatter.TELEGRAM_LIMIT - DigestFormatter.STORY_LIMIT);
    }
}
