package talkwatch.poll;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import talkwatch.Stores;
import talkwatch.config.Config;
import talkwatch.feed.Feed;
import talkwatch.feed.FeedReader;
import talkwatch.match.Cast;
import talkwatch.match.Topic;
import talkwatch.metrics.Metrics;
import talkwatch.store.ArticleStore;
import talkwatch.store.FeedSchedule;
import talkwatch.store.FeedStateStore;
import talkwatch.store.PollRun;
import talkwatch.story.StoryDetector;
import talkwatch.story.StoryTracker;

/**
 * One poll cycle over every feed that is due, many at once (bounded overall and per host, see {@link HostLanes}),
 * each feed's pass being {@link FeedPass}: fetch → skip what was seen → match → summarize → save. A broken feed is
 * reported, backed off and skipped; the others go on.
 */
public final class Pipeline {

    private static final Logger log = LoggerFactory.getLogger(Pipeline.class);

    /**
     * How a cycle runs.
     *
     * @param interval the time between cycles; a feed is not fetched more often
     * @param parallelFeeds feeds fetched at once, in all
     * @param parallelPerHost feeds fetched at once from one host
     * @param storyWindow how far apart two reports of one story may be published ({@code stories.window}); zero
     *     turns duplicate detection off
     * @param maxAge an article published longer than this before it is first seen is old news: kept for
     *     {@code /latest}, sent to nobody ({@code delivery.maxAge})
     * @param cast who is who in the news ({@code people}), to tell stories apart
     */
    public record Options(
            Duration interval,
            int parallelFeeds,
            int parallelPerHost,
            Duration storyWindow,
            Duration maxAge,
            Cast cast) {
        public Options {
            if (interval.isNegative()
                    || interval.isZero()
                    || parallelFeeds < 1
                    || parallelPerHost < 1
                    || storyWindow.isNegative()
                    || maxAge.isNegative()
                    || maxAge.isZero()) {
                throw new IllegalArgumentException("bad poll options: " + interval + ", " + parallelFeeds + ", "
                        + parallelPerHost + ", " + storyWindow + ", " + maxAge);
            }
        }

        /** Stories up to a day apart; articles published up to 2 days before they are seen are sent. */
        public Options(Duration interval, int parallelFeeds, int parallelPerHost) {
            this(interval, parallelFeeds, parallelPerHost, StoryDetector.DEFAULT_WINDOW, DEFAULT_MAX_AGE);
        }

        /** Nobody known by name: stories are told apart by their words alone. */
        public Options(
                Duration interval, int parallelFeeds, int parallelPerHost, Duration storyWindow, Duration maxAge) {
            this(interval, parallelFeeds, parallelPerHost, storyWindow, maxAge, Cast.NONE);
        }

        /** Every 5 minutes, 16 feeds at once, 4 per host, stories up to a day apart, news up to 2 days old. */
        public static Options defaults() {
            return new Options(Duration.ofMinutes(5), 16, 4);
        }
    }

    /** {@code delivery.maxAge} by default: an article published longer before it is seen is not sent. */
    public static final Duration DEFAULT_MAX_AGE = Duration.ofDays(2);

    private final List<Feed> feeds;
    private final FeedStateStore feedStates;
    private final Runnable onQueued;
    private final Clock clock;
    private final Politeness politeness;
    private final HostLanes lanes;
    private final FeedPass pass;
    private final OutageSweep outages;
    private final Metrics metrics;

    public Pipeline(
            List<Feed> feeds,
            FeedReader reader,
            List<Topic> topics,
            int summarySentences,
            ArticleStore articles,
            FeedStateStore feedStates,
            Runnable onQueued,
            Clock clock) {
        this(
                feeds,
                reader,
                topics,
                summarySentences,
                articles,
                feedStates,
                onQueued,
                clock,
                Options.defaults(),
                FeedAlerts.LOG_ONLY,
                Metrics.NONE);
    }

    /** Counting its cycles, feeds and articles in {@code metrics}. */
    public Pipeline(
            List<Feed> feeds,
            FeedReader reader,
            List<Topic> topics,
            int summarySentences,
            ArticleStore articles,
            FeedStateStore feedStates,
            Runnable onQueued,
            Clock clock,
            Options options,
            FeedAlerts alerts,
            Metrics metrics) {
        this.feeds = List.copyOf(feeds);
        this.metrics = metrics;
        this.feedStates = feedStates;
        this.onQueued = onQueued;
        this.clock = clock;
        this.politeness = new Politeness(
                options.interval(), () -> ThreadLocalRandom.current().nextDouble());
        this.lanes = new HostLanes(options.parallelFeeds(), options.parallelPerHost());
        this.pass = new FeedPass(
                reader,
                topics,
                summarySentences,
                options.maxAge(),
                articles,
                new StoryTracker(articles, options.storyWindow(), options.cast(), clock),
                feedStates,
                politeness,
                metrics,
                clock);
        this.outages = new OutageSweep(feeds, feedStates, alerts, clock);
    }

    /** The pipeline a configuration describes, over the given store. */
    public static Pipeline of(Config config, Stores stores, Runnable onQueued, FeedAlerts alerts, Clock clock) {
        return of(config, stores, onQueued, alerts, clock, Metrics.NONE);
    }

    /** The pipeline a configuration describes, over the given store, counting in {@code metrics}. */
    public static Pipeline of(
            Config config, Stores stores, Runnable onQueued, FeedAlerts alerts, Clock clock, Metrics metrics) {
        return new Pipeline(
                config.feeds(),
                new FeedReader(FeedReader.Options.defaults(), config.links().allowNetworks()),
                config.topics(),
                config.summarySentences(),
                stores.articles(),
                stores.feedStates(),
                onQueued,
                clock,
                new Options(
                        config.pollEvery(),
                        config.parallelFeeds(),
                        config.parallelPerHost(),
                        config.storyWindow(),
                        config.maxAge(),
                        config.cast()),
                alerts,
                metrics);
    }

    /** Polls every feed that is due; never runs twice at the same time. */
    public synchronized PollReport poll() {
        return poll(false);
    }

    /** Polls every feed now, even those a server asked us to leave alone for a while: for an operator's test. */
    public synchronized PollReport pollAll() {
        return poll(true);
    }

    private PollReport poll(boolean all) {
        Instant start = clock.instant();
        Map<String, FeedSchedule> schedules = feedStates.schedules();
        Map<String, FeedReport> done = new ConcurrentHashMap<>();
        List<Feed> due = new ArrayList<>();
        for (Feed feed : feeds) {
            FeedSchedule schedule = schedules.getOrDefault(feed.id(), FeedSchedule.fresh());
            if (all || politeness.isDue(schedule.nextFetchAt(), start)) {
                due.add(feed);
            } else {
                done.put(
                        feed.id(),
                        FeedReport.skipped(feed.id(), schedule.nextFetchAt().orElseThrow()));
            }
        }
        try {
            lanes.run(
                    due,
                    feed -> schedules
                            .getOrDefault(feed.id(), FeedSchedule.fresh())
                            .urlFor(feed.url()),
                    feed -> done.put(feed.id(), passOf(feed, schedules.getOrDefault(feed.id(), FeedSchedule.fresh()))));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (!Thread.currentThread().isInterrupted()) {
            tellOutages();
        }
        List<FeedReport> reports = new ArrayList<>();
        for (Feed feed : feeds) {
            reports.add(done.getOrDefault(feed.id(), FeedReport.error(feed.id(), "interrupted")));
        }
        PollReport report = new PollReport(reports, Duration.between(start, clock.instant()));
        metrics.pollCycle(report.duration());
        reports.forEach(feed -> metrics.feedPolled(feed.status()));
        feedStates.record(new PollRun(
                start, clock.instant(), report.worked(), (int) report.failed(), report.fresh(), report.queued()));
        log.info(
                "Poll done: {} feeds, {} skipped (not due), {} failed, {} new articles, {} deliveries queued",
                reports.size(),
                report.skipped(),
                report.failed(),
                report.fresh(),
                report.queued());
        return report;
    }

    private void tellOutages() {
        try {
            outages.run();
        } catch (RuntimeException e) {
            log.error("Could not tell the admins about failing feeds; the next cycle tries again", e);
        }
    }

    private FeedReport passOf(Feed feed, FeedSchedule schedule) {
        try {
            FeedReport report = pass.run(feed, schedule);
            if (report.queued() > 0) {
                onQueued.run();
            }
            return report;
        } catch (RuntimeException e) {
            try {
                return pass.crashed(feed, schedule, e);
            } catch (RuntimeException again) {
                return FeedReport.error(feed.id(), "internal error: " + e);
            }
        }
    }
}
