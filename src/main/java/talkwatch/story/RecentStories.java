package talkwatch.story;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The story reports of the recent past, in memory and indexed by term, so that finding the stories an article
 * may repeat costs a few lookups instead of a scan of every report in the window (a first poll of a thousand
 * feeds brings tens of thousands of reports at once).
 *
 * <p>The index maps each term to the stories (not the reports) whose reports hold it, so a story told by a hundred
 * outlets costs one entry per term. Candidates are the {@value #CANDIDATES} stories sharing the most terms with the
 * article; a term held by more than {@value #COMMON_TERM} stories (a place name in every story of a busy day) says
 * nothing about which story it is and is not counted. The detector then judges their reports exactly. Not
 * thread-safe: {@link StoryTracker} serializes its use.
 */
final class RecentStories {

    static final int COMMON_TERM = 200;
    static final int CANDIDATES = 50;
    /** Reports of one story judged at most: they tell the same story, a few of them suffice. */
    static final int REPORTS_PER_STORY = 8;

    /** One report: its story, signature, publication time and the story's topics. */
    record Report(long storyId, StorySignature signature, Instant published, Set<String> topics) {}

    /** A story's reports in memory and the terms they hold. */
    private static final class Story {
        final Set<String> topics;
        final List<Report> reports = new ArrayList<>();
        final Set<String> terms = new HashSet<>();

        Story(Set<String> topics) {
            this.topics = topics;
        }
    }

    private final Deque<Report> byAge = new ArrayDeque<>();
    private final Map<Long, Story> stories = new HashMap<>();
    private final Map<String, Set<Long>> byTerm = new HashMap<>();
    private final Duration keep;
    private Instant horizon;

    /**
     * @param from the oldest publication time of the reports that will be added
     * @param keep how long a report stays: reports older than the newest one by more than this are dropped
     */
    RecentStories(Instant from, Duration keep) {
        this.horizon = from;
        this.keep = keep;
    }

    /** Every report published since this time is here; older ones may not be. */
    Instant horizon() {
        return horizon;
    }

    /** The topics of a story in memory: those of its first report. */
    Set<String> topicsOf(long storyId, Set<String> otherwise) {
        Story story = stories.get(storyId);
        return story == null ? otherwise : story.topics;
    }

    void add(Report report) {
        Story story = stories.computeIfAbsent(report.storyId(), id -> new Story(report.topics()));
        story.reports.add(report);
        for (String term : report.signature().terms()) {
            if (story.terms.add(term)) {
                byTerm.computeIfAbsent(term, t -> new LinkedHashSet<>()).add(report.storyId());
            }
        }
        byAge.addLast(report);
        Instant now = Instant.now();
        forgetBefore((report.published().isAfter(now) ? now : report.published()).minus(keep));
    }

    /** The reports published within {@code window} of {@code at}, of the stories most alike {@code signature}. */
    List<StoryDetector.Seen> candidates(StorySignature signature, Instant at, Duration window, Set<String> topics) {
        Map<Long, Integer> shared = new HashMap<>();
        for (String term : signature.terms()) {
            Set<Long> holders = byTerm.get(term);
            if (holders == null || holders.size() > COMMON_TERM) {
                continue;
            }
            for (long storyId : holders) {
                shared.merge(storyId, 1, Integer::sum);
            }
        }
        List<StoryDetector.Seen> seen = new ArrayList<>();
        shared.entrySet().stream()
                .sorted(Map.Entry.<Long, Integer>comparingByValue(Comparator.reverseOrder()))
                .map(entry -> stories.get(entry.getKey()))
                .filter(story -> story.topics.containsAll(topics))
                .limit(CANDIDATES)
                .forEach(story -> story.reports.stream()
                        .filter(r -> Duration.between(r.published(), at).abs().compareTo(window) <= 0)
                        .limit(REPORTS_PER_STORY)
                        .forEach(r -> seen.add(new StoryDetector.Seen(r.storyId(), r.signature()))));
        return seen;
    }

    private void forgetBefore(Instant oldest) {
        while (!byAge.isEmpty() && byAge.peekFirst().published().isBefore(oldest)) {
            Report old = byAge.removeFirst();
            horizon = horizon.isAfter(old.published()) ? horizon : old.published();
            Story story = stories.get(old.storyId());
            story.reports.remove(old);
            if (story.reports.isEmpty()) {
                stories.remove(old.storyId());
                for (String term : story.terms) {
                    Set<Long> holders = byTerm.get(term);
                    holders.remove(old.storyId());
                    if (holders.isEmpty()) {
                        byTerm.remove(term);
                    }
                }
            }
        }
    }
}
