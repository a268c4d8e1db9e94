package talkwatch.story;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

    /**
     * One report: its article, its story, signature, publication time, the story's topics, and whether it was told in
     * a message of its own (the story's first report, or a follow-up), which alone may be repeated.
     */
    record Report(
            long articleId,
            long storyId,
            StorySignature signature,
            Instant published,
            Set<String> topics,
            boolean told) {

        /** A report whose article is its story's, the first, when {@code told}. */
        Report(long storyId, StorySignature signature, Instant published, Set<String> topics, boolean told) {
            this(storyId, storyId, signature, published, topics, told);
        }
    }

    /**
     * The reports to judge an article against, and how many terms the article shares with each: counted here over
     * the index's term ids, which is much cheaper than comparing the terms themselves report after report.
     */
    record Candidates(List<StoryDetector.Seen> reports, int[] sharedTerms, TermRarity rarity) {}

    /** A report in memory, with its terms as ids of the index. */
    private static final class Held {
        final Report report;
        final int[] termIds;

        Held(Report report, int[] termIds) {
            this.report = report;
            this.termIds = termIds;
        }
    }

    /** A story's reports in memory and the terms they hold. */
    private static final class Story {
        final long id;
        final Set<String> topics;
        final List<Held> reports = new ArrayList<>();
        final Set<String> terms = new HashSet<>();
        /** The reports told in messages of their own (its first, its follow-ups), while in memory. */
        final List<Held> told = new ArrayList<>();

        Story(long id, Set<String> topics) {
            this.id = id;
            this.topics = topics;
        }
    }

    private final Deque<Held> byAge = new ArrayDeque<>();
    private final Map<Long, Story> stories = new HashMap<>();
    private final Map<String, IndexedTerm> byTerm = new HashMap<>();
    private final TermMarks marks = new TermMarks();
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
        Story story = stories.computeIfAbsent(report.storyId(), id -> new Story(id, report.topics()));
        Set<String> terms = report.signature().terms();
        int[] termIds = new int[terms.size()];
        int n = 0;
        for (String term : terms) {
            IndexedTerm indexed = byTerm.computeIfAbsent(term, t -> new IndexedTerm(marks.newId()));
            termIds[n++] = indexed.id;
            if (story.terms.add(term)) {
                indexed.stories.add(report.storyId());
            }
        }
        Held held = new Held(report, termIds);
        story.reports.add(held);
        if (report.told()) {
            story.told.add(held);
        }
        byAge.addLast(held);
        Instant now = Instant.now();
        forgetBefore((report.published().isAfter(now) ? now : report.published()).minus(keep));
    }

    /**
     * The reports to judge {@code signature} against, published within the detector's window of {@code at}: of the
     * stories most alike it, their reports told in messages of their own, through which alone a story is repeated,
     * that share at least {@link StoryDetector#MIN_OVERLAP} of the smaller one's terms, and with them the story's other reports that may set the article apart. A story holding too
     * few of the article's terms is passed over without reading its reports.
     */
    Candidates candidates(StorySignature signature, Instant at, Set<String> topics, StoryDetector detector) {
        marks.clear();
        Map<Long, Integer> shared = new HashMap<>();
        List<String> commonTerms = new ArrayList<>();
        for (String term : signature.terms()) {
            IndexedTerm indexed = byTerm.get(term);
            if (indexed == null) {
                continue; // no report in memory holds it
            }
            marks.mark(indexed.id);
            if (indexed.stories.size() > COMMON_TERM) {
                commonTerms.add(term);
                continue;
            }
            for (Long storyId : indexed.stories) { // boxed already: no Long allocated per story and term
                shared.merge(storyId, 1, Integer::sum);
            }
        }
        List<Story> alike = shared.entrySet().stream()
                .sorted(Map.Entry.<Long, Integer>comparingByValue(Comparator.reverseOrder()))
                .map(entry -> stories.get(entry.getKey()))
                .filter(story -> topics.isEmpty() || !Collections.disjoint(story.topics, topics))
                .limit(CANDIDATES)
                .toList();
        // |published - at| <= window, without Duration arithmetic (Duration.abs() goes through BigDecimal)
        Instant from = at.minus(detector.window());
        Instant to = at.plus(detector.window());
        int articleTerms = signature.terms().size();
        List<StoryDetector.Seen> seen = new ArrayList<>();
        int[] sharedTerms = new int[CANDIDATES * REPORTS_PER_STORY];
        for (Story story : alike) {
            int taken = 0;
            for (Held told : story.told) {
                if (taken == REPORTS_PER_STORY) {
                    break;
                }
                if (outside(told, from, to)) {
                    continue;
                }
                double threshold = StoryDetector.MIN_OVERLAP;
                // the story holds at most this many of the article's terms, so its report shares no more
                if (cannotReach(
                        threshold, shared.get(story.id) + commonTerms.size(), articleTerms, told.termIds.length)) {
                    continue;
                }
                int sharedWithTold = marks.countMarked(told.termIds);
                if (cannotReach(threshold, sharedWithTold, articleTerms, told.termIds.length)) {
                    continue;
                }
                sharedTerms[seen.size()] = sharedWithTold;
                seen.add(seen(told, true));
                taken++;
            }
            if (taken == 0) {
                continue;
            }
            for (Held held : story.reports) {
                if (taken == REPORTS_PER_STORY) {
                    break;
                }
                if (held.report.told() || outside(held, from, to)) {
                    continue;
                }
                taken++;
                // a report that states a phase, a kind of event or an ordinal may set the article apart: the
                // detector keeps the article out of a story any of whose reports it contradicts
                StorySignature reported = held.report.signature();
                if (reported.phase() != Phase.NONE
                        || !reported.kinds().isEmpty()
                        || !reported.ordinals().isEmpty()) {
                    sharedTerms[seen.size()] = 0; // not counted: only told reports are matched
                    seen.add(seen(held, false));
                }
            }
        }
        return new Candidates(List.copyOf(seen), Arrays.copyOf(sharedTerms, seen.size()), rarity());
    }

    private static StoryDetector.Seen seen(Held held, boolean told) {
        Report report = held.report;
        return new StoryDetector.Seen(
                report.storyId(), report.articleId(), report.signature(), told, Optional.of(report.published()));
    }

    /** How rare terms are among the stories in memory. */
    TermRarity rarity() {
        return TermRarity.over(stories.size(), term -> {
            IndexedTerm indexed = byTerm.get(term);
            return indexed == null ? 0 : indexed.stories.size();
        });
    }

    /**
     * True when a report of {@code reportTerms} terms that shares at most {@code shared} of the article's
     * {@code articleTerms} cannot overlap the article by {@code threshold}.
     */
    private static boolean cannotReach(double threshold, int shared, int articleTerms, int reportTerms) {
        int smaller = Math.min(articleTerms, reportTerms);
        return smaller > 0 && (double) Math.min(shared, reportTerms) / smaller < threshold;
    }

    private static boolean outside(Held held, Instant from, Instant to) {
        Instant published = held.report.published();
        return published.isBefore(from) || published.isAfter(to);
    }

    private void forgetBefore(Instant oldest) {
        while (!byAge.isEmpty() && byAge.peekFirst().report.published().isBefore(oldest)) {
            Held old = byAge.removeFirst();
            long storyId = old.report.storyId();
            horizon = horizon.isAfter(old.report.published()) ? horizon : old.report.published();
            Story story = stories.get(storyId);
            story.reports.remove(old);
            story.told.remove(old);
            if (story.reports.isEmpty()) {
                stories.remove(storyId);
                for (String term : story.terms) {
                    IndexedTerm indexed = byTerm.get(term);
                    indexed.stories.remove(storyId);
                    if (indexed.stories.isEmpty()) {
                        byTerm.remove(term);
                        marks.freeId(indexed.id); // no report in memory holds it any more
                    }
                }
            }
        }
    }

    /** A term of the index: its id and the stories whose reports hold it. */
    private static final class IndexedTerm {
        final int id;
        final Set<Long> stories = new LinkedHashSet<>();

        IndexedTerm(int id) {
            this.id = id;
        }
    }
}
