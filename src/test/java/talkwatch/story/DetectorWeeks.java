package talkwatch.story;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import talkwatch.match.Cast;
import talkwatch.testing.ShippedConfig;
import talkwatch.testing.Week;
import talkwatch.testing.WeekArgs;

/**
 * What the story detector alone makes of the weeks ({@link WeekStories}: the writers' labels say which talks each report
 * is news of, so matching plays no part): extra rings per story, and the shares of stories muted and lost, over every
 * week of {@code src/test/resources/weeks} or those named. {@code --list} prints each week's mistakes.
 *
 * <pre>
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) talkwatch.story.DetectorWeeks [--list]
 *     [--topics FILE]... [WEEK.tsv]...
 * </pre>
 *
 * The people of the {@code --topics} files join the cast, as in {@code talkwatch.WeekReplay}; without any, each week's
 * cast has the people of the topic files its replays use ({@link WeekArgs#TOPIC_FILES}).
 */
public final class DetectorWeeks {

    private DetectorWeeks() {}

    public static void main(String[] args) throws Exception {
        WeekArgs parsed = WeekArgs.parse(args);
        StoryDetector detector = new StoryDetector(StoryDetector.DEFAULT_WINDOW);
        Map<List<Path>, Cast> casts = new HashMap<>();
        WeekStories.Heard all = WeekStories.Heard.NONE;
        for (Path file : parsed.weeksOrAll()) {
            List<Path> topicFiles =
                    parsed.topicFiles().isEmpty() ? WeekArgs.topicFilesOf(Week.read(file)) : parsed.topicFiles();
            Cast cast = casts.computeIfAbsent(
                    topicFiles,
                    files -> ShippedConfig.load(ShippedConfig.with(files), Map.of())
                            .cast());
            for (Map.Entry<String, List<WeekStories.Report>> week :
                    WeekStories.read(List.of(file), cast).entrySet()) {
                WeekStories.Heard heard = WeekStories.tell(week.getValue(), detector);
                if (parsed.flags().contains("--list")) {
                    heard.mistakes().forEach(mistake -> System.out.println(week.getKey() + "\t" + mistake));
                }
                all = all.plus(heard);
            }
        }
        System.out.printf(
                Locale.ROOT,
                "%d stories: %.4f extra rings per story (%d), %.2f %% muted (%d), %.2f %% lost (%d)%n",
                all.stories(),
                all.extraPerStory(),
                all.extraRings(),
                100 * all.mutedShare(),
                all.muted(),
                100 * all.lostShare(),
                all.lost());
    }
}
