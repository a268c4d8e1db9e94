package talkwatch.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import talkwatch.testing.SeedArticle;

class CharacterBudgetTest {

    private static final String LONG_LEAD =
            "أعلنت وزارة الخارجية الكازاخستانية أن الجولة المقبلة من محادثات أستانا بشأن سوريا"
                    + " ستعقد في الثالث والرابع من مايو بمشاركة وفود الحكومة والمعارضة والدول الضامنة روسيا وتركيا وإيران"
                    + "، وأن الوفود ستناقش تثبيت وقف إطلاق النار وإنشاء مناطق تخفيف التوتر وتبادل المعتقلين والمفقودين"
                    + " وإيصال المساعدات الإنسانية إلى المناطق المحاصرة، إضافة إلى آلية مراقبة الهدنة التي اتفق عليها"
                    + " في الجولات السابقة، وتشكيل لجنة مشتركة لمتابعة الانتهاكات، وبحث مشاركة الأمم المتحدة بصفة"
                    + " مراقب، ودعوة الأردن والولايات المتحدة إلى حضور الجلسات العامة، وتحديد جدول أعمال الجولة"
                    + " التالية، وإصدار بيان ختامي مشترك يحدد خطوات بناء الثقة بين الأطراف المتحاربة.";

    private final Summarizer summarizer = new Summarizer();

    @Test
    void keepsTheDateOfTheNextRoundWithinSixHundredCharacters() {
        String seed = SeedArticle.text();

        List<String> summary = summarizer.summarize(seed, 3, 600);

        assertThat(String.join("\n", summary)).hasSizeLessThanOrEqualTo(600);
        assertThat(summary)
                .isNotEmpty()
                .hasSizeLessThanOrEqualTo(3)
                .allSatisfy(s -> assertThat(seed).contains(s));
        assertThat(summary).anySatisfy(s -> assertThat(s).contains("ستعقد في الثالث والرابع من مايو"));
    }

    @Test
    void skipsASentenceTooLongForTheBudgetInsteadOfCuttingIt() {
        String text = String.join(
                "\n",
                LONG_LEAD,
                "وقال المتحدث باسم الخارجية إن الدعوات أرسلت إلى جميع الأطراف.",
                "وأكدت المعارضة أنها ستشارك في الجولة المقبلة بوفد موسع.",
                "وكانت الجولة السابقة قد انتهت دون اتفاق على تبادل المعتقلين.");
        assertThat(LONG_LEAD.length()).isGreaterThan(600);

        List<String> summary = summarizer.summarize(text, 3, 600);

        assertThat(summary)
                .containsExactly(
                        "وقال المتحدث باسم الخارجية إن الدعوات أرسلت إلى جميع الأطراف.",
                        "وأكدت المعارضة أنها ستشارك في الجولة المقبلة بوفد موسع.",
                        "وكانت الجولة السابقة قد انتهت دون اتفاق على تبادل المعتقلين.");
        assertThat(summarizer.summarize(text, 3)).contains(LONG_LEAD);
    }

    @Test
    void returnsTheShortestOfTheBestSentencesWholeWhenNoneFits() {
        String second = LONG_LEAD.replace("أعلنت وزارة الخارجية الكازاخستانية", "وأكدت وزارة الخارجية الروسية");
        String text = LONG_LEAD + "\n" + second.substring(0, second.length() - 40) + ".";

        List<String> summary = summarizer.summarize(text, 3, 100);

        assertThat(summary).hasSize(1);
        assertThat(text).contains(summary.get(0));
        assertThat(summary.get(0)).hasSize(Math.min(LONG_LEAD.length(), second.length() - 39));
    }

    @Test
    void takesNoMoreSentencesThanAskedFromManyShortOnes() {
        StringBuilder text = new StringBuilder();
        String[] cities = {"دمشق", "حلب", "حمص", "إدلب", "درعا", "الرقة", "دير الزور", "اللاذقية", "طرطوس", "حماة"};
        for (String city : cities) {
            text.append("وصل وفد من ").append(city).append(" إلى أستانا صباح اليوم. ");
        }

        List<String> summary = summarizer.summarize(text.toString(), 3, 600);

        assertThat(summary).hasSize(3);
        assertThat(String.join(" ", summary)).hasSizeLessThanOrEqualTo(600);
    }

    @Test
    void agreesWithTheUnboundedSummaryWhenEverythingFits() {
        String seed = SeedArticle.text();

        assertThat(summarizer.summarize(seed, 3, Integer.MAX_VALUE)).isEqualTo(summarizer.summarize(seed, 3));
        assertThat(summarizer.summarize("", 3, 600)).isEmpty();
    }

    @Test
    void rejectsABudgetBelowOneCharacter() {
        assertThatThrownBy(() -> summarizer.summarize("وصل الوفد.", 3, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("maxChars must be at least 1, was 0");
    }
}
