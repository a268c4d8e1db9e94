package talkwatch.story;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The story reports of the recent past, in memory and indexed by term, so that finding the stories an article
 * may repeat costs a few lookups instead of a scan of every report in the window (a first poll of a thousand
 * feeds brings tens of thousands of reports at once).
 *
 * <p>Candidates are the reports that share the most terms with the article, counted through the index; a term
 * found in more than {@value #COMMON_TERM} reports (a place name in every report of a busy day) says nothing about
 * which story it is and is not counted. The detector then judges at most {@value #CANDIDATES} candidates exactly.
 * Not thread-safe: {@link StoryTracker} serializes its use.
 */
final class RecentStories {

    static final int COMMON_TERM = 200;
    static final int CANDIDATES = 50;

    /** One report: its story, signature, publication time and the story's topics. */
    record Report(long storyId, StorySignature signature, Instant published, Set<String> topics) {}

    private final Deque<Report> byAge = new ArrayDeque<>();
    private final Map<String, List<Report>> byTerm = new HashMap<>();
    private final Map<Long, Set<String>> storyTopics = new HashMap<>();
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
        return storyTopics.getOrDefault(storyId, otherwise);
    }

    void add(Report report) {
        storyTopics.putIfAbsent(report.storyId(), report.topics());
        byAge.addLast(report);
        for (String term : report.signature().terms()) {
            byTerm.computeIfAbsent(term, t -> new ArrayList<>()).add(report);
        }
        Instant now = Instant.now();
        forgetBefore((report.published().isAfter(now) ? now : report.published()).minus(keep));
    }

    /** The reports published within {@code window} of {@code at}, of the stories most alike {@code signature}. */
    List<StoryDetector.Seen> candidates(StorySignature signature, Instant at, Duration window, Set<String> topics) {
        Map<Report, Integer> shared = new HashMap<>();
        for (String term : signature.terms()) {
            List<Report> reports = byTerm.get(term);
            if (reports == null || reports.size() > COMMON_TERM) {
                continue;
            }
            for (Report report : reports) {
                if (Duration.between(report.published(), at).abs().compareTo(window) <= 0
                        && report.topics().containsAll(topics)) {
                    shared.merge(report, 1, Integer::sum);
                }
            }
        }
        return shared.entrySet().stream()
                .sorted(Map.Entry.<Report, Integer>comparingByValue(Comparator.reverseOrder()))
                .limit(CANDIDATES)
                .map(entry -> new StoryDetector.Seen(
                        entry.getKey().storyId(), entry.getKey().signature()))
                .toList();
    }

    private void forgetBefore(Instant oldest) {
        while (!byAge.isEmpty() && byAge.peekFirst().published().isBefore(oldest)) {
            Report old = byAge.removeFirst();
            horizon = horizon.isAfter(old.published()) ? horizon : old.published();
            storyTopics.remove(old.storyId(), old.topics());
            for (String term : old.signature().terms()) {
                List<Report> reports = byTerm.get(term);
                reports.remove(old);
                if (reports.isEmpty()) {
                    byTerm.remove(term);
                }
            }
        }
    }
}
