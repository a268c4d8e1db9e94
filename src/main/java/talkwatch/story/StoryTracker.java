package talkwatch.story;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import talkwatch.match.Cast;
import talkwatch.store.ArticleStore;
import talkwatch.store.NewArticle;
import talkwatch.store.StoryNote;
import talkwatch.store.StoryReport;

/**
 * Saves topic-matched articles story by story: an article that reports a story published within the window (before
 * or after it) is saved as a repeat of that story and queues nothing; any other starts a story. A story is only
 * repeated by an article whose topics it has too, so that no subscriber of the article's topics misses it. The signatures live
 * in the store, so a restart forgets nothing; the recent ones are also kept in memory ({@link RecentStories}), read
 * from the store once, so that a poll bringing thousands of reports does not read the window again for each.
 *
 * <p>Thread-safe: saving is serialized, so two feeds polled at once cannot both start the same story.
 */
public final class StoryTracker {

    private static final Logger log = LoggerFactory.getLogger(StoryTracker.class);
    /** How long reports stay in memory, beyond the window: articles are rarely published further apart. */
    private static final Duration MEMORY = Duration.ofDays(2);

    private final ArticleStore articles;
    private final StoryDetector detector;
    private final Cast cast;
    private final Clock clock;
    private RecentStories recent;
    /** The newest article whose report memory holds: what other instances sharing the store saved since is read in. */
    private long newestKnown;
    /**
     * Reports older than memory, read from the store around an old article and kept for the next ones: a feed's backlog
     * (the first poll of a feed, or of many) brings them in runs, and reading the store for each would be quadratic.
     */
    private RecentStories older;

    private Instant olderUntil;

    /** @param window how far apart two reports of one story may be published; zero turns detection off */
    public StoryTracker(ArticleStore articles, Duration window) {
        this(articles, window, Cast.NONE, Clock.systemUTC());
    }

    /**
     * With {@code cast} telling who the reports name, and {@code clock} which stories are recent enough to keep in
     * memory.
     */
    public StoryTracker(ArticleStore articles, Duration window, Cast cast, Clock clock) {
        this.articles = Objects.requireNonNull(articles, "articles");
        this.detector = new StoryDetector(window);
        this.cast = Objects.requireNonNull(cast, "cast");
        this.clock = clock;
    }

    /** Saves the article (see {@link ArticleStore#save(NewArticle, StoryNote)}); returns the deliveries queued. */
    public Optional<Integer> save(NewArticle item) {
        ArticleStore.Saved saved = saveAll(List.of(item));
        return saved.articles() == 0 ? Optional.empty() : Optional.of(saved.deliveries());
    }

    /** Saves a feed's topic-matched articles in one transaction, each judged against the stories before it. */
    public ArticleStore.Saved saveAll(List<NewArticle> items) {
        // Signatures are computed outside the lock, by the poll threads at once.
        Map<NewArticle, StorySignature> signatures = new IdentityHashMap<>();
        for (NewArticle item : items) {
            signatures.put(
                    item,
                    StorySignature.of(item.article().title(), item.article().text(), cast)
                            .from(item.sourceName()));
        }
        return saveAll(items, signatures);
    }

    private synchronized ArticleStore.Saved saveAll(
            List<NewArticle> items, Map<NewArticle, StorySignature> signatures) {
        if (!detector.window().isZero()) {
            catchUp();
        }
        try {
            return articles.saveReports(items, new Judge(signatures));
        } catch (RuntimeException e) {
            // what was remembered during the failed transaction is read again from the store
            recent = null;
            older = null;
            newestKnown = 0;
            throw e;
        }
    }

    /** Judges each article of a batch against memory, and remembers it once saved. */
    private final class Judge implements ArticleStore.StoryJudge {

        private final Map<NewArticle, StorySignature> signatures;

        Judge(Map<NewArticle, StorySignature> signatures) {
            this.signatures = signatures;
        }

        @Override
        public StoryNote judge(NewArticle item) {
            StorySignature signature = signatures.get(item);
            if (detector.window().isZero()) {
                return StoryNote.newStory(signature.encode());
            }
            StoryDetector.Verdict verdict = verdict(signature, item.article().published(), Set.copyOf(item.topicIds()));
            return switch (verdict.telling()) {
                case NEW ->
                    StoryNote.newStory(
                            signature.encode(),
                            verdict.promoted()
                                    .map(StoryDetector.Seen::articleId)
                                    .orElse(0L));
                case FOLLOW_UP ->
                    StoryNote.followUp(
                            signature.encode(), verdict.told().orElseThrow().storyId());
                case REPEAT ->
                    StoryNote.repeat(
                            signature.encode(),
                            verdict.told().orElseThrow().storyId(),
                            verdict.told().orElseThrow().articleId());
            };
        }

        @Override
        public void saved(NewArticle item, StoryNote note, long articleId, long storyId) {
            boolean told = note.telling() != StoryNote.Telling.REPEAT;
            if (!told) {
                log.debug(
                        "Article {} from {} repeats story {}: named under message {}",
                        item.article().key(),
                        item.sourceName(),
                        storyId,
                        note.toldIn());
            }
            if (!detector.window().isZero()) {
                Set<String> topics = memory().topicsOf(storyId, Set.copyOf(item.topicIds()));
                RecentStories.Report report = new RecentStories.Report(
                        articleId, storyId, signatures.get(item), item.article().published(), topics, told);
                memory().add(report);
                if (older != null
                        && !report.published().isBefore(older.horizon())
                        && !report.published().isAfter(olderUntil)) {
                    older.add(report);
                }
                newestKnown = Math.max(newestKnown, articleId);
            }
        }
    }

    /** How {@code signature} reaches its subscribers: judged against memory, or the store for an older article. */
    private StoryDetector.Verdict verdict(StorySignature signature, Instant at, Set<String> topics) {
        Duration window = detector.window();
        RecentStories reports = at.minus(window).isBefore(memory().horizon()) ? stored(at) : memory();
        RecentStories.Candidates candidates = reports.candidates(signature, at, topics, detector);
        return detector.judge(signature, at, candidates.reports(), candidates.rarity());
    }

    /**
     * The reports of the store published within the window of {@code at}, for an article older than memory: read for
     * two windows each side, and kept for the old articles that follow.
     */
    private RecentStories stored(Instant at) {
        Duration window = detector.window();
        if (older == null
                || at.minus(window).isBefore(older.horizon())
                || at.plus(window).isAfter(olderUntil)) {
            Instant from = at.minus(window.multipliedBy(2));
            olderUntil = at.plus(window.multipliedBy(2));
            older = new RecentStories(from, window.multipliedBy(4).plusSeconds(1));
            articles.storiesBetween(from, olderUntil).forEach(r -> older.add(report(r)));
        }
        return older;
    }

    private static RecentStories.Report report(StoryReport stored) {
        return new RecentStories.Report(
                stored.articleId(),
                stored.storyId(),
                StorySignature.decode(stored.signature()).from(stored.outlet()),
                stored.publishedAt(),
                stored.topics(),
                stored.told());
    }

    /** The reports in memory, read from the store on first use. */
    private RecentStories memory() {
        if (recent == null) {
            Duration keep = detector.window().plus(MEMORY);
            Instant from = clock.instant().minus(keep);
            recent = new RecentStories(from, keep);
            newestKnown = articles.lastStoryReport();
            remember(articles.storiesBetween(from, Instant.ofEpochMilli(Long.MAX_VALUE)));
        }
        return recent;
    }

    /**
     * Brings memory up to date with the reports other instances sharing the store (PostgreSQL) saved since: the poll
     * cycle runs on one instance at a time, not always the same one. On SQLite, one process, there are none. Reports
     * older than memory are remembered as this instance's own are, and what was kept of the store's older ones is read
     * again when needed.
     */
    private void catchUp() {
        memory();
        // the newest report's id comes from the index; the reports after it are read only when there are some
        if (articles.lastStoryReport() <= newestKnown) {
            return;
        }
        List<StoryReport> theirs = articles.storiesSavedAfter(newestKnown);
        if (!theirs.isEmpty()) {
            remember(theirs);
            older = null;
        }
    }

    private void remember(List<StoryReport> reports) {
        for (StoryReport stored : reports) {
            recent.add(report(stored));
            newestKnown = Math.max(newestKnown, stored.articleId());
        }
    }
}
