package talkwatch.story;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import talkwatch.match.Cast;

class MeetingTest {

    private static StorySignature report(String title, String text) {
        return StorySignature.of(title, text, Cast.NONE);
    }

    @Test
    void aStateIsOnePartyByItsNameItsAdjectiveOrItsCapital() {
        StorySignature turkishDelegation = report("لافرنتييف يلتقي الوفد التركي في أستانا", "");
        StorySignature turkeysDelegation = report("لافرنتييف يلتقي وفد تركيا في أستانا", "");
        StorySignature ankarasDelegation = report("لافرنتييف يلتقي وفد أنقرة في أستانا", "");

        assertThat(turkishDelegation.met())
                .isEqualTo(turkeysDelegation.met())
                .isEqualTo(ankarasDelegation.met())
                .containsExactly("ترك");
    }

    @Test
    void theStatesAfterAMeetingOrAPairOfDelegationsMet() {
        assertThat(report("الوفدان التركي والروسي يعقدان لقاء ثنائيا في سوتشي", "")
                        .met())
                .containsExactlyInAnyOrder("ترك", "روس");
        assertThat(report("اجتماع ثنائي بين الوفدين التركي والروسي على هامش اجتماعات أستانا", "")
                        .met())
                .containsExactlyInAnyOrder("ترك", "روس");
        assertThat(report("لقاء روسي إيراني على هامش محادثات أستانا حول سوريا", "")
                        .met())
                .containsExactlyInAnyOrder("روس", "ايران");
    }

    @Test
    void aMovementsDelegationIsNamedAfterTheWordMovement() {
        assertThat(report("غريفيث يلتقي وفد حركة أنصار الله في مسقط", "").met()).containsExactly("انصار");
        assertThat(report("لعمامرة يستقبل وفد حركة فتح", "").met()).containsExactly("فتح");
    }

    @Test
    void twoMeetingsOfOneHostWithOtherGuestsAreOthers() {
        StorySignature taliban = report("بومبيو يلتقي وفد طالبان في الدوحة", "");
        StorySignature government = report("بومبيو يلتقي الوفد الحكومي الأفغاني في الدوحة", "");
        StorySignature talibanAgain = report("لقاء بين بومبيو ووفد طالبان على هامش مفاوضات الدوحة", "");

        assertThat(Meeting.others(taliban, government)).isTrue();
        assertThat(Meeting.others(taliban, talibanAgain)).isFalse();
    }

    @Test
    void aReportOfNoMeetingNamesNoParties() {
        assertThat(report("وفد المعارضة يصل إلى أستانا", "").met()).isEmpty();
        assertThat(report("الوفد التركي: سنواصل مكافحة الإرهاب", "").met()).isEmpty();
    }
}
