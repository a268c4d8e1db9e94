package talkwatch.story;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import talkwatch.match.Cast;
import talkwatch.store.StoryNote;
import talkwatch.testing.Week;

/**
 * The stories of a week's reports about the talks ({@link Week}, labelled by their writers), told the way the
 * {@link StoryDetector} would: each report in order of publication, judged against the reports of the window that share
 * a topic with it, through {@link RecentStories} as in production. What the subscriber of every topic would hear of it,
 * story by story: a ring, a silent follow-up, an outlet named under a message. No feeds, no matching (the labels say
 * which talks), no store: the fast way to weigh a change to the detector; {@code talkwatch.WeekReplay} measures the
 * whole path.
 */
final class WeekStories {

    /**
     * The weeks of {@code src/test/resources/weeks} that may be tuned on: the dev weeks, and the final weeks of the
     * rounds that were run once and spent ({@code final-} to {@code final30-}; {@code src/test/resources/weeks/README.md}
     * tells when each was spent).
     */
    static List<Path> devWeeks() {
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/weeks"))) {
            return files.filter(
                            f -> f.getFileName()
                                    .toString()
                                    .matches(
                                            "(dev|final|final2|final3|final4|final6|final8|final9|final10|final11|final12|final14|final15|final16|final17|final18|final19|final20|final21|final22|final23|final24|final25|final26|final27|final28|final29|final30)-.*\\.tsv"))
                    .sorted()
                    .toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** One report about the talks, with its signature. */
    record Report(Week.Report report, StorySignature signature) {
        Instant at() {
            return report.published().toInstant();
        }
    }

    /** The week's reports about the talks, with their signatures as {@code cast} reads them. */
    static List<Report> reports(Week week, Cast cast) {
        return week.reports().stream()
                .filter(Week.Report::onTopic)
                .map(r -> new Report(
                        r, StorySignature.of(r.headline(), r.text(), cast).from(r.outlet())))
                .toList();
    }

    /**
     * What the subscriber of every topic heard, in stories.
     *
     * @param extraRings rings for a story that had rung already
     * @param muted stories that came only silently, as a follow-up of another
     * @param lost stories that came in no message of their own: named under another's
     */
    record Heard(int stories, int extraRings, int muted, int lost, List<String> mistakes) {
        static final Heard NONE = new Heard(0, 0, 0, 0, List.of());

        Heard plus(Heard other) {
            List<String> all = new ArrayList<>(mistakes);
            all.addAll(other.mistakes);
            return new Heard(
                    stories + other.stories,
                    extraRings + other.extraRings,
                    muted + other.muted,
                    lost + other.lost,
                    all);
        }

        double extraPerStory() {
            return stories == 0 ? 0 : (double) extraRings / stories;
        }

        double mutedShare() {
            return stories == 0 ? 0 : (double) muted / stories;
        }

        double lostShare() {
            return stories == 0 ? 0 : (double) lost / stories;
        }
    }

    /** Tells the reports in order with {@code detector}; what the subscriber heard. */
    static Heard tell(List<Report> reports, StoryDetector detector) {
        List<StoryDetector.Verdict> verdicts = verdicts(reports, detector);
        Map<Integer, StoryNote.Telling> told = new HashMap<>();
        Map<Integer, String> because = new HashMap<>(); // what a report was taken for
        for (int i = 0; i < reports.size(); i++) {
            StoryDetector.Verdict verdict = verdicts.get(i);
            told.put(i, verdict.telling());
            int index = i;
            verdict.told()
                    .ifPresent(seen -> because.put(
                            index,
                            String.format(
                                    "%.2f «%s»",
                                    verdict.odds(),
                                    reports.get((int) seen.articleId()).report().headline())));
        }
        Map<String, List<Integer>> byStory = new LinkedHashMap<>();
        for (int i = 0; i < reports.size(); i++) {
            byStory.computeIfAbsent(reports.get(i).report().story(), s -> new ArrayList<>())
                    .add(i);
        }
        int extra = 0;
        int muted = 0;
        int lost = 0;
        List<String> mistakes = new ArrayList<>();
        for (List<Integer> members : byStory.values()) {
            int rings = 0;
            int silent = 0;
            for (int i : members) {
                rings += told.get(i) == StoryNote.Telling.NEW ? 1 : 0;
                silent += told.get(i) == StoryNote.Telling.FOLLOW_UP ? 1 : 0;
            }
            Week.Report first = reports.get(members.get(0)).report();
            if (rings > 1) {
                extra += rings - 1;
                StringBuilder rung = new StringBuilder(rings + " rings: " + first.story());
                for (int i : members) {
                    if (told.get(i) == StoryNote.Telling.NEW) {
                        rung.append(" «")
                                .append(reports.get(i).report().headline())
                                .append("»");
                    }
                }
                mistakes.add(rung.toString());
            } else if (rings == 0) {
                String why = because.getOrDefault(members.get(0), "");
                if (silent > 0) {
                    muted++;
                    mistakes.add("muted: " + first.story() + " «" + first.headline() + "» as " + why);
                } else {
                    lost++;
                    mistakes.add("lost: " + first.story() + " «" + first.headline() + "» as " + why);
                }
            }
        }
        return new Heard(byStory.size(), extra, muted, lost, mistakes);
    }

    /**
     * The verdict on each report, read in order with {@code detector} against the reports before it (a report's article
     * and story ids are its index in {@code reports}).
     */
    static List<StoryDetector.Verdict> verdicts(List<Report> reports, StoryDetector detector) {
        Instant start = reports.isEmpty() ? Instant.now() : reports.get(0).at();
        RecentStories recent = new RecentStories(
                start.minus(detector.window()), detector.window().plus(Duration.ofDays(2)));
        List<StoryDetector.Verdict> verdicts = new ArrayList<>();
        for (int i = 0; i < reports.size(); i++) {
            Report report = reports.get(i);
            RecentStories.Candidates candidates = recent.candidates(
                    report.signature(), report.at(), report.report().topics(), detector);
            StoryDetector.Verdict verdict =
                    detector.judge(report.signature(), report.at(), candidates.reports(), candidates.rarity());
            verdicts.add(verdict);
            recent.add(new RecentStories.Report(
                    i,
                    verdict.told().map(StoryDetector.Seen::storyId).orElse((long) i),
                    report.signature(),
                    report.at(),
                    report.report().topics(),
                    verdict.telling() != StoryNote.Telling.REPEAT));
        }
        return verdicts;
    }

    /** The weeks' reports, each week's with its name. */
    static Map<String, List<Report>> read(List<Path> weeks, Cast cast) {
        Map<String, List<Report>> all = new LinkedHashMap<>();
        for (Path file : weeks) {
            Week week = Week.read(file);
            all.put(week.name(), reports(week, cast));
        }
        return all;
    }

    /** Topics of a report, for tools. */
    static Set<String> topics(Report report) {
        return report.report().topics();
    }
}
