package talkwatch.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RecentStoriesTest {

    private static final Instant NOON = Instant.parse("2026-11-28T12:00:00Z");
    private static final StorySignature ROUND_14 = StorySignature.of(
            "انطلاق الجولة الرابعة عشرة من محادثات أستانا",
            "انطلقت في العاصمة الكازاخية الجولة الرابعة عشرة من محادثات أستانا بحضور وفود الدول الضامنة.");
    private static final StorySignature SHELLING =
            StorySignature.of("قصف على ريف إدلب الجنوبي", "قتل ستة مدنيين في قصف مدفعي على بلدة في ريف إدلب الجنوبي.");

    @Test
    void offersTheReportsThatShareTermsWithinTheWindowAndTopics() {
        RecentStories recent = new RecentStories(NOON.minus(Duration.ofDays(3)), Duration.ofDays(3));
        recent.add(new RecentStories.Report(1, ROUND_14, NOON, Set.of("astana"), true));
        recent.add(new RecentStories.Report(2, SHELLING, NOON, Set.of("astana"), true));
        recent.add(new RecentStories.Report(3, ROUND_14, NOON.minus(Duration.ofDays(2)), Set.of("astana"), true));
        recent.add(new RecentStories.Report(4, ROUND_14, NOON, Set.of("geneva"), true));

        assertThat(recent.candidates(
                                ROUND_14,
                                NOON.plusSeconds(3600),
                                Set.of("astana"),
                                new StoryDetector(Duration.ofHours(12)))
                        .reports())
                .extracting(StoryDetector.Seen::storyId)
                .containsExactly(1L);
    }

    @Test
    void offersEveryReportOfAStoryThatMayBeJoinedSoTheDetectorSeesWhatSetsTheArticleApart() {
        RecentStories recent = new RecentStories(NOON.minus(Duration.ofDays(3)), Duration.ofDays(3));
        // a report of a round that names no phase, then the round's opening, taken for the same story
        StorySignature opening = new StorySignature(
                Set.of("انطلاق", "وفود", "روس", "ترك", "ايران", "جول"), Set.of(14), Set.of(), Phase.START);
        StorySignature vague =
                new StorySignature(Set.of("جول", "محادث", "استان", "سوري"), Set.of(14), Set.of(), Phase.NONE);
        recent.add(new RecentStories.Report(1, vague, NOON, Set.of("astana"), true));
        recent.add(new RecentStories.Report(1, opening, NOON, Set.of("astana"), false));
        StorySignature close =
                new StorySignature(Set.of("جول", "محادث", "استان", "سوري", "اختتام"), Set.of(14), Set.of(), Phase.END);
        StoryDetector detector = new StoryDetector(Duration.ofHours(12));

        RecentStories.Candidates candidates = recent.candidates(close, NOON, Set.of("astana"), detector);

        // the close may retell the story's first report, but the opening, which shares one term of five with the
        // close (far below what a retelling shares), sets it apart: it is offered, and the close is no repeat
        assertThat(candidates.reports())
                .extracting(StoryDetector.Seen::signature)
                .contains(opening);
        assertThat(detector.judge(close, NOON, candidates.reports(), candidates.rarity())
                        .telling())
                .isNotEqualTo(talkwatch.store.StoryNote.Telling.REPEAT);
    }

    @Test
    void findsAStoryToldByManyOutlets() {
        RecentStories recent = new RecentStories(NOON.minus(Duration.ofDays(3)), Duration.ofDays(3));
        for (int i = 0; i < 3 * RecentStories.COMMON_TERM; i++) {
            recent.add(new RecentStories.Report(7, ROUND_14, NOON, Set.of("astana"), true));
        }

        assertThat(recent.candidates(ROUND_14, NOON, Set.of("astana"), new StoryDetector(Duration.ofHours(12)))
                        .reports())
                .hasSize(RecentStories.REPORTS_PER_STORY)
                .allMatch(seen -> seen.storyId() == 7);
    }

    @Test
    void doesNotCountATermHeldByTooManyStories() {
        RecentStories recent = new RecentStories(NOON.minus(Duration.ofDays(3)), Duration.ofDays(3));
        StorySignature onlyAstana = new StorySignature(Set.of("استان"), Set.of(), Set.of(), Phase.NONE);
        for (int i = 0; i <= RecentStories.COMMON_TERM; i++) {
            recent.add(new RecentStories.Report(i, onlyAstana, NOON, Set.of("astana"), true));
        }

        assertThat(recent.candidates(onlyAstana, NOON, Set.of("astana"), new StoryDetector(Duration.ofHours(12)))
                        .reports())
                .isEmpty();
    }

    @Test
    void forgetsOldReportsAndSaysSinceWhenItIsComplete() {
        Instant from = NOON.minus(Duration.ofDays(10));
        RecentStories recent = new RecentStories(from, Duration.ofDays(1));
        recent.add(new RecentStories.Report(1, ROUND_14, NOON.minus(Duration.ofDays(5)), Set.of("astana"), true));
        assertThat(recent.horizon()).isEqualTo(from);

        recent.add(new RecentStories.Report(2, SHELLING, NOON, Set.of("astana"), true));

        assertThat(recent.horizon()).isEqualTo(NOON.minus(Duration.ofDays(5)));
        assertThat(recent.candidates(
                                ROUND_14,
                                NOON.minus(Duration.ofDays(5)),
                                Set.of("astana"),
                                new StoryDetector(Duration.ofHours(1)))
                        .reports())
                .isEmpty();
    }

    @Test
    void countsTheTermsEachCandidateSharesWithTheArticleAfterTermsLeftMemory() {
        RecentStories recent = new RecentStories(NOON.minus(Duration.ofDays(10)), Duration.ofDays(1));
        recent.add(new RecentStories.Report(
                1, terms("قصف", "ريف"), NOON.minus(Duration.ofDays(5)), Set.of("astana"), true));
        // story 1 and its terms leave memory, story 3 reuses their ids
        recent.add(new RecentStories.Report(2, terms("جول", "رابع", "استان", "وفد"), NOON, Set.of("astana"), true));
        recent.add(new RecentStories.Report(3, terms("قصف", "استان", "ادلب"), NOON, Set.of("astana"), true));

        RecentStories.Candidates candidates = recent.candidates(
                terms("جول", "رابع", "استان", "قصف", "سوتش"),
                NOON,
                Set.of("astana"),
                new StoryDetector(Duration.ofHours(12)));

        assertThat(candidates.reports()).extracting(StoryDetector.Seen::storyId).containsExactly(2L, 3L);
        assertThat(candidates.sharedTerms()).containsExactly(3, 2);
    }

    @Test
    void leavesOutReportsThatShareTooFewTermsToTellTheSameStory() {
        RecentStories recent = new RecentStories(NOON.minus(Duration.ofDays(3)), Duration.ofDays(3));
        recent.add(new RecentStories.Report(
                1,
                terms("جول", "رابع", "استان", "وفد", "ضامن", "روس", "ترك", "اير", "نور", "سلط", "بيان"),
                NOON,
                Set.of("astana"),
                true));
        recent.add(new RecentStories.Report(
                2,
                terms("جول", "قصف", "ادلب", "ريف", "مدن", "قتل", "طير", "حلب", "حما", "نزوح", "جرح"),
                NOON,
                Set.of("astana"),
                true));
        StorySignature article =
                terms("جول", "رابع", "استان", "سوتش", "وفد", "ضامن", "دستور", "لجن", "جنيف", "بيدرسن", "ختام", "امم");

        // story 1 holds 5 of the article's 12 terms, story 2 only one: 1/11 is below StoryDetector.MIN_OVERLAP
        assertThat(recent.candidates(article, NOON, Set.of("astana"), new StoryDetector(Duration.ofHours(12)))
                        .reports())
                .extracting(StoryDetector.Seen::storyId)
                .containsExactly(1L);
    }

    private static StorySignature terms(String... terms) {
        return new StorySignature(Set.of(terms), Set.of(), Set.of(), Phase.NONE);
    }
}
