package talkwatch;

import java.time.Duration;
import java.util.List;

/** The outcome of one poll cycle over every feed. */
public record PollReport(List<FeedReport> feeds, Duration duration) {

    public int fresh() {
        return feeds.stream().mapToInt(FeedReport::fresh).sum();
    }

    public int queued() {
        return feeds.stream().mapToInt(FeedReport::queued).sum();
    }

    public long failed() {
        return feeds.stream().filter(f -> f.status().equals("error")).count();
    }

    /** One line per feed, for people: {@code bbc-arabic  ok  30 items, 2 new, 4 queued}. */
    public String describe() {
        StringBuilder text = new StringBuilder();
        int width = feeds.stream().mapToInt(f -> f.feedId().length()).max().orElse(4);
        for (FeedReport feed : feeds) {
            text.append(String.format("%-" + width + "s  %-12s  ", feed.feedId(), feed.status()));
            text.append(feed.error()
                    .orElse(feed.items() + " items, " + feed.fresh() + " new, " + feed.queued() + " queued"));
            text.append('\n');
        }
        text.append(String.format(
                "%d feeds, %d failed, %d new articles, %d deliveries queued, in %.1f s%n",
                feeds.size(), failed(), fresh(), queued(), duration.toMillis() / 1000.0));
        return text.toString();
    }
}
