package talkwatch.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class StoryDetectorTest {

    private final StoryDetector detector = new StoryDetector(Duration.ofHours(12));

    private static final StorySignature ROUND_14 = StorySignature.of(
            "انطلاق الجولة الرابعة عشرة من محادثات أستانا حول سوريا",
            "انطلقت اليوم في نور سلطان الجولة الرابعة عشرة من محادثات أستانا بمشاركة الدول الضامنة روسيا وتركيا"
                    + " وإيران ووفدي الحكومة السورية والمعارضة.");

    @Test
    void findsAParaphraseFromAnotherOutlet() {
        StorySignature paraphrase = StorySignature.of(
                "بدء أعمال الجولة الـ14 لمحادثات أستانا",
                "بدأت في نور سلطان أعمال الجولة الـ14 من المحادثات بمشاركة روسيا وتركيا وإيران بصفتها الدول الضامنة"
                        + " ووفدي دمشق والمعارضة.");

        assertThat(detector.storyOf(paraphrase, List.of(new StoryDetector.Seen(7, ROUND_14))))
                .contains(7L);
    }

    @Test
    void findsATruncatedCopy() {
        StorySignature truncated = StorySignature.of(
                "انطلاق الجولة الرابعة عشرة من محادثات أستانا", "انطلقت اليوم في نور سلطان الجولة الرابعة عشرة.");

        assertThat(detector.storyOf(truncated, List.of(new StoryDetector.Seen(7, ROUND_14))))
                .contains(7L);
    }

    @Test
    void keepsTheNextRoundApart() {
        StorySignature round15 = StorySignature.of(
                "انطلاق الجولة الخامسة عشرة من محادثات أستانا حول سوريا",
                "انطلقت اليوم في نور سلطان الجولة الخامسة عشرة من محادثات أستانا بمشاركة الدول الضامنة روسيا وتركيا"
                        + " وإيران ووفدي الحكومة السورية والمعارضة.");

        assertThat(detector.storyOf(round15, List.of(new StoryDetector.Seen(7, ROUND_14))))
                .isEmpty();
    }

    @Test
    void keepsTheCloseOfARoundApartFromItsOpening() {
        StorySignature close = StorySignature.of(
                "اختتام الجولة الرابعة عشرة من محادثات أستانا حول سوريا",
                "اختتمت اليوم في نور سلطان الجولة الرابعة عشرة من محادثات أستانا بمشاركة الدول الضامنة روسيا"
                        + " وتركيا وإيران ووفدي الحكومة السورية والمعارضة.");

        assertThat(detector.storyOf(close, List.of(new StoryDetector.Seen(7, ROUND_14))))
                .isEmpty();
    }

    @Test
    void readsOrdinalsAndCardinalsInDigitsAndWords() {
        StorySignature signature = StorySignature.of(
                "الجولة الحادية والعشرون والجولة الـ22", "قتل ستة مدنيين وأصيب 12 في الجولة الرابعة عشرة.");

        assertThat(signature.ordinals()).containsExactlyInAnyOrder(21, 22, 14);
        assertThat(signature.cardinals()).containsExactlyInAnyOrder(6, 12);
    }

    @Test
    void aSignatureSurvivesTheStore() {
        assertThat(StorySignature.decode(ROUND_14.encode())).isEqualTo(ROUND_14);
    }

    @Test
    void theStorySetIsSplitWithFullPrecisionAndAtLeast90PercentRecall() {
        StoryEvaluation.Result result = StoryEvaluation.evaluate(detector);

        assertThat(result.precision()).as(String.join("\n", result.mistakes())).isEqualTo(1.0);
        assertThat(result.recall()).as(String.join("\n", result.mistakes())).isGreaterThanOrEqualTo(0.9);
    }
}
