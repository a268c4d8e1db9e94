package talkwatch.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import talkwatch.match.Cast;
import talkwatch.match.Person;

class VoiceTest {

    @Test
    void aStateSpeaksByItsNameItsAdjectiveOrItsCapitalAmongWordsOfOffice() {
        assertThat(Voice.of("موسكو مستعدة للعمل مع المبعوث الأممي الجديد إلى سوريا", Cast.NONE))
                .isEqualTo(Voice.of("الخارجية الروسية: سنعمل مع المبعوث الجديد", Cast.NONE))
                .isEqualTo(Voice.of("عاجل: وزير الخارجية الروسي يتصل بالمبعوث الجديد", Cast.NONE))
                .containsExactly("روس");
        assertThat(Voice.of("دمشق تضع شروطاً للتعاون مع بيدرسن", Cast.NONE)).containsExactly("سور");
        assertThat(Voice.of("روسيا وتركيا تتفقان على دوريات مشتركة", Cast.NONE))
                .containsExactlyInAnyOrder("روس", "ترك");
    }

    @Test
    void aHeadlineThatOpensOtherwiseCarriesNoVoice() {
        assertThat(Voice.of("انطلاق الجولة الثانية من مفاوضات جنيف بين وفدي الحكومة والمعارضة", Cast.NONE))
                .isEmpty();
        assertThat(Voice.of("المعارضة السورية تأمل أن ينجح المبعوث الجديد", Cast.NONE))
                .as("the opposition is not the Syrian state")
                .isEmpty();
    }

    @Test
    void someoneOfTheCastSpeaksForTheStateTheirTitleNames() {
        Cast cast = new Cast(List.of(
                new Person("فيصل المقداد", List.of("المقداد"), List.of("نائب وزير الخارجية السوري")),
                new Person("خليفة حفتر", List.of("حفتر"), List.of("قائد قوات شرق ليبيا"))));

        assertThat(Voice.of("المقداد: سنتعاون مع المبعوث الجديد إذا ابتعد عن نهج سلفه", cast))
                .isEqualTo(Voice.of("دمشق تضع شروطاً للتعاون مع بيدرسن", cast))
                .containsExactly("سور");
        assertThat(Voice.of("حفتر يطلب مهلة قبل التوقيع على اتفاق الهدنة", cast))
                .containsExactly("ليب");
    }

    @Test
    void someoneOfTheCastWhoseTitleNamesNoStateSpeaksForThemselves() {
        Cast cast = new Cast(List.of(
                new Person("هادي البحرة", List.of("البحرة"), List.of("رئيس وفد المعارضة", "رئيس وفد المعارضة السورية")),
                new Person("أحمد الكزبري", List.of("الكزبري"), List.of("رئيس الوفد الوطني")),
                new Person("سيرغي لافروف", List.of("لافروف"), List.of("وزير الخارجية الروسي")),
                new Person("غير بيدرسن", List.of("بيدرسن"), List.of("المبعوث الأممي"))));

        assertThat(Voice.of("البحرة: لمسنا جدية في النقاشات", cast))
                .isEqualTo(Voice.of("رئيس وفد المعارضة: النظام يتهرب من الدستور", cast))
                .isNotEqualTo(Voice.of("الكزبري: لن نسمح بأي تدخل خارجي", cast))
                .as("an opposition's adjective is its country's, not its voice")
                .containsExactly("هادي البحرة");
        assertThat(Voice.of("لافروف يستقبل بيدرسن في موسكو", cast))
                .as("who opens the headline speaks, not whom they receive")
                .containsExactly("روس");
        assertThat(Voice.of("بيدرسن: لا حل عسكرياً في سوريا", cast))
                .as("the envoy to Syria speaks for the UN, not for Syria")
                .containsExactly("امم");
    }

    @Test
    void twoVoicesAreOthersOnlyWhenBothHeadlinesCarryOneAndTheyShareNone() {
        StorySignature moscow = StorySignature.of("موسكو مستعدة للعمل مع المبعوث الأممي الجديد", "");
        StorySignature damascus = StorySignature.of("دمشق تضع شروطاً للتعاون مع المبعوث الأممي الجديد", "");
        StorySignature both = StorySignature.of("موسكو ودمشق تتفقان على التعاون مع المبعوث الأممي الجديد", "");
        StorySignature none = StorySignature.of("تعيين مبعوث أممي جديد إلى سوريا", "");

        assertThat(Voice.others(moscow, damascus)).isTrue();
        assertThat(Voice.others(moscow, both)).isFalse();
        assertThat(Voice.others(moscow, none)).isFalse();
    }
}
