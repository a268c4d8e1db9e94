package talkwatch.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import talkwatch.testing.SeedArticle;

class SummarizerTest {

    private static final String GENEVA = String.join(
            "\n",
            "دي ميستورا يعلن موعد جولة جديدة من مفاوضات جنيف",
            "أعلن المبعوث الأممي إلى سوريا ستيفان دي ميستورا أن الجولة الجديدة من مفاوضات جنيف ستبدأ في 23 فبراير.",
            "اقرأ أيضاً: المعارضة تشكل وفدها إلى جنيف",
            "وقال دي ميستورا في مؤتمر صحفي إن الدعوات أرسلت إلى وفدي الحكومة والمعارضة.",
            "صورة أرشيفية لمقر الأمم المتحدة في جنيف",
            "وأضاف أن المفاوضات ستركز على الحكم والدستور والانتخابات.",
            "وأضاف أن المفاوضات ستركز على الحكم والدستور والانتخابات.",
            "وكانت الجولة السابقة قد انتهت دون تحقيق تقدم يذكر بسبب الخلاف حول مصير الرئيس.",
            "تابعونا على تويتر وتلغرام");

    private final Summarizer summarizer = new Summarizer();

    @Test
    void keepsTheDateOfTheNextRound() {
        List<String> summary = summarizer.summarize(SeedArticle.text(), 3);

        assertThat(summary).hasSize(3);
        assertThat(summary).anySatisfy(s -> assertThat(s).contains("ستعقد في الثالث والرابع من مايو"));
    }

    @Test
    void returnsOriginalSentencesWithoutTheGlitchComma() {
        String seed = SeedArticle.text();

        List<String> summary = summarizer.summarize(seed, 3);

        assertThat(summary).allSatisfy(s -> {
            assertThat(seed).contains(s);
            assertThat(s).doesNotStartWith(",").doesNotEndWith(",").isEqualTo(s.strip());
        });
        assertThat(summary).contains("وأوضح كمالدينوف أن الجولة المقبلة ستعقد في الثالث والرابع من مايو/أيار.");
    }

    @Test
    void leavesOutTheHeadline() {
        assertThat(summarizer.summarize(GENEVA, 3)).doesNotContain("دي ميستورا يعلن موعد جولة جديدة من مفاوضات جنيف");
    }

    @Test
    void neverRepeatsTheHeadlineWhenTheBodyRepeatsIt() {
        // As a scraped page or a feed's HTML body often does: the headline again as the body's first line.
        String text = String.join(
                "\n",
                "دبلوماسية صاعدة ومزاج هابط في شهر الأمم المتحدة",
                "دبلوماسية صاعدة ومزاج هابط في شهر الأمم المتحدة",
                "ألقى الرئيس خطاباً أمام الجمعية العامة للأمم المتحدة في الثالث والعشرين من سبتمبر، والتقى على هامشها"
                        + " عدداً من قادة العالم.",
                "وارتفع المزاج العام مؤقتاً بعد الخطاب قبل أن يتراجع مع نهاية الشهر بسبب الأوضاع المعيشية"
                        + " والأمنية في الجنوب.",
                "وتصدرت الدبلوماسية والاستثمار تغطية الإعلام الرسمي طوال الشهر، فيما غابت عنها هموم الناس اليومية.");

        List<String> summary = summarizer.summarize(text, 3);

        assertThat(summary).hasSize(3).noneMatch(sentence -> sentence.contains("دبلوماسية صاعدة ومزاج هابط"));
    }

    @Test
    void returnsSentencesInArticleOrder() {
        String seed = SeedArticle.text();

        List<String> summary = summarizer.summarize(seed, 5);

        assertThat(summary).hasSize(5);
        assertThat(summary.stream().mapToInt(seed::indexOf).toArray()).isSorted();
    }

    @Test
    void skipsBoilerplateAndRepeatedSentences() {
        List<String> summary = summarizer.summarize(GENEVA, 5);

        assertThat(summary)
                .containsExactly(
                        "أعلن المبعوث الأممي إلى سوريا ستيفان دي ميستورا أن الجولة الجديدة من مفاوضات جنيف ستبدأ في 23"
                                + " فبراير.",
                        "وقال دي ميستورا في مؤتمر صحفي إن الدعوات أرسلت إلى وفدي الحكومة والمعارضة.",
                        "وأضاف أن المفاوضات ستركز على الحكم والدستور والانتخابات.",
                        "وكانت الجولة السابقة قد انتهت دون تحقيق تقدم يذكر بسبب الخلاف حول مصير الرئيس.");
    }

    @Test
    void prefersTheFullSentenceToAFeedTeaserThatCutsIt() {
        String text = String.join(
                "\n",
                "وصلت وفود الدول الضامنة إلى أستانا مساء الأربعاء للمشاركة في جولة جديدة من المحادثات حول…",
                "",
                "وصلت وفود الدول الضامنة إلى أستانا مساء الأربعاء للمشاركة في جولة جديدة من المحادثات حول سوريا.",
                "وقال مصدر دبلوماسي إن الجولة ستبحث تثبيت وقف إطلاق النار وتبادل المعتقلين.",
                "ومن المتوقع أن يصل وفد المعارضة صباح الخميس.");

        assertThat(summarizer.summarize(text, 2))
                .containsExactly(
                        "وصلت وفود الدول الضامنة إلى أستانا مساء الأربعاء للمشاركة في جولة جديدة من المحادثات حول"
                                + " سوريا.",
                        "وقال مصدر دبلوماسي إن الجولة ستبحث تثبيت وقف إطلاق النار وتبادل المعتقلين.");
    }

    @Test
    void returnsTheWholeBodyWhenAskedForMoreSentencesThanItHas() {
        assertThat(summarizer.summarize("وصل وفد المعارضة السورية إلى أستانا مساء الأربعاء.", 3))
                .containsExactly("وصل وفد المعارضة السورية إلى أستانا مساء الأربعاء.");
        assertThat(summarizer.summarize("", 3)).isEmpty();
    }

    @Test
    void takesARatioOfTheBodySentences() {
        String seed = SeedArticle.text();
        int bodySentences = Document.read(seed, new talkwatch.arabic.TermExtractor())
                .sentences()
                .size();

        assertThat(summarizer.summarizeByRatio(seed, 0.38)).hasSize((int) Math.round(0.38 * bodySentences));
        assertThat(summarizer.summarizeByRatio(seed, 0.01)).hasSize(1);
    }

    @Test
    void ranksOnlyTheBeginningOfAHugeText() {
        String sentence = "وأكد المتحدث أن الوفود ستواصل المشاورات في أستانا حتى نهاية الأسبوع رقم ";
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            text.append(sentence).append(i).append(". ");
        }

        List<String> summary = summarizer.summarize(text.toString(), 3);

        assertThat(summary)
                .isNotEmpty()
                .allSatisfy(s ->
                        assertThat(Integer.parseInt(s.replaceAll("\\D", ""))).isLessThan(Document.MAX_SENTENCES));
    }

    @Test
    void rejectsSenselessBudgets() {
        assertThatThrownBy(() -> summarizer.summarize(GENEVA, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("sentences must be at least 1, was 0");
        assertThatThrownBy(() -> summarizer.summarizeByRatio(GENEVA, 1.5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("ratio must be in (0, 1], was 1.5");
    }
}
