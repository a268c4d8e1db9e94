package talkwatch.feed;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MainTextTest {
    private static final String PAGE = """
            <!doctype html><html lang="ar" dir="rtl"><head><title>الخبر</title>
            <script>var x = "لا تظهر";</script></head><body>
            <header><nav><a href="/">الرئيسية</a> <a href="/world">العالم</a> <a href="/sport">الرياضة والأندية المحلية</a></nav></header>
            <div class="sidebar"><p>الأكثر قراءة: عناوين كثيرة هنا، وروابط، وإعلانات، ومزيد من العناوين المتفرقة</p></div>
            <div class="article-body">
              <h1>انطلاق الجولة الجديدة</h1>
              <p>انطلقت اليوم في العاصمة الكازاخية أستانا جولة جديدة من المحادثات السورية، بمشاركة وفدي الحكومة والمعارضة.</p>
              <p>وقال رئيس الوفد إن الجولة ستبحث تثبيت وقف إطلاق النار، وملف المعتقلين، وإيصال المساعدات الإنسانية.</p>
              <p>ومن المتوقع أن تستمر المحادثات يومين، على أن يصدر بيان ختامي عن الدول الضامنة في نهايتها.</p>
            </div>
            <div class="comments"><p>تعليق: هذا خبر جيد جداً، ونتمنى أن تنجح المحادثات هذه المرة، شكراً لكم</p></div>
            <footer><p>جميع الحقوق محفوظة للموقع، ٢٠٢٦، ولا يجوز النقل دون إذن مكتوب</p></footer>
            </body></html>
            """;

    @Test
    void keepsTheArticlesParagraphsAndDropsNavigationSidebarCommentsAndFooter() {
        assertThat(MainText.extract(PAGE, "https://example.invalid/news/1"))
                .contains("انطلقت اليوم في العاصمة الكازاخية أستانا جولة جديدة من المحادثات السورية، بمشاركة وفدي"
                        + " الحكومة والمعارضة.\n"
                        + "وقال رئيس الوفد إن الجولة ستبحث تثبيت وقف إطلاق النار، وملف المعتقلين، وإيصال المساعدات"
                        + " الإنسانية.\n"
                        + "ومن المتوقع أن تستمر المحادثات يومين، على أن يصدر بيان ختامي عن الدول الضامنة في نهايتها.");
    }

    @Test
    void findsNothingInAPageWithoutProse() {
        assertThat(MainText.extract("<html><body><a href=/a>أ</a><a href=/b>ب</a></body></html>", "https://e.invalid/"))
                .isEmpty();
    }
}
