package talkwatch;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import talkwatch.feed.Article;
import talkwatch.feed.Feed;
import talkwatch.feed.FeedException;
import talkwatch.feed.FeedReader;
import talkwatch.feed.FeedState;
import talkwatch.feed.FetchResult;
import talkwatch.match.Topic;
import talkwatch.match.TopicMatcher;
import talkwatch.store.ArticleStore;
import talkwatch.store.FeedHealth;
import talkwatch.store.FeedStateStore;
import talkwatch.store.NewArticle;
import talkwatch.store.PollRun;
import talkwatch.story.StoryTracker;
import talkwatch.summary.Summarizer;

/**
 * One poll cycle, feed by feed: fetch → parse → skip what was seen → match topics → summarize → save
 * (with the deliveries it queues, unless another outlet told the story first). A broken feed is reported and skipped; the others go on.
 */
public final class Pipeline {

    private static final Logger log = LoggerFactory.getLogger(Pipeline.class);
    private static final int PARALLEL_FEEDS = 8;
    private static final Duration DEFAULT_STORY_WINDOW = Duration.ofHours(12);

    private final List<Feed> feeds;
    private final FeedReader reader;
    private final TopicMatcher matcher;
    private final Summarizer summarizer;
    private final int summarySentences;
    private final ArticleStore articles;
    private final FeedStateStore feedStates;
    private final Runnable onQueued;
    private final Clock clock;
    private final StoryTracker stories;

    public Pipeline(
            List<Feed> feeds,
            FeedReader reader,
            List<Topic> topics,
            int summarySentences,
            ArticleStore articles,
            FeedStateStore feedStates,
            Runnable onQueued,
            Clock clock) {
        this(feeds, reader, topics, summarySentences, articles, feedStates, onQueued, clock, DEFAULT_STORY_WINDOW);
    }

    /** @param storyWindow how far apart two reports of one story may be published ({@code stories.window}) */
    public Pipeline(
            List<Feed> feeds,
            FeedReader reader,
            List<Topic> topics,
            int summarySentences,
            ArticleStore articles,
            FeedStateStore feedStates,
            Runnable onQueued,
            Clock clock,
            Duration storyWindow) {
        this.stories = new StoryTracker(articles, storyWindow);
        this.feeds = feeds;
        this.reader = reader;
        this.matcher = new TopicMatcher(topics);
        this.summarizer = new Summarizer();
        this.summarySentences = summarySentences;
        this.articles = articles;
        this.feedStates = feedStates;
        this.onQueued = onQueued;
        this.clock = clock;
    }

    /** Polls every feed once; never runs twice at the same time. */
    public synchronized PollReport poll() {
        Instant start = clock.instant();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(PARALLEL_FEEDS, Math.max(1, feeds.size())));
        try {
            List<Future<FeedReport>> pending = new ArrayList<>();
            for (Feed feed : feeds) {
                pending.add(pool.submit(() -> poll(feed)));
            }
            List<FeedReport> reports = new ArrayList<>();
            for (int i = 0; i < pending.size(); i++) {
                reports.add(outcome(feeds.get(i), pending.get(i)));
            }
            PollReport report = new PollReport(reports, Duration.between(start, clock.instant()));
            feedStates.record(new PollRun(
                    start,
                    clock.instant(),
                    (int) (reports.size() - report.failed()),
                    (int) report.failed(),
                    report.fresh(),
                    report.queued()));
            log.info(
                    "Poll done: {} feeds, {} failed, {} new articles, {} deliveries queued",
                    reports.size(),
                    report.failed(),
                    report.fresh(),
                    report.queued());
            return report;
        } finally {
            pool.shutdownNow();
        }
    }

    private FeedReport outcome(Feed feed, Future<FeedReport> pending) {
        try {
            return pending.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new FeedReport(feed.id(), "error", 0, 0, 0, Optional.of("interrupted"));
        } catch (ExecutionException e) {
            log.error("Feed {} failed unexpectedly", feed.id(), e.getCause());
            String reason = "internal error: " + e.getCause();
            feedStates.save(
                    new FeedHealth(feed.id(), clock.instant(), "error", Optional.of(reason), 0, 0), Optional.empty());
            return new FeedReport(feed.id(), "error", 0, 0, 0, Optional.of(reason));
        }
    }

    private FeedReport poll(Feed feed) {
        FetchResult result;
        try {
            result = reader.read(feed, feedStates.load(feed.id()));
        } catch (FeedException e) {
            log.warn("Feed {} skipped: {}", feed.id(), e.getMessage());
            feedStates.save(
                    new FeedHealth(feed.id(), clock.instant(), "error", Optional.of(e.reason()), 0, 0),
                    Optional.empty());
            return new FeedReport(feed.id(), "error", 0, 0, 0, Optional.of(e.reason()));
        }
        if (result instanceof FetchResult.Fetched fetched) {
            return process(feed, fetched.articles(), fetched.state());
        }
        feedStates.save(
                new FeedHealth(feed.id(), clock.instant(), "not_modified", Optional.empty(), 0, 0), Optional.empty());
        return new FeedReport(feed.id(), "not_modified", 0, 0, 0, Optional.empty());
    }

    private FeedReport process(Feed feed, List<Article> items, FeedState state) {
        int fresh = 0;
        int queued = 0;
        for (Article article : items) {
            if (articles.isKnown(article.key())) {
                continue;
            }
            List<Topic> topics = matcher.match(article.title(), article.text());
            List<String> summary = topics.isEmpty() ? List.of() : summarize(article);
            NewArticle item = new NewArticle(
                    article, feed.name(), topics.stream().map(Topic::id).toList(), summary);
            // A story already told by another outlet is saved as seen and named in the first one's message.
            Optional<Integer> saved = topics.isEmpty() ? articles.save(item) : stories.save(item);
            if (saved.isPresent()) {
                fresh++;
                queued += saved.get();
            }
        }
        feedStates.save(
                new FeedHealth(feed.id(), clock.instant(), "ok", Optional.empty(), items.size(), fresh),
                Optional.of(state));
        if (queued > 0) {
            onQueued.run();
        }
        return new FeedReport(feed.id(), "ok", items.size(), fresh, queued, Optional.empty());
    }

    private List<String> summarize(Article article) {
        List<String> summary = summarizer.summarize(article.text(), summarySentences);
        return summary.isEmpty() ? List.of(article.title()) : summary;
    }
}
