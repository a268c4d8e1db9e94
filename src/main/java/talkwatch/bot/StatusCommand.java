package talkwatch.bot;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import talkwatch.deliver.Html;
import talkwatch.deliver.TimeDisplay;
import talkwatch.feed.Feed;
import talkwatch.store.FeedHealth;
import talkwatch.store.FeedSchedule;
import talkwatch.store.FeedStateStore;
import talkwatch.store.Outbox;
import talkwatch.store.PollRun;
import talkwatch.store.SubscriptionStore;

/** /status, for admins only: the last poll, the health of each feed, the queue and the subscribers. */
final class StatusCommand implements Command {

    private final Set<Long> admins;
    private final List<Feed> feeds;
    private final FeedStateStore feedStates;
    private final Outbox outbox;
    private final SubscriptionStore subscriptions;
    private final TimeDisplay time;
    private final Texts texts;

    StatusCommand(
            Set<Long> admins,
            List<Feed> feeds,
            FeedStateStore feedStates,
            Outbox outbox,
            SubscriptionStore subscriptions,
            TimeDisplay time,
            Texts texts) {
        this.admins = admins;
        this.feeds = feeds;
        this.feedStates = feedStates;
        this.outbox = outbox;
        this.subscriptions = subscriptions;
        this.time = time;
        this.texts = texts;
    }

    @Override
    public Reply handle(Request request) {
        if (!admins.contains(request.userId())) {
            return Reply.text(texts.get("status.denied"));
        }
        List<String> lines = new ArrayList<>();
        lines.add(texts.get("status.heading"));
        Optional<PollRun> last = feedStates.lastRun();
        lines.add(last.map(run -> texts.get(
                        "status.lastPoll",
                        time.timestamp(run.finishedAt()),
                        run.feedsOk(),
                        run.feedsFailed(),
                        run.newItems()))
                .orElse(texts.get("status.neverPolled")));
        lines.add(texts.get("status.queue", outbox.pending()));
        lines.add(texts.get("status.subscribers", subscriptions.activeSubscribers()));
        lines.add("");
        lines.add(texts.get("status.feeds"));
        Map<String, FeedHealth> health =
                feedStates.health().stream().collect(Collectors.toMap(FeedHealth::feedId, Function.identity()));
        Map<String, FeedSchedule> schedules = feedStates.schedules();
        for (Feed feed : feeds) {
            lines.add(line(feed, Optional.ofNullable(health.get(feed.id()))));
            FeedSchedule schedule = schedules.get(feed.id());
            if (schedule != null
                    && schedule.failures() > 0
                    && schedule.nextFetchAt().isPresent()) {
                lines.add(texts.get(
                        "status.feedRetry",
                        schedule.failures(),
                        time.timestamp(schedule.failingSince().orElseThrow()),
                        time.timestamp(schedule.nextFetchAt().get())));
            }
        }
        return Reply.text(String.join("\n", lines));
    }

    private String line(Feed feed, Optional<FeedHealth> health) {
        String name = Html.escape(feed.name());
        if (health.isEmpty()) {
            return texts.get("status.feedNever", name);
        }
        FeedHealth h = health.get();
        String when = time.timestamp(h.polledAt());
        return switch (h.status()) {
            case "ok" -> texts.get("status.feedOk", name, when, h.items(), h.fresh());
            case "not_modified" -> texts.get("status.feedNotModified", name, when);
            default ->
                texts.get("status.feedError", name, when, Html.escape(h.error().orElse("?")));
        };
    }
}
