package talkwatch.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import talkwatch.arabic.TermExtractor;

/** The articles a topic misses that read like those it matches. */
class NearMissesTest {

    private final NearMisses<String> misses = new NearMisses<>(new TermExtractor());

    @Test
    void namesTheMissedArticlesThatShareTheWordsOfTheTopicsNewsNearestFirst() {
        matched("الفصائل الفلسطينية تبدأ حوار المصالحة في الجزائر", "وصلت وفود الفصائل إلى الجزائر لبدء الحوار.");
        matched("حوار المصالحة الفلسطينية يدخل يومه الثاني في الجزائر", "تواصل الفصائل مباحثاتها في الجزائر.");
        matched("الفصائل تتفق في الجزائر على إعلان لإنهاء الانقسام", "اتفقت الفصائل الفلسطينية على إعلان الجزائر.");
        // what the topic lacks: the declaration's other name, and the host's minister
        missed("تبون يشهد توقيع وثيقة لمّ الشمل بين الفصائل الفلسطينية", "وقعت الفصائل في الجزائر وثيقة لم الشمل.");
        missed("لعمامرة يستقبل وفود الفصائل", "استقبل وزير خارجية الجزائر وفود الفصائل الفلسطينية.");
        // news of the same places that shares a word or two: not near
        missed("الجزائر تفوز على مصر في كرة اليد", "فاز منتخب الجزائر على مصر في البطولة العربية.");
        missed("ارتفاع أسعار النفط في الأسواق العالمية", "ارتفعت أسعار النفط اليوم.");

        List<NearMisses.Near<String>> nearest = misses.nearest(10);

        assertThat(nearest).extracting(NearMisses.Near::article).containsExactly("تبون", "لعمامرة");
        // as the headline writes them, clitics and all
        assertThat(nearest.get(0).words()).containsExactly("الفصائل", "الفلسطينية");
        assertThat(nearest.get(1).words()).containsExactly("الفصائل");
    }

    @Test
    void aWordTheTopicsNewsSharesWithAsManyOtherArticlesIsNotTheTopics() {
        matched("وفد الحكومة يصل إلى الكويت للمشاركة في المشاورات", "وصل وفد الحكومة اليمنية إلى الكويت.");
        matched("وفد الحوثيين يصل إلى الكويت متأخرا", "وصل وفد الحوثيين إلى الكويت بعد تأخير.");
        // «وفد» is the talks' word; «الكويت», every Kuwaiti news item's
        missed("وفد تجاري هندي في الكويت", "وصل وفد تجاري هندي إلى الكويت.");
        missed("أمير الكويت يستقبل رئيس وزراء الهند", "استقبل أمير الكويت رئيس وزراء الهند في قصر بيان.");
        missed("الكويت تعلن ميزانية العام المقبل", "أعلنت الكويت ميزانية العام المقبل.");
        missed("الكويت تستضيف بطولة الخليج", "تستضيف الكويت بطولة الخليج.");

        assertThat(misses.nearest(10)).isEmpty();
    }

    @Test
    void printsNoMoreThanAskedFor() {
        matched("انطلاق مشاورات السلام اليمنية في السويد", "انطلقت مشاورات السلام اليمنية في السويد برعاية أممية.");
        matched("مشاورات السلام اليمنية في السويد تبحث ملف الأسرى", "تبحث مشاورات السويد ملف الأسرى اليمنيين.");
        missed("غريفيث: مشاورات السويد فرصة للسلام", "قال المبعوث إن مشاورات السلام اليمنية في السويد فرصة.");
        missed("اختتام مشاورات السلام في السويد", "اختتمت مشاورات السلام اليمنية في السويد.");

        assertThat(misses.nearest(1)).extracting(NearMisses.Near::article).containsExactly("غريفيث:");
        assertThat(misses.nearest(0)).isEmpty();
    }

    private void matched(String headline, String opening) {
        misses.add(headline.split(" ")[0], headline, opening, true);
    }

    private void missed(String headline, String opening) {
        misses.add(headline.split(" ")[0], headline, opening, false);
    }
}
