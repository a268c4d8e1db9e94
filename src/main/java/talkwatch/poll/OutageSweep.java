package talkwatch.poll;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import talkwatch.feed.Feed;
import talkwatch.store.FeedHealth;
import talkwatch.store.FeedSchedule;
import talkwatch.store.FeedStateStore;

/**
 * After each poll cycle: the feeds failing for {@link Politeness#ALERT_AFTER} that the admins were not told about,
 * and those they were told about that work again, told in one go; the store notes who was told, so that a restart
 * neither repeats nor forgets an alert.
 */
final class OutageSweep {

    private final List<Feed> feeds;
    private final FeedStateStore feedStates;
    private final FeedAlerts alerts;
    private final Clock clock;

    OutageSweep(List<Feed> feeds, FeedStateStore feedStates, FeedAlerts alerts, Clock clock) {
        this.feeds = List.copyOf(feeds);
        this.feedStates = feedStates;
        this.alerts = alerts;
        this.clock = clock;
    }

    void run() {
        Instant downBefore = clock.instant().minus(Politeness.ALERT_AFTER);
        Map<String, FeedSchedule> schedules = feedStates.schedules();
        Map<String, FeedHealth> health =
                feedStates.health().stream().collect(Collectors.toMap(FeedHealth::feedId, Function.identity()));
        List<FeedAlerts.Down> down = new ArrayList<>();
        List<FeedAlerts.Recovered> recovered = new ArrayList<>();
        for (Feed feed : feeds) {
            FeedSchedule schedule = schedules.get(feed.id());
            if (schedule == null || schedule.failingSince().isEmpty()) {
                continue;
            }
            Instant since = schedule.failingSince().get();
            if (!schedule.alerted() && schedule.failures() > 0 && !since.isAfter(downBefore)) {
                String reason = health.containsKey(feed.id())
                        ? health.get(feed.id()).error().orElse("?")
                        : "?";
                down.add(new FeedAlerts.Down(feed, since, reason));
            } else if (schedule.alerted() && schedule.failures() == 0) {
                recovered.add(new FeedAlerts.Recovered(feed, since));
            }
        }
        if ((down.isEmpty() && recovered.isEmpty()) || !alerts.tell(down, recovered)) {
            return;
        }
        feedStates.noteAlerts(
                down.stream().map(d -> d.feed().id()).toList(),
                recovered.stream().map(r -> r.feed().id()).toList());
    }
}
