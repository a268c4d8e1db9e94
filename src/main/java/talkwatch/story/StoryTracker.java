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
                    StorySignature.of(item.article().title(), item.article().text(), cast));
        }
        return saveAll(items, signatures);
    }

    private synchronized ArticleStore.Saved saveAll(
            List<NewArticle> items, Map<NewArticle, StorySignature> signatures) {
        if (!detector.window().isZero()) {
            memory();
        }
        try {
            return articles.saveReports(items, new Judge(signatures));
        } catch (RuntimeException e) {
            recent = null; // what was remembered during the failed transaction is read again from the store
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
                case NEW -> StoryNote.newStory(signature.encode());
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
                memory().add(new RecentStories.Report(
                        articleId, storyId, signatures.get(item), item.article().published(), topics, told));
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

    /** The reports of the store published within the window of {@code at}, for an article older than memory. */
    private RecentStories stored(Instant at) {
        Duration window = detector.window();
        RecentStories stored =
                new RecentStories(at.minus(window), window.multipliedBy(2).plusSeconds(1));
        articles.storiesBetween(at.minus(window), at.plus(window)).forEach(r -> stored.add(report(r)));
        return stored;
    }

    private static RecentStories.Report report(StoryReport stored) {
        return new RecentStories.Report(
                stored.articleId(),
                stored.storyId(),
                StorySignature.decode(stored.signature()),
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
            articles.storiesBetween(from, Instant.ofEpochMilli(Long.MAX_VALUE)).forEach(r -> recent.add(report(r)));
        }
        return recent;
    }
}
