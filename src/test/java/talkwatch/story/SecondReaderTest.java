package talkwatch.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import talkwatch.testing.Week;

class SecondReaderTest {

    @TempDir
    Path dir;

    @Test
    void aSecondReadersGroupsRingOnceEachAndAreCountedAgainstTheWritersStories() throws Exception {
        Path week = dir.resolve("week.tsv");
        Files.writeString(
                week,
                String.join(
                        "\n",
                        "# a week",
                        "2024-01-24T09:00+03:00\topening\tastana\tسانا\tانطلاق الجولة\tبدأت الجولة.",
                        "2024-01-24T09:30+03:00\tdelegation\tastana\tعنب بلدي\tوفد المعارضة يصل\tوصل الوفد.",
                        "2024-01-24T10:00+03:00\tpaper\tastana\tالجزيرة نت\tورقة المعارضة\tقدم الوفد ورقة.",
                        "2024-01-24T11:00+03:00\topening\tastana\tالعربية\tبدء أعمال الجولة\tانطلقت الجولة.",
                        "2024-01-24T12:00+03:00\tdelegation\tastana\tالأناضول\tالمعارضة في أستانا\tوصل الوفد.",
                        "2024-01-24T13:00+03:00\tfootball\t-\tالأناضول\tمباراة\tفاز الفريق.",
                        ""));
        Path labels = dir.resolve("labels.tsv");
        // the opening split in two; the paper taken for the delegation's arrival
        Files.writeString(labels, "1\tg1\n2\tg2\n3\tg2\n4\tg3\n5\tg2\n6\tg4\n");

        WeekStories.Heard heard = SecondReader.heard(Week.read(week), SecondReader.secondLabels(week, labels));

        assertThat(heard.stories()).isEqualTo(3);
        assertThat(heard.extraRings()).isEqualTo(1);
        assertThat(heard.lost()).isEqualTo(1);
        assertThat(heard.mistakes()).containsExactly("2 rings: opening", "lost: paper");
    }
}
