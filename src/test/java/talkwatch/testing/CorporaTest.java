package talkwatch.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorporaTest {

    @TempDir
    Path dir;

    @Test
    void findsEascBesideTheProject() throws Exception {
        Path project = Files.createDirectories(dir.resolve("talkwatch"));
        Path easc = corpus(dir.resolve("shared/data/easc"));

        assertThat(Corpora.easc(Map.of(), project).folder()).contains(easc);
    }

    @Test
    void takesTheFolderTheVariableNamesInstead() throws Exception {
        Path project = Files.createDirectories(dir.resolve("talkwatch"));
        corpus(dir.resolve("shared/data/easc"));
        Path elsewhere = corpus(dir.resolve("corpora/EASC"));

        assertThat(Corpora.easc(Map.of("TALKWATCH_EASC", elsewhere.toString()), project)
                        .folder())
                .contains(elsewhere);
    }

    @Test
    void saysWhereItLookedWhenThereIsNone() throws Exception {
        Path project = Files.createDirectories(dir.resolve("talkwatch"));
        Files.createDirectories(dir.resolve("shared/data/easc/articles")); // no summaries, no split

        Corpora.Lookup lookup = Corpora.easc(Map.of(), project);

        assertThat(lookup.folder()).isEmpty();
        assertThat(lookup.absence())
                .isEqualTo("no EASC corpus at " + dir.resolve("shared/data/easc") + " and TALKWATCH_EASC is not set");
    }

    @Test
    void saysWhenTheVariableNamesAFolderWithoutTheCorpus() {
        Corpora.Lookup lookup = Corpora.easc(Map.of("TALKWATCH_EASC", "/nowhere/easc"), dir);

        assertThat(lookup.folder()).isEmpty();
        assertThat(lookup.absence())
                .isEqualTo("TALKWATCH_EASC=/nowhere/easc is not an EASC folder (it needs articles/, summaries/,"
                        + " dev.txt and test.txt)");
    }

    @Test
    void requiresTheCorporaWhenTheVariableIsSetToAnythingButZero() {
        assertThat(Corpora.required(Map.of("TALKWATCH_REQUIRE_CORPORA", "1"))).isTrue();
        assertThat(Corpora.required(Map.of("TALKWATCH_REQUIRE_CORPORA", "yes"))).isTrue();
        assertThat(Corpora.required(Map.of("TALKWATCH_REQUIRE_CORPORA", "0"))).isFalse();
        assertThat(Corpora.required(Map.of("TALKWATCH_REQUIRE_CORPORA", ""))).isFalse();
        assertThat(Corpora.required(Map.of())).isFalse();
    }

    @Test
    void reportsTheSkippedEvaluationsInOneLine() {
        String line = SkippedEvaluations.line(
                new TreeMap<>(Map.of("SummaryQualityOnEascTest", 3, "OtherEvaluationTest", 1)),
                Set.of("no EASC corpus at /x and TALKWATCH_EASC is not set"));

        assertThat(line)
                .isEqualTo("talkwatch: 4 evaluations on outside corpora skipped (OtherEvaluationTest ×1,"
                        + " SummaryQualityOnEascTest ×3): no EASC corpus at /x and TALKWATCH_EASC is not set. To run"
                        + " them, put EASC at ../shared/data/easc or set TALKWATCH_EASC to its folder (README,"
                        + " \"Evaluations on EASC\").");
    }

    private static Path corpus(Path folder) throws Exception {
        Files.createDirectories(folder.resolve("articles"));
        Files.createDirectories(folder.resolve("summaries"));
        Files.writeString(folder.resolve("dev.txt"), "001\n");
        Files.writeString(folder.resolve("test.txt"), "003\n");
        return folder;
    }
}
