package talkwatch.story;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import talkwatch.store.ArticleStore;
import talkwatch.store.NewArticle;
import talkwatch.store.StoryNote;

/**
 * Saves topic-matched articles story by story: an article that reports a story published within the window (before
 * or after it) is saved as a repeat of that story and queues nothing; any other starts a story. A story is only
 * repeated by an article whose topics it has too, so that no subscriber of the article's topics misses it. The signatures live
 * in the store, so a restart forgets nothing.
 *
 * <p>Thread-safe: saving is serialized, so two feeds polled at once cannot both start the same story.
 */
public final class StoryTracker {

    private static final Logger log = LoggerFactory.getLogger(StoryTracker.class);

    private final ArticleStore articles;
    private final StoryDetector detector;

    /** @param window how far apart two reports of one story may be published; zero turns detection off */
    public StoryTracker(ArticleStore articles, Duration window) {
        this.articles = Objects.requireNonNull(articles, "articles");
        this.detector = new StoryDetector(window);
    }

    /** Saves the article (see {@link ArticleStore#save(NewArticle, StoryNote)}); returns the deliveries queued. */
    public synchronized Optional<Integer> save(NewArticle item) {
        StorySignature signature =
                StorySignature.of(item.article().title(), item.article().text());
        Optional<Long> repeats = Optional.empty();
        if (!detector.window().isZero()) {
            Instant at = item.article().published();
            List<StoryDetector.Seen> recent =
                    articles.storiesBetween(at.minus(detector.window()), at.plus(detector.window())).stream()
                            .filter(r -> r.topics().containsAll(item.topicIds()))
                            .map(r -> new StoryDetector.Seen(r.storyId(), StorySignature.decode(r.signature())))
                            .toList();
            repeats = detector.storyOf(signature, recent);
        }
        Optional<Integer> saved = articles.save(item, new StoryNote(signature.encode(), repeats));
        if (saved.isPresent() && repeats.isPresent()) {
            log.info(
                    "Article {} from {} repeats story {}: no message of its own",
                    item.article().key(),
                    item.sourceName(),
                    repeats.get());
        }
        return saved;
    }
}
