package talkwatch.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import talkwatch.arabic.TermExtractor;

class HardWrapsTest {

    private static final String WRAPPED = String.join(
            "\n",
            "أعلنت وزارة الخارجية الكازاخية أن الجولة المقبلة من",
            "محادثات أستانا ستعقد في منتصف الشهر المقبل بمشاركة",
            "الدول الضامنة الثلاث. وقال المتحدث باسم الوزارة إن",
            "الدعوات وجهت إلى وفدي الحكومة والمعارضة السورية",
            "وإن جدول الأعمال سيركز على تثبيت وقف إطلاق النار.");

    @Test
    void joinsLinesCutInsideSentences() {
        Document document = Document.read(WRAPPED, new TermExtractor());

        assertThat(document.headline()).isEmpty();
        assertThat(document.sentences())
                .extracting(Sentence::text)
                .containsExactly(
                        "أعلنت وزارة الخارجية الكازاخية أن الجولة المقبلة من محادثات أستانا ستعقد في منتصف الشهر المقبل"
                                + " بمشاركة الدول الضامنة الثلاث.",
                        "وقال المتحدث باسم الوزارة إن الدعوات وجهت إلى وفدي الحكومة والمعارضة السورية وإن جدول الأعمال"
                                + " سيركز على تثبيت وقف إطلاق النار.");
    }

    @Test
    void keepsAHeadlineSetOffByABlankLine() {
        Document document = Document.read("الجولة المقبلة من محادثات أستانا\n\n" + WRAPPED, new TermExtractor());

        assertThat(document.headline()).contains("الجولة المقبلة من محادثات أستانا");
        assertThat(document.sentences()).hasSize(2);
    }

    @Test
    void leavesOneParagraphPerLineAlone() {
        String paragraphs = String.join(
                "\n",
                "عنوان الخبر",
                "وصل وفد المعارضة إلى أستانا.",
                "بدأت الجلسة الأولى صباح اليوم.",
                "اقرأ أيضاً: موسكو ترحب بالاتفاق");

        assertThat(HardWraps.isHardWrapped(paragraphs)).isFalse();
        assertThat(Document.read(paragraphs, new TermExtractor()).sentences())
                .extracting(Sentence::text)
                .isEqualTo(List.of(
                        "وصل وفد المعارضة إلى أستانا.",
                        "بدأت الجلسة الأولى صباح اليوم.",
                        "اقرأ أيضاً: موسكو ترحب بالاتفاق"));
    }
}
