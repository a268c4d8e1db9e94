package talkwatch.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class HeldOutReferenceTest {

    private static final String ARTICLE = "اختتمت في أستانا الجولة الثانية والعشرون من المحادثات حول سوريا. "
            + "وشارك فيها وفدا الحكومة والمعارضة إلى جانب الدول الضامنة. "
            + "وأعلنت الدول الضامنة أن الجولة المقبلة ستعقد في الثالث والرابع من أيار. "
            + "وأكد البيان الختامي التزام الأطراف بوحدة الأراضي السورية. "
            + "وغادرت الوفود العاصمة الكازاخية مساء اليوم.";
    private static final String PICKED = "وأعلنت الدول الضامنة أن الجولة المقبلة ستعقد في الثالث والرابع من أيار. "
            + "وأكد البيان الختامي التزام الأطراف بوحدة الأراضي السورية.";

    private static final EascCorpus.Article UNANIMOUS =
            new EascCorpus.Article("1", ARTICLE, ARTICLE, List.of(PICKED, PICKED, PICKED, PICKED, PICKED));

    private static List<List<String>> sentences() {
        return UNANIMOUS.baselineSentences().stream().map(Rouge::tokens).toList();
    }

    @Test
    void consensusAndOracleOfTheKnownReadersPickWhatTheyPicked() {
        List<List<String>> known = List.of(Rouge.tokens(PICKED), Rouge.tokens(PICKED));

        assertThat(HeldOutReference.consensus(sentences(), known)).containsExactly(2, 3);
        assertThat(HeldOutReference.consensusThenLead(sentences(), known)).containsExactly(2, 3);
        assertThat(HeldOutReference.greedyOracle(sentences(), known)).containsExactly(2, 3);
    }

    @Test
    void aReferenceHoldingOnlyASentencesOpeningCountsAsPickingIt() {
        // EASC's tool cut picked sentences at 255 characters; the opening is what shows the pick
        String cut = "وأعلنت الدول الضامنة أن الجولة المقبلة ستعقد في";

        double[] share = HeldOutReference.shares(sentences(), List.of(Rouge.tokens(cut), Rouge.tokens(PICKED)));

        assertThat(share).containsExactly(0, 0, 0.5, 0.5, 0);
    }

    @Test
    void scoresEachSystemAgainstTheReferenceItDidNotRead() {
        Rouge.Scores consensus = HeldOutReference.heldOut(List.of(UNANIMOUS), HeldOutReference::consensus);
        Rouge.Scores lead = HeldOutReference.heldOut(
                List.of(UNANIMOUS), (sentences, known) -> HeldOutReference.lead(sentences.size()));

        assertThat(consensus.rouge1()).isEqualTo(1.0);
        assertThat(consensus.rouge2()).isEqualTo(1.0);
        assertThat(lead.rouge1()).isLessThan(0.5);
    }

    @Test
    void aReaderNobodyElseAgreesWithIsNotPredictedByTheOthers() {
        String lone = "اختتمت في أستانا الجولة الثانية والعشرون من المحادثات حول سوريا. "
                + "وشارك فيها وفدا الحكومة والمعارضة إلى جانب الدول الضامنة.";
        EascCorpus.Article split =
                new EascCorpus.Article("2", ARTICLE, ARTICLE, List.of(PICKED, PICKED, PICKED, PICKED, lone));

        Rouge.Scores consensus = HeldOutReference.heldOut(List.of(split), HeldOutReference::consensus);

        // four of the five rounds score 1 (the other four agree on PICKED); against the lone reader, PICKED scores low
        assertThat(consensus.rouge1()).isGreaterThan(0.8).isLessThan(1.0);
    }
}
