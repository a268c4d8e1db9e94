package talkwatch.poll;

import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** The outcome of one poll cycle over every feed. */
public record PollReport(List<FeedReport> feeds, Duration duration) {

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

    public int fresh() {
        return feeds.stream().mapToInt(FeedReport::fresh).sum();
    }

    public int queued() {
        return feeds.stream().mapToInt(FeedReport::queued).sum();
    }

    public long failed() {
        return feeds.stream().filter(f -> f.status().equals("error")).count();
    }

    /** Feeds not fetched because a server or a backoff asked us to wait. */
    public int skipped() {
        return (int) feeds.stream().filter(f -> f.status().equals("skipped")).count();
    }

    /** Feeds fetched without error (ok or not modified). */
    public int worked() {
        return feeds.size() - skipped() - (int) failed();
    }

    /** One line per feed, for people: {@code bbc-arabic  ok  30 items, 2 new, 4 queued}. */
    public String describe() {
        StringBuilder text = new StringBuilder();
        int width = feeds.stream().mapToInt(f -> f.feedId().length()).max().orElse(4);
        for (FeedReport feed : feeds) {
            text.append(String.format(Locale.ROOT, "%-" + width + "s  %-12s  ", feed.feedId(), feed.status()));
            if (feed.next().isPresent()) {
                text.append("not due before ").append(TIME.format(feed.next().get()));
            } else {
                text.append(feed.error()
                        .orElse(feed.items() + " items, " + feed.fresh() + " new, " + feed.queued() + " queued"));
            }
            text.append('\n');
        }
        text.append(String.format(
                Locale.ROOT,
                "%d feeds, %d skipped, %d failed, %d new articles, %d deliveries queued, in %.1f s%n",
                feeds.size(),
                skipped(),
                failed(),
                fresh(),
                queued(),
                duration.toMillis() / 1000.0));
        return text.toString();
    }
}
