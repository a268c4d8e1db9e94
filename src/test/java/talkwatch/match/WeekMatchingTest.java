package talkwatch.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WeekMatchingTest {

    @TempDir
    Path dir;

    @Test
    void countsAStoryMissedWhenNoneOfItsReportsIsTakenAndSentWhenOneIs() throws Exception {
        Path week = dir.resolve("week-test.tsv");
        Files.writeString(
                week,
                String.join(
                        "\n",
                        List.of(
                                "# published\tstory\ttopics\toutlet\theadline\ttext",
                                "2019-04-25T10:00+03:00\ts01-round-opens\tastana\tسانا\tانطلاق الجولة الثانية عشرة من محادثات أستانا"
                                        + "\tانطلقت في نور سلطان اليوم الجولة الثانية عشرة من محادثات أستانا حول سوريا بمشاركة الدول"
                                        + " الضامنة.",
                                "2019-04-25T11:00+03:00\ts02-unnamed-reaction\tastana\tعنب بلدي\tالمعارضة تنتظر نتائج الاجتماعات"
                                        + "\tقالت مصادر في المعارضة إنها تنتظر ما ستسفر عنه الاجتماعات.",
                                "2019-04-25T12:00+03:00\ts03-kazakh-returns\t-\tكازينفورم\tنور سلطان تبحث إعادة مواطنيها من"
                                        + " المخيمات السورية\tتبحث حكومة كازاخستان في نور سلطان ضمن محادثات مع الجانب السوري إعادة"
                                        + " مزيد من مواطنيها من المخيمات السورية.",
                                "2019-04-25T13:00+03:00\ts04-weather\t-\tسانا\tأمطار غزيرة على الساحل السوري\tتهطل أمطار غزيرة"
                                        + " على المناطق الساحلية.")));

        WeekMatching.Outcome outcome = WeekMatching.read(List.of(week));

        assertThat(outcome.stories()).isEqualTo(2);
        assertThat(outcome.missed()).isEqualTo(1);
        assertThat(outcome.otherStories()).isEqualTo(2);
        assertThat(outcome.offTopic()).isEqualTo(1);
        assertThat(outcome.lines())
                .containsExactly(
                        "missed\tweek-test\ts02-unnamed-reaction\t[astana] «المعارضة تنتظر نتائج الاجتماعات»",
                        "off-topic\tweek-test\ts03-kazakh-returns\t[astana] «نور سلطان تبحث إعادة مواطنيها من المخيمات"
                                + " السورية»");
    }
}
