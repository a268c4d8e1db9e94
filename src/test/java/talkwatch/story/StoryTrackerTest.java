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
    void aRepeatWithATopicTheStoryLacksIsAStoryOfItsOwn() {
        tracker.save(report("a", List.of("astana")));

        assertThat(tracker.save(report("b", List.of("astana", "geneva")))).contains(2);
    }

    private static NewArticle report(String key, List<String> topics) {
        return new NewArticle(
                new Article(
                        "feed-" + key, key, "", "انطلاق الجولة الرابعة عشرة من محادثات أستانا", TEXT, Instant.now()),
                "مصدر " + key,
                topics,
                List.of("ملخص"));
    }
}
