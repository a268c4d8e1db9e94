package talkwatch.story;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import talkwatch.match.Cast;
import talkwatch.store.StoryNote;
import talkwatch.testing.ShippedConfig;
import talkwatch.testing.WeekArgs;

/**
 * Where lists of stories ({@code /latest}, {@code /search}, digests) show a follow-up whose own news a second outlet
 * told as a story of its own ({@link StoryDetector.Verdict#promoted}): with the story that rang for its news. Over the
 * weeks' reports, read in time order through the detector alone, each such follow-up is counted by the writer's labels:
 * of the story that rang (now listed right; before, listed under another), of the story it came under (now listed
 * wrong), or of neither ({@code docs/BENCHMARKS.md}, "Fourteenth round").
 *
 * <pre>
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) talkwatch.story.PromotedFollowUps \
 *     [--topics FILE]... WEEK.tsv...
 * </pre>
 */
public final class PromotedFollowUps {

    private PromotedFollowUps() {}

    public static void main(String[] args) throws Exception {
        WeekArgs parsed = WeekArgs.parse(args);
        List<Path> topics = parsed.topicFiles();
        List<Path> weeks = parsed.weeks();
        Cast cast = ShippedConfig.load(ShippedConfig.with(topics), Map.of()).cast();
        StoryDetector detector = new StoryDetector(StoryDetector.DEFAULT_WINDOW);
        int followUps = 0;
        int withTheStoryThatRang = 0;
        int withTheStoryItCameUnder = 0;
        int withNeither = 0;
        for (List<WeekStories.Report> reports : WeekStories.read(weeks, cast).values()) {
            Set<Long> promoted = new HashSet<>();
            List<StoryDetector.Verdict> verdicts = WeekStories.verdicts(reports, detector);
            for (int i = 0; i < reports.size(); i++) {
                StoryDetector.Verdict verdict = verdicts.get(i);
                if (verdict.telling() == StoryNote.Telling.FOLLOW_UP) {
                    followUps++;
                }
                // the first story to tell a follow-up's news keeps it, as the store does
                if (verdict.promoted().isPresent()
                        && promoted.add(verdict.promoted().get().articleId())) {
                    StoryDetector.Seen followUp = verdict.promoted().get();
                    String its = label(reports, followUp.articleId());
                    if (its.equals(reports.get(i).report().story())) {
                        withTheStoryThatRang++;
                    } else if (its.equals(label(reports, followUp.storyId()))) {
                        withTheStoryItCameUnder++;
                    } else {
                        withNeither++;
                    }
                }
            }
        }
        System.out.printf(
                Locale.ROOT,
                "%d follow-ups; %d promoted: of the story that rang %d, of the story they came under %d, of neither %d%n",
                followUps,
                withTheStoryThatRang + withTheStoryItCameUnder + withNeither,
                withTheStoryThatRang,
                withTheStoryItCameUnder,
                withNeither);
    }

    private static String label(List<WeekStories.Report> reports, long index) {
        return reports.get((int) index).report().story();
    }
}
