package talkwatch.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class RougeTest {

    @Test
    void normalizesLikeTheEascProtocolWithoutStemming() {
        assertThat(Rouge.tokens("أُعلِنَت الجولــة القادمة، إلى مستوى الخبراء."))
                .containsExactly("اعلنت", "الجوله", "القادمه", "الي", "مستوي", "الخبراء");
    }

    @Test
    void scoresAnIdenticalSummaryOne() {
        Rouge.Scores scores = Rouge.score("ستعقد الجولة في مايو", List.of("ستعقد الجولة في مايو"));

        assertThat(scores.rouge1()).isEqualTo(1.0);
        assertThat(scores.rouge2()).isEqualTo(1.0);
        assertThat(scores.rougeL()).isEqualTo(1.0);
    }

    @Test
    void computesF1OfClippedOverlapsAndTheLongestCommonSubsequence() {
        // candidate a b c d, reference a b d e f: unigrams 3/4 and 3/5, bigrams 1/3 and 1/4, LCS (a b d) 3/4 and 3/5
        Rouge.Scores scores = Rouge.score(List.of("a", "b", "c", "d"), List.of("a", "b", "d", "e", "f"));

        assertThat(scores.rouge1()).isCloseTo(2 * 0.75 * 0.6 / 1.35, within(1e-9));
        assertThat(scores.rouge2()).isCloseTo(2 * (1 / 3.0) * 0.25 / (1 / 3.0 + 0.25), within(1e-9));
        assertThat(scores.rougeL()).isCloseTo(2 * 0.75 * 0.6 / 1.35, within(1e-9));
    }

    @Test
    void averagesOverReferences() {
        Rouge.Scores scores = Rouge.score("وفد المعارضة", List.of("وفد المعارضة", "وفد الحكومة"));

        assertThat(scores.rouge1()).isCloseTo((1.0 + 0.5) / 2, within(1e-9));
        assertThat(scores.rouge2()).isCloseTo(0.5, within(1e-9));
    }
}
