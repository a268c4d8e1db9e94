package talkwatch.bot;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import talkwatch.deliver.Html;
import talkwatch.deliver.MessageFormatter;
import talkwatch.deliver.TimeDisplay;
import talkwatch.feed.Feed;
import talkwatch.match.Topic;
import talkwatch.store.ArticleStore;
import talkwatch.store.FeedHealth;
import talkwatch.store.FeedSchedule;
import talkwatch.store.PollRun;

/**
 * /status, for admins only: the last poll, the queue, the subscribers, what the store keeps, and the health of each
 * feed.
 */
final class StatusCommand implements Command {

    private final TalkwatchBot.Parts parts;
    private final Texts texts;

    StatusCommand(TalkwatchBot.Parts parts, Texts texts) {
        this.parts = parts;
        this.texts = texts;
    }

    @Override
    public Reply handle(Request request) {
        if (!parts.admins().contains(request.userId())) {
            return Reply.text(texts.get("status.denied"));
        }
        List<String> lines = new ArrayList<>();
        lines.add(texts.get("status.heading"));
        TimeDisplay time = parts.time();
        Optional<PollRun> last = parts.feedStates().lastRun();
        lines.add(last.map(run -> texts.get(
                        "status.lastPoll",
                        time.timestamp(run.finishedAt()),
                        run.feedsOk(),
                        run.feedsFailed(),
                        run.newItems()))
                .orElse(texts.get("status.neverPolled")));
        lines.add(texts.get("status.queue", parts.outbox().pending()));
        lines.add(texts.get(
                "status.subscribers",
                parts.subscriptions()
                        .activeSubscribers(
                                parts.topics().stream().map(Topic::id).toList())));
        Map<String, Integer> byTopic = parts.subscriptions().subscribersByTopic();
        lines.add(texts.get(
                "status.byTopic",
                parts.topics().stream()
                        .map(topic -> Html.escape(topic.name()) + " " + byTopic.getOrDefault(topic.id(), 0))
                        .collect(Collectors.joining("، "))));
        ArticleStore.Stored stored = parts.articles().stored();
        lines.add(stored.oldestSeen()
                .map(oldest -> texts.get(
                        "status.stored",
                        stored.articles(),
                        time.timestamp(oldest),
                        time.timestamp(Instant.now().minus(parts.keep()))))
                .orElse(texts.get("status.storedNone")));
        lines.add("");
        lines.add(texts.get("status.feeds"));
        String head = String.join("\n", lines);
        return Reply.text(head + "\n" + feedLines(MessageFormatter.TELEGRAM_LIMIT - head.length() - 1));
    }

    /**
     * A line for each feed, the failing and the never-read first, as many as {@code room} holds; a last line counts
     * the others, so that /status stays one message with a thousand feeds.
     */
    private String feedLines(int room) {
        Map<String, FeedHealth> health =
                parts.feedStates().health().stream().collect(Collectors.toMap(FeedHealth::feedId, Function.identity()));
        Map<String, FeedSchedule> schedules = parts.feedStates().schedules();
        List<Feed> feeds = new ArrayList<>(parts.feeds());
        feeds.sort(Comparator.comparing(feed -> !needsAttention(health.get(feed.id()))));
        List<String> entries = feeds.stream()
                .map(feed -> entry(feed, Optional.ofNullable(health.get(feed.id())), schedules.get(feed.id())))
                .toList();
        return FittedLines.join(entries, room, from -> omitted(feeds.subList(from, feeds.size()), health));
    }

    private static boolean needsAttention(FeedHealth health) {
        return health == null
                || !(health.status().equals("ok") || health.status().equals("not_modified"));
    }

    private String omitted(List<Feed> feeds, Map<String, FeedHealth> health) {
        long failing = feeds.stream()
                .filter(feed -> needsAttention(health.get(feed.id())))
                .count();
        return texts.get("status.feedsOmitted", feeds.size(), failing);
    }

    private String entry(Feed feed, Optional<FeedHealth> health, FeedSchedule schedule) {
        String line = line(feed, health);
        if (schedule == null
                || schedule.failures() == 0
                || schedule.nextFetchAt().isEmpty()) {
            return line;
        }
        TimeDisplay time = parts.time();
        return line + "\n"
                + texts.get(
                        "status.feedRetry",
                        schedule.failures(),
                        time.timestamp(schedule.failingSince().orElseThrow()),
                        time.timestamp(schedule.nextFetchAt().get()));
    }

    private String line(Feed feed, Optional<FeedHealth> health) {
        String name = Html.escape(feed.name());
        if (health.isEmpty()) {
            return texts.get("status.feedNever", name);
        }
        FeedHealth h = health.get();
        String when = parts.time().timestamp(h.polledAt());
        return switch (h.status()) {
            case "ok" -> texts.get("status.feedOk", name, when, h.items(), h.fresh());
            case "not_modified" -> texts.get("status.feedNotModified", name, when);
            default ->
                texts.get("status.feedError", name, when, Html.escape(h.error().orElse("?")));
        };
    }
}
