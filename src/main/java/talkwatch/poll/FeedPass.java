package talkwatch.poll;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import talkwatch.config.Durations;
import talkwatch.feed.Article;
import talkwatch.feed.Feed;
import talkwatch.feed.FeedException;
import talkwatch.feed.FeedReader;
import talkwatch.feed.FetchResult;
import talkwatch.feed.ServerHints;
import talkwatch.match.Topic;
import talkwatch.match.TopicMatcher;
import talkwatch.metrics.Metrics;
import talkwatch.store.ArticleStore;
import talkwatch.store.FeedHealth;
import talkwatch.store.FeedSchedule;
import talkwatch.store.FeedStateStore;
import talkwatch.store.NewArticle;
import talkwatch.story.StoryTracker;
import talkwatch.summary.Summarizer;

/**
 * One feed's pass, step by step: fetch → skip what was seen → (page text) → match → summarize → save (and queue,
 * unless it is old news), then record its health and when it may be fetched next. Thread-safe: the cycle runs many
 * passes at once.
 */
final class FeedPass {
    private static final Logger log = LoggerFactory.getLogger(FeedPass.class);
    /** A summary that reads well in a Telegram message: whole sentences, about 600 characters in all. */
    static final int TELEGRAM_SUMMARY_CHARS = 600;

    private final FeedReader reader;
    private final TopicMatcher matcher;
    private final Summarizer summarizer = new Summarizer();
    private final int summarySentences;
    private final Duration maxAge;
    private final ArticleStore articles;
    private final StoryTracker stories;
    private final FeedStateStore feedStates;
    private final Politeness politeness;
    private final Metrics metrics;
    private final Clock clock;

    FeedPass(
            FeedReader reader,
            List<Topic> topics,
            int summarySentences,
            Duration maxAge,
            ArticleStore articles,
            StoryTracker stories,
            FeedStateStore feedStates,
            Politeness politeness,
            Metrics metrics,
            Clock clock) {
        this.reader = reader;
        this.matcher = new TopicMatcher(topics);
        this.summarySentences = summarySentences;
        this.maxAge = maxAge;
        this.articles = articles;
        this.stories = stories;
        this.feedStates = feedStates;
        this.politeness = politeness;
        this.metrics = metrics;
        this.clock = clock;
    }

    FeedReport run(Feed feed, FeedSchedule schedule) {
        Feed target = feed.at(schedule.urlFor(feed.url()));
        FetchResult result;
        try {
            result = reader.read(target, feedStates.load(feed.id()));
        } catch (FeedException e) {
            return failed(feed, schedule, e.reason(), e.retryAfter());
        }
        FeedSchedule next = succeeded(feed, schedule, result.hints());
        if (result instanceof FetchResult.Fetched fetched) {
            return process(target, fetched, next);
        }
        feedStates.save(health(feed, "not_modified", Optional.empty(), 0, 0), Optional.empty(), next);
        return new FeedReport(feed.id(), "not_modified", 0, 0, 0, Optional.empty());
    }

    /** Records an error no {@link FeedException} describes (a bug, a full disk) like any other failure. */
    FeedReport crashed(Feed feed, FeedSchedule schedule, RuntimeException e) {
        log.error("Feed {} failed unexpectedly", feed.id(), e);
        return failed(feed, schedule, "internal error: " + e, Optional.empty());
    }

    private FeedReport process(Feed feed, FetchResult.Fetched fetched, FeedSchedule next) {
        List<Article> items = fetched.articles();
        Set<String> seen = new HashSet<>(
                articles.recognize(items.stream().map(Article::key).toList()));
        Instant staleBefore = clock.instant().minus(maxAge);
        List<NewArticle> topical = new ArrayList<>();
        List<NewArticle> unrelated = new ArrayList<>();
        for (Article item : items) {
            if (!seen.add(item.key())) {
                continue;
            }
            Article article = feed.fullText() ? withFullText(feed, item) : item;
            List<Topic> topics = matcher.match(article.title(), article.text());
            if (topics.isEmpty()) {
                unrelated.add(new NewArticle(article, feed.name(), List.of(), List.of()));
            } else {
                // Old news (a new feed's archive, an old item under a new id) is kept for /latest, not sent.
                boolean stale = article.published().isBefore(staleBefore);
                topical.add(new NewArticle(
                        article, feed.name(), topics.stream().map(Topic::id).toList(), summarize(article), stale));
            }
        }
        long oldNews = topical.stream().filter(NewArticle::stale).count();
        if (oldNews > 0) {
            log.info(
                    "Feed {}: {} new articles about the topics were published before {} (delivery.maxAge {}):"
                            + " kept for /latest, sent to nobody",
                    feed.id(),
                    oldNews,
                    staleBefore,
                    Durations.text(maxAge));
        }
        // A story already told by another outlet is saved as seen and named in the first one's message.
        ArticleStore.Saved stories = this.stories.saveAll(topical);
        // Articles about no topic are only remembered as seen.
        ArticleStore.Saved others = articles.saveAll(unrelated);
        int fresh = stories.articles() + others.articles();
        int queued = stories.deliveries();
        metrics.articlesRead(fresh, stories.articles());
        feedStates.save(health(feed, "ok", Optional.empty(), items.size(), fresh), Optional.of(fetched.state()), next);
        return new FeedReport(feed.id(), "ok", items.size(), fresh, queued, Optional.empty());
    }

    private Article withFullText(Feed feed, Article article) {
        try {
            return reader.withFullText(feed, article);
        } catch (FeedException e) {
            log.info(
                    "Feed {}: keeping the feed's text of {}: its page failed: {}",
                    feed.id(),
                    article.link(),
                    e.reason());
            return article;
        }
    }

    private List<String> summarize(Article article) {
        // The headline goes first, on its own line: the summarizer uses it to rank, and never returns it.
        List<String> summary =
                summarizer.summarize(article.title() + "\n" + article.text(), summarySentences, TELEGRAM_SUMMARY_CHARS);
        return summary.isEmpty() ? List.of(article.title()) : summary;
    }

    private FeedSchedule succeeded(Feed feed, FeedSchedule schedule, ServerHints hints) {
        Instant now = clock.instant();
        URI current = schedule.urlFor(feed.url());
        Optional<URI> url =
                hints.movedTo().or(() -> current.equals(feed.url()) ? Optional.empty() : Optional.of(current));
        if (hints.movedTo().isPresent() && !hints.movedTo().get().equals(current)) {
            log.info(
                    "Feed {} moved permanently to {}; fetching it there from now on (the config says {})",
                    feed.id(),
                    hints.movedTo().get(),
                    feed.url());
        }
        // An outage the admins were told about lasts until they are told it is over (OutageSweep).
        return new FeedSchedule(
                url,
                url.map(u -> feed.url()),
                Optional.of(politeness.afterSuccess(now, hints.waitAtLeast())),
                0,
                schedule.alerted() ? schedule.failingSince() : Optional.empty(),
                schedule.alerted());
    }

    private FeedReport failed(Feed feed, FeedSchedule schedule, String reason, Optional<Duration> retryAfter) {
        Instant now = clock.instant();
        int failures = schedule.failures() + 1;
        Instant since = schedule.failingSince().orElse(now);
        Instant next = politeness.afterFailure(now, failures, retryAfter);
        log.warn(
                "Feed {} ({}): {}; failure {} in a row, next try {}",
                feed.id(),
                schedule.urlFor(feed.url()),
                reason,
                failures,
                next);
        URI current = schedule.urlFor(feed.url());
        Optional<URI> url = current.equals(feed.url()) ? Optional.empty() : Optional.of(current);
        feedStates.save(
                health(feed, "error", Optional.of(reason), 0, 0),
                Optional.empty(),
                new FeedSchedule(
                        url,
                        url.map(u -> feed.url()),
                        Optional.of(next),
                        failures,
                        Optional.of(since),
                        schedule.alerted()));
        return FeedReport.error(feed.id(), reason);
    }

    private FeedHealth health(Feed feed, String status, Optional<String> error, int items, int fresh) {
        return new FeedHealth(feed.id(), clock.instant(), status, error, items, fresh);
    }
}
