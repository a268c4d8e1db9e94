package talkwatch.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArticleLeadTest {

    @Test
    void keepsTheFirstThreeSentences() {
        String text = "انطلقت في جدة محادثات بين الجيش السوداني والدعم السريع. وقال الوسطاء إن الجولة تستمر أسبوعا."
                + " ورحبت الأمم المتحدة بالخطوة. وفي الخرطوم تواصلت الاشتباكات.";

        assertThat(ArticleLead.of(text))
                .isEqualTo("انطلقت في جدة محادثات بين الجيش السوداني والدعم السريع. وقال الوسطاء إن الجولة تستمر"
                        + " أسبوعا. ورحبت الأمم المتحدة بالخطوة.");
    }

    @Test
    void stopsBeforeASentenceThatWouldPassTheLimit() {
        String first = "بدأت الجولة الجديدة من المحادثات في جدة.";
        String longSecond = "وأضاف المصدر " + "أن الوفدين ناقشا بنود الهدنة ".repeat(30) + "بالتفصيل.";

        assertThat(ArticleLead.of(first + " " + longSecond)).isEqualTo(first);
    }

    @Test
    void cutsAFirstSentenceLongerThanTheLimitAtASpace() {
        String lead = ArticleLead.of("ناقش الوفدان " + "بنود الهدنة الإنسانية ".repeat(60));

        assertThat(lead)
                .hasSizeLessThanOrEqualTo(ArticleLead.MAX_CHARS)
                .startsWith("ناقش الوفدان")
                .doesNotEndWith(" ");
    }

    @Test
    void anArticleWithoutTextHasNoLead() {
        assertThat(ArticleLead.of("")).isNull();
        assertThat(ArticleLead.of("  ")).isNull();
        assertThat(ArticleLead.of(null)).isNull();
    }
}
