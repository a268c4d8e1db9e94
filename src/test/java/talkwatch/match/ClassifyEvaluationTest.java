package talkwatch.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import talkwatch.testing.ShippedConfig;

class ClassifyEvaluationTest {

    @Test
    void theShippedTopicsReachFullPrecisionAndAtLeast95PercentRecallOnTheLabelledHeadlines() {
        ClassifyEvaluation.Result result = ClassifyEvaluation.evaluate("headlines.tsv");

        assertThat(result.items()).isGreaterThanOrEqualTo(150);
        assertThat(result.scores())
                .extracting(ClassifyEvaluation.Score::topic)
                .containsExactly("astana", "geneva", "sochi");
        for (ClassifyEvaluation.Score score : result.scores()) {
            assertThat(score.precision())
                    .as(score.topic() + " precision; " + result.mistakes())
                    .isEqualTo(1.0);
            assertThat(score.recall())
                    .as(score.topic() + " recall; " + result.mistakes())
                    .isGreaterThanOrEqualTo(0.95);
        }
    }

    @Test
    void theHeldOutSetsKeepFullPrecisionAndRecall() {
        // each was run once fresh (docs/BENCHMARKS.md, "Talk matching"); all read 1.0 / 1.0 since
        for (String file : new String[] {"heldout.tsv", "heldout2.tsv", "heldout3.tsv"}) {
            ClassifyEvaluation.Result result = ClassifyEvaluation.evaluate(file);
            for (ClassifyEvaluation.Score score : result.scores()) {
                assertThat(score.precision())
                        .as(file + " " + score.topic() + "; " + result.mistakes())
                        .isEqualTo(1.0);
                assertThat(score.recall())
                        .as(file + " " + score.topic() + "; " + result.mistakes())
                        .isEqualTo(1.0);
            }
        }
    }

    @Test
    void theSetsWrittenBySomeoneElseKeepFullPrecisionAndTheirRecall() {
        // docs/BENCHMARKS.md, "Talk matching": recall (astana, geneva, sochi) as measured last (heldout7.tsv fresh)
        assertAtLeast("heldout4.tsv", 0.95, 1.0, 1.0);
        assertAtLeast("heldout5.tsv", 0.95, 0.84, 0.93);
        assertAtLeast("heldout6.tsv", 0.88, 0.94, 1.0);
        assertAtLeast("heldout7.tsv", 1.0, 0.93, 1.0);
        assertAtLeast("heldout8.tsv", 0.93, 0.93, 1.0);
    }

    @Test
    void theSetsWrittenSinceKeepWhatTheyMeasured() {
        // each run once fresh, see docs/BENCHMARKS.md, "Talk matching". heldout9.tsv: a false positive each for
        // astana and geneva. heldout10.tsv and heldout11.tsv: Geneva missed the committee's news that names no venue,
        // which the Geneva topic's own names then found; heldout12.tsv and heldout13.tsv measured that change
        assertAtLeast("heldout9.tsv", new double[] {0.93, 0.93, 1.0}, new double[] {1.0, 1.0, 1.0});
        assertAtLeast("heldout10.tsv", 1.0, 0.89, 0.94);
        // heldout11.tsv: Geneva's precision 0.94 since a mediator named needs no talks word (the envoy's call for the
        // crossings to open after the earthquake, labelled not the talks'), which found six envoys' news in other sets
        assertAtLeast("heldout11.tsv", new double[] {1.0, 0.94, 1.0}, new double[] {1.0, 1.0, 1.0});
        assertAtLeast("heldout12.tsv", 1.0, 0.82, 0.94);
        assertAtLeast("heldout13.tsv", 1.0, 0.76, 0.93);
        // heldout14.tsv and heldout15.tsv, written after, run once fresh on the shipped rule
        assertAtLeast("heldout14.tsv", new double[] {1.0, 0.93, 0.93}, new double[] {1.0, 0.83, 0.88});
        // heldout15.tsv: Sochi's precision 0.93 since the Russian–Turkish patrols are its own names: this set's writer
        // took a patrol on the M4 for none of the talks, others' writers took two such patrols for Sochi's
        assertAtLeast("heldout15.tsv", new double[] {1.0, 1.0, 0.93}, new double[] {1.0, 1.0, 0.83});
        // heldout16.tsv and heldout17.tsv measured Astana's own names (the guarantors, the de-escalation zones) fresh
        assertAtLeast("heldout16.tsv", 1.0, 0.84, 0.94);
        assertAtLeast("heldout17.tsv", 0.94, 0.81, 0.88);
        // heldout18.tsv and heldout19.tsv measured the Sochi memoranda as keywords fresh
        assertAtLeast("heldout18.tsv", new double[] {1.0, 0.94, 0.94}, new double[] {1.0, 0.84, 1.0});
        assertAtLeast("heldout19.tsv", 0.88, 0.73, 0.77);
    }

    @Test
    void theHardSetsKeepWhatTheShippedTopicsFoundInThem() {
        // news that names no venue: the Astana format's guarantors, posts and working group, the Sochi memoranda's
        // patrols and demilitarized zone, the first envoys of the Geneva process (docs/BENCHMARKS.md, "Third round")
        assertAtLeast("final-syria-2.tsv", new double[] {1.0, 0.95, 0.90}, new double[] {0.70, 0.90, 0.62});
        assertAtLeast("final2-syria-3.tsv", new double[] {1.0, 1.0, 0.92}, new double[] {0.80, 0.95, 0.80});
        assertAtLeast("fresh-syria-1.tsv", 0.85, 0.90, 0.81);
    }

    @Test
    void theOperatorsTopicsKeepWhatTheyMeasured() {
        // docs/BENCHMARKS.md, "One story, one notification": the sets of the tracks the shipped configuration does not
        // follow, read with the topics their operators wrote from the README alone (precision, recall)
        assertOperatorTopic("topic-sudan-final.yml", "fresh-sudan-1.tsv", 0.94, 0.87);
        assertOperatorTopic("topic-sudan-final.yml", "final-sudan-2.tsv", 0.90, 0.97);
        assertOperatorTopic("topic-ukraine-final.yml", "final-ukraine-1.tsv", 0.94, 0.85);
        // two operators' topics for one track, from the README before and after its advice on negotiators
        assertOperatorTopic("topic-palestine-final4.yml", "final4-palestine-1.tsv", 1.0, 0.75);
        assertOperatorTopic("topic-palestine-final4-b.yml", "final4-palestine-1.tsv", 1.0, 0.68);
        // and two operators' topics checked with topics try, on sets written for them
        assertOperatorTopic("topic-palestine-final5-operator.yml", "final5-palestine-2.tsv", 0.94, 0.85);
        assertOperatorTopic("topic-palestine-final5-operator.yml", "final5-palestine-3.tsv", 0.92, 0.92);
        assertOperatorTopic("topic-palestine-final5-operator-b.yml", "final5-palestine-2.tsv", 0.97, 0.87);
        assertOperatorTopic("topic-palestine-final5-operator-b.yml", "final5-palestine-3.tsv", 1.0, 0.85);
        // the sixth round's Yemen track: two topics written from the README alone, and three operators' who checked
        // theirs with topics try (e without the near misses, f1 and f2 with them)
        assertOperatorTopic("topic-yemen-final6-g1.yml", "final6-yemen-1.tsv", 0.92, 0.90);
        assertOperatorTopic("topic-yemen-final6-g1.yml", "final6-yemen-2.tsv", 0.97, 0.97);
        assertOperatorTopic("topic-yemen-final6-g2.yml", "final6-yemen-1.tsv", 0.97, 0.95);
        assertOperatorTopic("topic-yemen-final6-g2.yml", "final6-yemen-2.tsv", 0.97, 0.97);
        assertOperatorTopic("topic-yemen-final6-operator-e.yml", "final6-yemen-1.tsv", 0.97, 1.0);
        assertOperatorTopic("topic-yemen-final6-operator-e.yml", "final6-yemen-2.tsv", 1.0, 0.95);
        assertOperatorTopic("topic-yemen-final6-operator-f1.yml", "final6-yemen-1.tsv", 0.97, 0.95);
        assertOperatorTopic("topic-yemen-final6-operator-f1.yml", "final6-yemen-2.tsv", 1.0, 0.97);
        assertOperatorTopic("topic-yemen-final6-operator-f2.yml", "final6-yemen-1.tsv", 0.92, 0.95);
        assertOperatorTopic("topic-yemen-final6-operator-f2.yml", "final6-yemen-2.tsv", 0.95, 0.97);
        // and the Palestine track again, on sets written after two more operators checked theirs with the near misses
        assertOperatorTopic("topic-palestine-final7-operator-g.yml", "final7-palestine-4.tsv", 0.92, 0.95);
        assertOperatorTopic("topic-palestine-final7-operator-g.yml", "final7-palestine-5.tsv", 1.0, 0.97);
        assertOperatorTopic("topic-palestine-final7-operator-h.yml", "final7-palestine-4.tsv", 0.97, 0.90);
        assertOperatorTopic("topic-palestine-final7-operator-h.yml", "final7-palestine-5.tsv", 0.97, 0.95);
        assertOperatorTopic("topic-palestine-final5-operator-b.yml", "final7-palestine-4.tsv", 0.97, 0.95);
        assertOperatorTopic("topic-palestine-final5-operator-b.yml", "final7-palestine-5.tsv", 1.0, 0.95);
        // the fifth round's untuned track, the Iran nuclear talks, with a topic written from the README alone
        assertOperatorTopic("topic-irannuclear-final9.yml", "final10-iran-1.tsv", 0.97, 0.95);
        // the sixth round's two untuned tracks, the Renaissance Dam and Armenia–Azerbaijan, with topics written from
        // the README before and after its advice on a dam's words and on the ministers of states that negotiate
        assertOperatorTopic("topic-gerd-final12.yml", "final12-gerd-1.tsv", 1.0, 0.62);
        assertOperatorTopic("topic-gerd-final12.yml", "final13-gerd-2.tsv", 1.0, 0.85);
        assertOperatorTopic("topic-gerd-final13.yml", "final13-gerd-2.tsv", 0.97, 0.92);
        assertOperatorTopic("topic-karabakh-final12.yml", "final12-karabakh-1.tsv", 0.91, 0.82);
        assertOperatorTopic("topic-karabakh-final12.yml", "final13-karabakh-2.tsv", 0.88, 0.92);
        assertOperatorTopic("topic-karabakh-final13.yml", "final13-karabakh-2.tsv", 0.90, 0.95);
    }

    private static void assertOperatorTopic(String topicFile, String set, double precision, double recall) {
        ClassifyEvaluation.Result result = ClassifyEvaluation.evaluate(
                set, ShippedConfig.topics(List.of(Path.of("src/test/resources/weeks", topicFile))));
        ClassifyEvaluation.Score score = result.scores().get(result.scores().size() - 1);
        assertThat(score.precision()).as(set + "; " + result.mistakes()).isGreaterThanOrEqualTo(precision);
        assertThat(score.recall()).as(set + "; " + result.mistakes()).isGreaterThanOrEqualTo(recall);
    }

    /** Precision 1.0 for every topic (astana, geneva, sochi), and at least {@code recall}. */
    private static void assertAtLeast(String file, double... recall) {
        assertAtLeast(file, new double[] {1.0, 1.0, 1.0}, recall);
    }

    private static void assertAtLeast(String file, double[] precision, double[] recall) {
        ClassifyEvaluation.Result result = ClassifyEvaluation.evaluate(file);
        for (int i = 0; i < recall.length; i++) {
            ClassifyEvaluation.Score score = result.scores().get(i);
            assertThat(score.precision())
                    .as(file + " " + score.topic() + "; " + result.mistakes())
                    .isGreaterThanOrEqualTo(precision[i]);
            assertThat(score.recall())
                    .as(file + " " + score.topic() + "; " + result.mistakes())
                    .isGreaterThanOrEqualTo(recall[i]);
        }
    }
}
