package talkwatch.arabic;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

    @Test
    void splitsOnArabicAndLatinPunctuation() {
        assertThat(SentenceSplitter.split("انتهت الجولة. هل تستأنف المحادثات؟ نعم! ثم؛ انتظروا… الخبر"))
                .containsExactly("انتهت الجولة.", "هل تستأنف المحادثات؟", "نعم!", "ثم؛", "انتظروا…", "الخبر");
    }

    @Test
    void splitsOnNewlines() {
        assertThat(SentenceSplitter.split("عنوان الخبر\n\nالفقرة الأولى من النص\r\nالفقرة الثانية"))
                .containsExactly("عنوان الخبر", "الفقرة الأولى من النص", "الفقرة الثانية");
    }

    @Test
    void keepsDecimalsAndOneLetterAbbreviationsTogether() {
        assertThat(SentenceSplitter.split("ارتفع النمو إلى 3.5 في المئة. وقال د. أحمد إن الرقم جيد."))
                .containsExactly("ارتفع النمو إلى 3.5 في المئة.", "وقال د. أحمد إن الرقم جيد.");
    }

    @Test
    void endsASentenceAfterAWordWithDiacriticsNotTakingItsLastLetterForAnAbbreviation() {
        // From a real feed (syrianpulse_feed-ar.xml): the shadda and fatha before the last letter are not a word break.
        assertThat(SentenceSplitter.split(
                        "استحوذا معاً على نصف مجمل النقاش المتتبَّع. جاءت تغطية الإعلام الرسمي إيجابية."))
                .containsExactly("استحوذا معاً على نصف مجمل النقاش المتتبَّع.", "جاءت تغطية الإعلام الرسمي إيجابية.");
        assertThat(SentenceSplitter.split("وصل دُ. أحمد إلى الاجتماع.")).containsExactly("وصل دُ. أحمد إلى الاجتماع.");
    }

    @Test
    void keepsEllipsisRunsAndDomainNamesInOneSentence() {
        assertThat(SentenceSplitter.split("نشر البيان على موقع example.com... ثم حذفه!؟ لماذا"))
                .containsExactly("نشر البيان على موقع example.com...", "ثم حذفه!؟", "لماذا");
    }

    @Test
    void keepsClosingQuotesWithTheirSentence() {
        assertThat(SentenceSplitter.split("قال المتحدث \"سنحضر الجولة المقبلة.\" وأكد الوفد ذلك."))
                .containsExactly("قال المتحدث \"سنحضر الجولة المقبلة.\"", "وأكد الوفد ذلك.");
    }

    @Test
    void doesNotCutInsideGuillemets() {
        assertThat(SentenceSplitter.split("قال لافرنتييف: «الجولة انتهت. سنعود في مايو». وغادر الوفد."))
                .containsExactly("قال لافرنتييف: «الجولة انتهت. سنعود في مايو».", "وغادر الوفد.");
    }

    @Test
    void doesNotCutInsideCurlyQuotesWrittenEitherWay() {
        assertThat(SentenceSplitter.split("”أهلاً بالعالم !“، هي العبارة الأولى. ثم بدأت الكتابة."))
                .containsExactly("”أهلاً بالعالم !“، هي العبارة الأولى.", "ثم بدأت الكتابة.");
        assertThat(SentenceSplitter.split("قال: “انتهت الجولة. نعود قريباً” وغادر."))
                .containsExactly("قال: “انتهت الجولة. نعود قريباً” وغادر.");
    }

    @Test
    void dropsTheCommaThatScrapedTextGluesAfterASentence() {
        String text = "حدد الضامنون موعد الجولة التالية., وأضاف الوزير أنها ستعقد في مايو., وقال المفاوض إن الوفود"
                + " ستبقى، للتشاور, وأوضح المتحدث أن القرار نهائي.";
        assertThat(SentenceSplitter.split(text))
                .containsExactly(
                        "حدد الضامنون موعد الجولة التالية.",
                        "وأضاف الوزير أنها ستعقد في مايو.",
                        "وقال المفاوض إن الوفود ستبقى، للتشاور",
                        "وأوضح المتحدث أن القرار نهائي.");
    }

    @Test
    void keepsLatinCommasWhenTheTextHasNoScrapingGlitch() {
        assertThat(SentenceSplitter.split("وصل الوفد, وبدأت الجلسة.")).containsExactly("وصل الوفد, وبدأت الجلسة.");
    }

    @Test
    void ignoresPunctuationOnlyPieces() {
        assertThat(SentenceSplitter.split("... \n ؟ \n")).isEmpty();
    }

    @Test
    void endsASentenceAtEveryKindOfLineBreak() {
        assertThat(SentenceSplitter.split("\r\nالأول\r\nالثاني\rالثالث\u2028الرابع\u0085الخامس\f\n\nالسادس\n"))
                .containsExactly("الأول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس");
    }
}
