package talkwatch.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import talkwatch.match.Cast;
import talkwatch.match.Person;

class ReactionTest {

    private static final Cast PEDERSEN =
            new Cast(List.of(new Person("غير بيدرسن", List.of("بيدرسن"), List.of("المبعوث الأممي"))));

    @Test
    void aStateReactsByItsNameItsAdjectiveOrItsCapital() {
        assertThat(Reaction.in("الرياض ترحب باتفاق تبادل الأسرى", Cast.NONE))
                .isEqualTo(Reaction.in("السعودية ترحب باتفاق تبادل الأسرى", Cast.NONE))
                .isEqualTo(Reaction.in("عاجل: الخارجية السعودية تشيد بالاتفاق", Cast.NONE))
                .containsExactly("سعود");
        assertThat(Reaction.in("واشنطن ترحب بالاتفاق", Cast.NONE))
                .isEqualTo(Reaction.in("الخارجية الأميركية ترحب بالاتفاق", Cast.NONE))
                .isEqualTo(Reaction.in("وزير الخارجية الأمريكي يرحب بالاتفاق", Cast.NONE));
        assertThat(Reaction.in("غوتيريش يرحب باتفاق تبادل الأسرى", Cast.NONE))
                .isEqualTo(Reaction.in("الأمم المتحدة ترحب باتفاق تبادل الأسرى", Cast.NONE));
        assertThat(Reaction.in("مصر وقطر والولايات المتحدة ترحب بالاتفاق", Cast.NONE))
                .containsExactlyInAnyOrder("مصر", "قطر", "امريك");
        assertThat(Reaction.in("موريتانيا تدين الهجوم", Cast.NONE))
                .isEqualTo(Reaction.in("الخارجية الموريتانية تدين الهجوم", Cast.NONE));
    }

    @Test
    void anUnnamedPresidentIsAReactorOfItsOwnAndOtherWordsOfOfficeAreNot() {
        assertThat(Reaction.in("سيادة الرئيس يرحب باتفاق المصالحة", Cast.NONE))
                .isNotEmpty()
                .doesNotContainAnyElementsOf(Reaction.in("قطر ترحب باتفاق المصالحة", Cast.NONE));
        assertThat(Reaction.in("الهيئة الوطنية للسلام ترحب بالاتفاق", Cast.NONE))
                .as("«الهيئة» is a word of office in any spelling")
                .isEqualTo(Reaction.in("هيئة الوطنية للسلام ترحب بالاتفاق", Cast.NONE))
                .doesNotContain(talkwatch.arabic.ArabicText.normalize("هيئة"));
    }

    @Test
    void onlyAHeadlineThatOpensWithWhoReactsHasReactors() {
        assertThat(Reaction.in("بدء أعمال الجولة الحادية والعشرين من محادثات أستانا", Cast.NONE))
                .isEmpty();
        assertThat(Reaction.in("بعد ساعات من توقيع الاتفاق في جنيف الأمم المتحدة ترحب", Cast.NONE))
                .as("the verb comes too late for the words before it to be its subject")
                .isEmpty();
    }

    @Test
    void someoneOfTheCastReactsForTheStateOrBodyTheirTitleNames() {
        Cast cast = new Cast(List.of(
                new Person("عبد الفتاح السيسي", List.of("السيسي"), List.of("الرئيس المصري")),
                new Person("نيكولاي ملادينوف", List.of("ملادينوف"), List.of("المنسق الخاص للأمم المتحدة")),
                new Person("عزام الأحمد", List.of("الأحمد"), List.of("رئيس وفد فتح"))));

        assertThat(Reaction.in("السيسي يرحب باتفاق المصالحة الفلسطينية", cast))
                .isEqualTo(Reaction.in("مصر ترحب باتفاق المصالحة الفلسطينية", cast))
                .isNotEqualTo(Reaction.in("قطر ترحب باتفاق المصالحة الفلسطينية", cast))
                .containsExactly("مصر");
        assertThat(Reaction.in("ملادينوف يرحب باتفاق فتح وحماس", cast))
                .isEqualTo(Reaction.in("الأمم المتحدة ترحب باتفاق فتح وحماس", cast))
                .isEqualTo(Reaction.in("بيدرسن يرحب باتفاق فتح وحماس", PEDERSEN));
        assertThat(Reaction.in("الأحمد يرحب بالاتفاق ويدعو إلى تنفيذه", cast))
                .as("a title that names no state: who speaks tells them apart")
                .isEmpty();
    }

    @Test
    void aMinistryOfTheCastReactsForItsState() {
        // the shipped configuration lists ministries among its people, to tell their statements apart
        Cast cast = new Cast(List.of(
                new Person("الخارجية التركية", List.of("وزارة الخارجية التركية"), List.of()),
                new Person("الائتلاف الوطني السوري", List.of("الائتلاف الوطني"), List.of())));

        assertThat(Reaction.in("الخارجية التركية ترحب بقرار مجلس الأمن حول سوريا", cast))
                .isEqualTo(Reaction.in("أنقرة ترحب بقرار مجلس الأمن حول سوريا", cast))
                .containsExactly("ترك");
        assertThat(Reaction.in("الائتلاف الوطني يرحب بقرار مجلس الأمن", cast))
                .as("a body whose name opens with no state gives no reactor")
                .isEmpty();
    }
}
