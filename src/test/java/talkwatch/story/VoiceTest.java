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
        assertThat(Voice.of("ليبيا: طرفا النزاع يتفقان على فتح الطرق", Cast.NONE))
                .as("a state's name before a colon is the outlet's dateline")
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
        assertThat(Voice.of("ليبيا: حفتر يطلب مهلة قبل التوقيع على اتفاق الهدنة", cast))
                .as("after the dateline, who speaks")
                .containsExactly("ليب");
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
