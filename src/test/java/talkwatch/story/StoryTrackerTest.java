package talkwatch.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import talkwatch.Stores;
import talkwatch.feed.Article;
import talkwatch.store.NewArticle;
import talkwatch.store.StoryReport;

class StoryTrackerTest {

    static final String TEXT = "انطلقت اليوم في نور سلطان الجولة الرابعة عشرة من محادثات أستانا حول سوريا، بمشاركة"
            + " وفود الدول الضامنة روسيا وتركيا وإيران ووفدي الحكومة السورية والمعارضة.";

    @TempDir
    Path dir;

    private Stores stores;
    private StoryTracker tracker;

    @BeforeEach
    void open() {
        stores = Stores.open(dir.resolve("talkwatch.db"), Clock.systemUTC());
        stores.subscriptions().subscribe(1, "private", Set.of("astana"));
        stores.subscriptions().subscribe(2, "private", Set.of("geneva"));
        tracker = new StoryTracker(stores.articles(), Duration.ofHours(12));
    }

    @Test
    void aRepeatWithTheSameTopicsQueuesNothing() {
        assertThat(tracker.save(report("a", List.of("astana")))).contains(1);
        assertThat(tracker.save(report("b", List.of("astana")))).contains(0);
    }

    @Test
    void aRepeatWithATopicTheStoryLacksReachesTheChatsOfThatTopic() {
        tracker.save(report("a", List.of("astana")));

        // chat 1 (astana) gets the story's message, naming the repeat; chat 2 (geneva) never got it
        assertThat(tracker.save(report("b", List.of("astana", "geneva")))).contains(1);
        assertThat(stores.outbox().due(10))
                .extracting(
                        delivery -> delivery.chatId() + " " + delivery.article().sourceName())
                .containsExactlyInAnyOrder("1 مصدر a", "2 مصدر b");
    }

    @Test
    void theStoreKeepsWhichReportStartedItsStory() {
        tracker.save(report("a", List.of("astana")));
        tracker.save(report("b", List.of("astana")));

        assertThat(stores.articles().storiesBetween(Instant.now().minus(Duration.ofHours(1)), Instant.now()))
                .extracting(StoryReport::first)
                .containsExactly(true, false);
        // after a restart, memory is read from the store: the repeat is still one
        StoryTracker restarted = new StoryTracker(stores.articles(), Duration.ofHours(12));
        assertThat(restarted.save(report("c", List.of("astana")))).contains(0);
    }

    @Test
    void anArticleOlderThanMemoryIsJudgedAgainstTheStore() {
        Instant longAgo = Instant.now().minus(Duration.ofDays(5));
        tracker.save(report("a", List.of("astana"), longAgo));

        assertThat(tracker.save(report("b", List.of("astana"), longAgo.plus(Duration.ofHours(1)))))
                .as("a repeat of a story five days old, beyond the two days memory keeps")
                .contains(0);
    }

    private static NewArticle report(String key, List<String> topics) {
        return report(key, topics, Instant.now());
    }

    private static NewArticle report(String key, List<String> topics, Instant published) {
        return new NewArticle(
                new Article("feed-" + key, key, "", "انطلاق الجولة الرابعة عشرة من محادثات أستانا", TEXT, published),
                "مصدر " + key,
                topics,
                List.of("ملخص"));
    }
}
