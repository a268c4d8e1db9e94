package talkwatch.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import talkwatch.Stores;
import talkwatch.feed.Article;
import talkwatch.feed.FeedReader;
import talkwatch.poll.Pipeline;
import talkwatch.store.NewArticle;

class ScheduleTest {

    @TempDir
    Path dir;

    @Test
    void pollsAtOnceAndForgetsWhatIsOlderThanTheRetentionAndOldWebhookUpdates() throws Exception {
        Instant now = Instant.now();
        Stores stores =
                Stores.open(dir.resolve("talkwatch.db"), Clock.offset(Clock.systemUTC(), Duration.ofDays(-100)));
        stores.articles().save(article("old", now.minus(Duration.ofDays(100))));
        stores.handledUpdates().take(1); // by webhook, 100 days ago
        Stores today = Stores.open(dir.resolve("talkwatch.db"), Clock.systemUTC());
        today.articles().save(article("recent", now));
        today.handledUpdates().take(2);
        Pipeline pipeline = new Pipeline(
                List.of(),
                new FeedReader(FeedReader.Options.defaults()),
                List.of(),
                3,
                today.articles(),
                today.feedStates(),
                () -> {},
                Clock.systemUTC());

        try (Schedule schedule =
                new Schedule(pipeline, Duration.ofHours(1), today.retention(), Duration.ofDays(90), Duration.ZERO)) {
            schedule.start();

            await().atMost(Duration.ofSeconds(10)).until(() -> !today.articles().isKnown("old"));
            // taken again only once forgotten
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> today.handledUpdates().take(1));
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> today.feedStates().lastRun().isPresent());
        }
        assertThat(today.articles().isKnown("recent")).isTrue();
        assertThat(today.handledUpdates().take(2))
                .as("handled just now: still known")
                .isFalse();
    }

    private static NewArticle article(String key, Instant published) {
        return new NewArticle(
                new Article("feed", key, "", "خبر " + key, "نص الخبر", published),
                "المصدر",
                List.of(),
                List.of(),
                false);
    }
}
