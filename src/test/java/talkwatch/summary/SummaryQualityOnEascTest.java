package talkwatch.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import talkwatch.testing.Corpora;

/**
 * An evaluation on an outside corpus: the summarizer against human summaries of EASC, under the protocol of {@link
 * EascEvaluation} (figures and their reading: {@code docs/BENCHMARKS.md}, "Summary quality on EASC"). It runs when
 * the corpus is there ({@link Corpora}) and is skipped otherwise.
 *
 * <p>The tolerances: on the test split the summarizer ties the first sentences (.512 / .440 against .512 / .443), and
 * changes made for other reasons have moved it by .002–.003 either way, noise at 51 articles. So it may fall .005
 * below lead on ROUGE-1 and .008 on ROUGE-2 (.435 today); a real regression falls further (random sentences score
 * .418 / .318).
 */
class SummaryQualityOnEascTest {

    private Path easc;

    @BeforeEach
    void findTheCorpus() {
        easc = Corpora.eascForEvaluation();
    }

    @Test
    void scoresAsWellAsTheFirstSentencesOnTheTestSplit() {
        List<EascCorpus.Article> test = EascCorpus.read(easc, "test");

        Rouge.Scores lead = EascEvaluation.score(test, EascEvaluation::lead);
        Rouge.Scores ours = EascEvaluation.score(test, EascEvaluation::ours);

        assertThat(test).hasSize(51);
        assertThat(lead.rouge1())
                .as(
                        "Lead-ratio on the test split reproduces BASELINES.md (.512 / .443): is %s the EASC of the README?",
                        easc)
                .isCloseTo(0.512, within(0.0005));
        assertThat(lead.rouge2()).isCloseTo(0.443, within(0.0005));
        assertThat(ours.rouge1()).as("ROUGE-1").isGreaterThanOrEqualTo(lead.rouge1() - 0.005);
        assertThat(ours.rouge2()).as("ROUGE-2").isGreaterThanOrEqualTo(lead.rouge2() - 0.008);
    }

    /** The weights were tuned on dev, where the summarizer gains about .02 ROUGE-1 over lead (.515 against .496). */
    @Test
    void beatsTheFirstSentencesOnTheDevSplitItWasTunedOn() {
        List<EascCorpus.Article> dev = EascCorpus.read(easc, "dev");

        Rouge.Scores lead = EascEvaluation.score(dev, EascEvaluation::lead);
        Rouge.Scores ours = EascEvaluation.score(dev, EascEvaluation::ours);

        assertThat(dev).hasSize(102);
        assertThat(ours.rouge1()).as("ROUGE-1").isGreaterThanOrEqualTo(lead.rouge1() + 0.01);
        assertThat(ours.rouge2()).as("ROUGE-2").isGreaterThanOrEqualTo(lead.rouge2() + 0.01);
    }

    /**
     * The README's claim: on the test split the summarizer scores as well as sentences chosen from four readers' picks
     * of the very article (with a lead prior) score against the fifth reader (.512 / .440 against .513 / .433).
     */
    @Test
    void scoresAsWellAsFourReadersPicksAgainstTheFifthOnTheTestSplit() {
        List<EascCorpus.Article> test = EascCorpus.read(easc, "test");

        Rouge.Scores informed = HeldOutReference.heldOut(test, HeldOutReference::consensusThenLead);
        Rouge.Scores ours = EascEvaluation.score(test, EascEvaluation::ours);

        assertThat(ours.rouge1()).as("ROUGE-1").isGreaterThanOrEqualTo(informed.rouge1() - 0.005);
        assertThat(ours.rouge2()).as("ROUGE-2").isGreaterThanOrEqualTo(informed.rouge2() - 0.005);
    }
}
