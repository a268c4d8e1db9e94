package talkwatch.summary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BoilerplateTest {

    @Test
    void recognizesReadAlsoShareAndFollowLines() {
        assertThat(Boilerplate.isBoilerplate("اقرأ أيضاً: روسيا وتركيا تتفقان على وقف إطلاق النار"))
                .isTrue();
        assertThat(Boilerplate.isBoilerplate("شارك المقال على فيسبوك")).isTrue();
        assertThat(Boilerplate.isBoilerplate("تابعونا على تويتر وتلغرام")).isTrue();
        assertThat(Boilerplate.isBoilerplate("تابعنا على صفحاتنا الرسمية لمعرفة آخر المستجدات لحظة بلحظة"))
                .isTrue();
        assertThat(Boilerplate.isBoilerplate("للمزيد من الأخبار اضغط هنا")).isTrue();
    }

    @Test
    void recognizesCaptionsCreditsAndBylines() {
        assertThat(Boilerplate.isBoilerplate("صورة أرشيفية لجلسة سابقة من محادثات أستانا"))
                .isTrue();
        assertThat(Boilerplate.isBoilerplate("(رويترز)")).isTrue();
        assertThat(Boilerplate.isBoilerplate("بقلم: سامر العلي")).isTrue();
        assertThat(Boilerplate.isBoilerplate("جميع الحقوق محفوظة © 2017")).isTrue();
    }

    @Test
    void recognizesDateLines() {
        assertThat(Boilerplate.isBoilerplate("الخميس ٢٧ أبريل ٢٠١٧ - 10:45")).isTrue();
        assertThat(Boilerplate.isBoilerplate("آخر تحديث: 12:30")).isTrue();
        assertThat(Boilerplate.isBoilerplate("الخميس المقبل تبدأ الجولة الرابعة من المحادثات."))
                .isFalse();
    }

    @Test
    void recognizesMetadataLinesAndReadMoreLinksAnywhereInAShortLine() {
        // The first line of the monthly report in syrianpulse_feed-monthly-ar.xml.
        assertThat(Boilerplate.isBoilerplate("متتبّع السرديات السورية · أيلول ٢٠٢٦ · اقرأ على الموقع"))
                .isTrue();
        assertThat(Boilerplate.isBoilerplate("الرئيسية › أخبار › سوريا")).isTrue();
        assertThat(Boilerplate.isBoilerplate("التفاصيل الكاملة للبيان الختامي، اقرأ المزيد"))
                .isTrue();
        assertThat(Boilerplate.isBoilerplate("نص البيان الختامي كما وزعته الخارجية، اقرأ على الموقع"))
                .as("a prompt whose «على» reads علي once normalized")
                .isTrue();
        assertThat(Boilerplate.isBoilerplate(
                        "وقال المتحدث إن الوفد «سيقرأ» المقترح الروسي «بعناية» قبل الرد عليه في الجولة المقبلة."))
                .isFalse();
    }

    @Test
    void keepsNewsSentencesThatMentionTheSameWords() {
        assertThat(Boilerplate.isBoilerplate("شارك وفد المعارضة السورية في الجولة الثالثة من محادثات أستانا."))
                .isFalse();
        assertThat(Boilerplate.isBoilerplate(
                        "واتهم علوش في تغريدات على حسابه بموقع تويتر روسيا بأنها تقدم وعودا كبيرة على طاولة"
                                + " المفاوضات بينما ترسل ضباطها لتهديد السوريين."))
                .isFalse();
        assertThat(Boilerplate.isBoilerplate("كتب الرئيس رسالة إلى الأمين العام للأمم المتحدة."))
                .isFalse();
    }
}
