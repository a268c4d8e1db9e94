package talkwatch.link;

import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import talkwatch.feed.FeedException;
import talkwatch.feed.FeedReader;
import talkwatch.feed.Page;
import talkwatch.match.Topic;
import talkwatch.match.TopicMatcher;
import talkwatch.store.DigestReads;
import talkwatch.store.StoredArticle;
import talkwatch.store.StoredLinks;
import talkwatch.store.SummaryRequests;
import talkwatch.summary.Summarizer;

/**
 * The summary of a link a user sends: the stored one when the article was read already, else the page fetched (with
 * the feed reader's limits and guard), its main text summarized as a feed's article is and matched to the talks. A
 * user may ask for so many links a minute and a day, counted in the store ({@link SummaryRequests}: every instance
 * and a restart see the same counts); the same link within an hour is answered from a cache. Blocking
 * (a page may take 20 s): call it off the thread that reads updates. Thread-safe.
 */
public final class LinkSummaries {

    private static final Logger log = LoggerFactory.getLogger(LinkSummaries.class);
    /** The same budget as a feed's summaries: whole sentences within about 600 characters, one short message. */
    static final int SUMMARY_CHARS = 600;

    /**
     * @param perMinute links one user may have summarized in a minute ({@code links.perUserPerMinute})
     * @param perDay links one user may have summarized in a day ({@code links.perUserPerDay})
     * @param sentences sentences per summary ({@code summary.sentences})
     */
    public record Options(int perMinute, int perDay, int sentences) {
        public Options {
            if (perMinute < 1 || perDay < 1 || sentences < 1) {
                throw new IllegalArgumentException("bad link options: " + perMinute + ", " + perDay + ", " + sentences);
            }
        }
    }

    /** Why a link got no summary. */
    public enum Refusal {
        /** Not an http(s) URL. */
        NOT_A_LINK,
        PER_MINUTE,
        PER_DAY,
        /** An address users' links may not reach (private, loopback, link-local, another port, odd notation). */
        FORBIDDEN_ADDRESS,
        NOT_HTML,
        TOO_LARGE,
        TIMEOUT,
        /** The site answered with an error status. */
        HTTP_ERROR,
        /** No connection, too many redirects, a broken body. */
        UNREACHABLE,
        NO_TEXT
    }

    /** What a link gets. */
    public sealed interface Answer {

        /**
         * @param article the summary, as stored or as made now (id 0)
         * @param topics the configured talks it is about, if any
         * @param stored whether it was answered from the store
         */
        record Summary(StoredArticle article, List<Topic> topics, boolean stored) implements Answer {
            public Summary {
                topics = List.copyOf(topics);
            }
        }

        /** @param detail what went wrong, for the log and, where it helps, the reader (an HTTP status) */
        record Refused(Refusal refusal, String detail) implements Answer {}
    }

    private final FeedReader reader;
    private final StoredLinks stored;
    private final DigestReads storedTopics;
    private final List<Topic> topics;
    private final TopicMatcher matcher;
    private final Summarizer summarizer = new Summarizer();
    private final Options options;
    private final Clock clock;
    private final SummaryRequests requests;
    private final AnswerCache cache;

    public LinkSummaries(
            FeedReader reader,
            StoredLinks stored,
            SummaryRequests requests,
            DigestReads storedTopics,
            List<Topic> topics,
            Options options,
            Clock clock) {
        this.reader = Objects.requireNonNull(reader, "reader");
        this.stored = Objects.requireNonNull(stored, "stored");
        this.storedTopics = Objects.requireNonNull(storedTopics, "storedTopics");
        this.topics = List.copyOf(topics);
        this.matcher = new TopicMatcher(topics);
        this.options = Objects.requireNonNull(options, "options");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.requests = Objects.requireNonNull(requests, "requests");
        this.cache = new AnswerCache(clock);
    }

    /** The link {@code text} is, if it is one ({@link FeedReader#link}). */
    public static Optional<URI> link(String text) {
        return FeedReader.link(text);
    }

    /** Summarizes the link {@code userId} sent. */
    public Answer summarize(long userId, String text) {
        Optional<URI> link = link(text);
        if (link.isEmpty()) {
            return new Answer.Refused(Refusal.NOT_A_LINK, "not an http(s) URL");
        }
        Optional<SummaryRequests.Limit> hit = requests.take(userId, options.perMinute(), options.perDay());
        if (hit.isPresent()) {
            return new Answer.Refused(
                    hit.get() == SummaryRequests.Limit.PER_MINUTE ? Refusal.PER_MINUTE : Refusal.PER_DAY,
                    hit.get() == SummaryRequests.Limit.PER_MINUTE
                            ? String.valueOf(options.perMinute())
                            : String.valueOf(options.perDay()));
        }
        String url = link.get().toString();
        Optional<Answer> known = cache.get(url);
        if (known.isPresent()) {
            return known.get();
        }
        // as written (feeds give Arabic paths unencoded) or as the client writes it (percent-encoded)
        Answer answer = stored.summaryOf(text.strip())
                .or(() -> stored.summaryOf(url))
                .map(this::fromStore)
                .orElseGet(() -> read(link.get()));
        if (!(answer instanceof Answer.Refused refused) || lasting(refused.refusal())) {
            cache.put(url, answer);
        }
        return answer;
    }

    private Answer fromStore(StoredArticle article) {
        Map<Long, List<String>> ids = storedTopics.topicsOf(List.of(article.id()));
        List<String> of = ids.getOrDefault(article.id(), List.of());
        return new Answer.Summary(
                article, topics.stream().filter(t -> of.contains(t.id())).toList(), true);
    }

    private Answer read(URI url) {
        Page page;
        try {
            page = reader.readLink(url);
        } catch (FeedException e) {
            log.info("A link sent for a summary got none: {}", e.reason());
            return new Answer.Refused(refusal(e.problem()), e.reason());
        }
        // The headline goes first, on its own line: the summarizer ranks with it, and never returns it.
        List<String> summary =
                summarizer.summarize(page.title() + "\n" + page.text(), options.sentences(), SUMMARY_CHARS);
        StoredArticle article = new StoredArticle(
                0,
                page.title(),
                page.url().toString(),
                summary.isEmpty() ? List.of(page.title()) : summary,
                page.site(),
                page.published().orElse(clock.instant()));
        return new Answer.Summary(article, matcher.match(page.title(), page.text()), false);
    }

    private static Refusal refusal(FeedException.Problem problem) {
        return switch (problem) {
            case PRIVATE_ADDRESS, UNSUPPORTED_URL -> Refusal.FORBIDDEN_ADDRESS;
            case NOT_A_PAGE, NOT_A_FEED -> Refusal.NOT_HTML;
            case TOO_LARGE -> Refusal.TOO_LARGE;
            case TIMEOUT -> Refusal.TIMEOUT;
            case HTTP_STATUS -> Refusal.HTTP_ERROR;
            case NO_TEXT -> Refusal.NO_TEXT;
            case NETWORK, TOO_MANY_REDIRECTS, MALFORMED -> Refusal.UNREACHABLE;
        };
    }

    /** Refusals that asking again within the hour would not change; the others may be luckier next time. */
    private static boolean lasting(Refusal refusal) {
        return switch (refusal) {
            case FORBIDDEN_ADDRESS, NOT_HTML, TOO_LARGE, NO_TEXT -> true;
            default -> false;
        };
    }

    /** The status of an {@code HTTP 404} detail, for the reader. */
    public static String status(String detail) {
        return detail.toUpperCase(Locale.ROOT).startsWith("HTTP ")
                ? detail.substring(5).strip()
                : detail;
    }
}
