package talkwatch.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import talkwatch.Stores;
import talkwatch.feed.Article;
import talkwatch.store.NewArticle;
import talkwatch.store.Outlet;
import talkwatch.store.Storage;
import talkwatch.store.StoryReport;
import talkwatch.testing.Closer;
import talkwatch.testing.TestDatabase;

@ParameterizedClass
@EnumSource(TestDatabase.class)
class StoryTrackerTest {

    static final String TEXT = "انطلقت اليوم في نور سلطان الجولة الرابعة عشرة من محادثات أستانا حول سوريا، بمشاركة"
            + " وفود الدول الضامنة روسيا وتركيا وإيران ووفدي الحكومة السورية والمعارضة.";

    @Parameter
    TestDatabase kind;

    @RegisterExtension
    final Closer closer = new Closer();

    @TempDir
    Path dir;

    private Storage storage;
    private Stores stores;
    private StoryTracker tracker;

    @BeforeEach
    void open() {
        storage = kind.create(dir);
        stores = closer.add(Stores.open(storage, Clock.systemUTC()));
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

        assertThat(reportsOfTheLastHour()).extracting(StoryReport::first).containsExactly(true, false);
        // after a restart, memory is read from the store: the repeat is still one
        StoryTracker restarted = new StoryTracker(stores.articles(), Duration.ofHours(12));
        assertThat(restarted.save(report("c", List.of("astana")))).contains(0);
    }

    @Test
    void theStoreGivesEachReportItsOutlet() {
        tracker.save(report("a", List.of("astana")));
        tracker.save(report("b", List.of("astana")));

        assertThat(reportsOfTheLastHour()).extracting(StoryReport::outlet).containsExactly("مصدر a", "مصدر b");
    }

    private List<StoryReport> reportsOfTheLastHour() {
        return stores.articles().storiesBetween(Instant.now().minus(Duration.ofHours(1)), Instant.now());
    }

    @Test
    void anArticleOlderThanMemoryIsJudgedAgainstTheStore() {
        Instant longAgo = Instant.now().minus(Duration.ofDays(5));
        tracker.save(report("a", List.of("astana"), longAgo));

        assertThat(tracker.save(report("b", List.of("astana"), longAgo.plus(Duration.ofHours(1)))))
                .as("a repeat of a story five days old, beyond the two days memory keeps")
                .contains(0);
    }

    @Test
    void aStoryAnotherInstanceToldIsRepeatedNotToldAgain() {
        // two instances on one store: the poll cycle runs on one, then on the other, each with its memory
        Stores otherInstance = closer.add(Stores.open(storage, Clock.systemUTC()));
        StoryTracker other = new StoryTracker(otherInstance.articles(), Duration.ofHours(12));
        other.save(unrelated("w"));

        assertThat(tracker.save(report("a", List.of("astana")))).contains(1);

        assertThat(other.save(report("b", List.of("astana"))))
                .as("the other instance's memory was read before the story was told")
                .contains(0);
    }

    @Test
    void anOldStoryAnotherInstanceToldIsRepeatedNotToldAgain() {
        Instant longAgo = Instant.now().minus(Duration.ofDays(7));
        Stores otherInstance = closer.add(Stores.open(storage, Clock.systemUTC()));
        StoryTracker other = new StoryTracker(otherInstance.articles(), Duration.ofHours(12));
        tracker.save(report("a", List.of("astana"), longAgo));

        other.save(unrelated("w", longAgo.plus(Duration.ofHours(1))));
        tracker.save(unrelated("x", longAgo.plus(Duration.ofHours(2))));

        assertThat(stores.articles().storiesBetween(longAgo.minusSeconds(1), longAgo.plus(Duration.ofDays(1))))
                .extracting(report -> report.first())
                .as("a, w, x: x repeats the story the other instance told, in a week-old backlog")
                .containsExactly(true, true, false);
    }

    @Test
    void aBacklogOfOldArticlesIsJudgedAgainstTheStoreAndAgainstItself() {
        Instant longAgo = Instant.now().minus(Duration.ofDays(7));
        tracker.save(report("a", List.of("astana"), longAgo));
        tracker.save(unrelated("w", longAgo.plus(Duration.ofHours(30))));

        // a later feed's backlog: a repeat of the story a week old, and of the one told in this same run
        assertThat(tracker.save(report("b", List.of("astana"), longAgo.plus(Duration.ofHours(2)))))
                .contains(0);
        assertThat(tracker.save(report("c", List.of("astana"), longAgo.plus(Duration.ofHours(3)))))
                .contains(0);
        tracker.save(unrelated("x", longAgo.plus(Duration.ofHours(31))));
        assertThat(stores.articles().storiesBetween(longAgo.minusSeconds(1), longAgo.plus(Duration.ofDays(2))))
                .extracting(report -> report.first())
                .as("a, w, b, c, x: two stories")
                .containsExactly(true, true, false, false, false);
    }

    @Test
    void aFollowUpWhoseNewsASecondOutletToldIsListedWithTheStoryThatRang() {
        // final15-astana6-2017: the government delegation's arrival came silently under the experts' opening; another
        // outlet's report of the arrival rings, and the first outlet that told it is listed with it
        Instant morning = Instant.now().minus(Duration.ofHours(10));
        tracker.save(astana(
                "opening",
                "آر تي عربي",
                morning,
                "عاجل: انطلاق اجتماعات الخبراء التمهيدية لـ\"أستانا 6\"",
                "انطلقت في العاصمة الكازاخية أستانا، صباح اليوم الأربعاء، اجتماعات على مستوى الخبراء بين وفود الدول"
                        + " الضامنة روسيا وتركيا وإيران، تمهيدا للجولة السادسة من المحادثات حول سوريا. وتركز الاجتماعات"
                        + " على الوثائق الخاصة بمنطقة تخفيف التوتر في إدلب وآليات مراقبة وقف إطلاق النار فيها. تفاصيل"
                        + " لاحقة."));
        tracker.save(astana(
                "arrival",
                "سانا",
                morning.plus(Duration.ofMinutes(235)),
                "وفد الجمهورية العربية السورية برئاسة الجعفري يصل إلى أستانا",
                "وصل وفد الجمهورية العربية السورية برئاسة الدكتور بشار الجعفري مندوب سورية الدائم لدى الأمم المتحدة إلى"
                        + " العاصمة الكازاخية أستانا للمشاركة في الاجتماع الدولي السادس حول سورية. ومن المقرر أن يجري"
                        + " الوفد غدا سلسلة لقاءات مع وفود روسيا وإيران والأمم المتحدة. ويهدف الاجتماع إلى تثبيت وقف"
                        + " الأعمال القتالية في مناطق تخفيف التوتر وتعزيز جهود مكافحة الإرهاب."));
        Optional<Integer> again = tracker.save(astana(
                "arrival-again",
                "آر تي عربي",
                morning.plus(Duration.ofMinutes(510)),
                "الجعفري يصل أستانا على رأس الوفد الحكومي السوري",
                "وصل الوفد الحكومي السوري برئاسة المندوب الدائم لدى الأمم المتحدة بشار الجعفري، مساء الأربعاء، إلى"
                        + " العاصمة الكازاخية للمشاركة في محادثات أستانا. ومن المتوقع أن يلتقي الجعفري صباح الخميس رئيس"
                        + " الوفد الروسي ألكسندر لافرينتييف ورئيس الوفد الإيراني حسين جابري أنصاري. وسبق وصول الوفد"
                        + " الحكومي وصول وفد الفصائل المسلحة المعارضة برئاسة أحمد طعمة."));

        assertThat(reportsOfTheLastDay())
                .extracting(StoryReport::first)
                .as("the arrival came as a follow-up of the opening, its second outlet's report as a story")
                .containsExactly(true, false, true);
        assertThat(reportsOfTheLastDay()).extracting(StoryReport::told).containsExactly(true, true, true);
        assertThat(again).as("it rings").contains(1);
        assertThat(stores.articles().latest(Optional.empty(), 5))
                .extracting(a -> a.sourceName() + ": "
                        + a.alsoIn().stream().map(Outlet::name).toList())
                .containsExactly("آر تي عربي: [سانا]", "آر تي عربي: []");
    }

    private List<StoryReport> reportsOfTheLastDay() {
        return stores.articles().storiesBetween(Instant.now().minus(Duration.ofDays(1)), Instant.now());
    }

    private static NewArticle astana(String key, String outlet, Instant published, String title, String text) {
        return new NewArticle(
                new Article("feed-" + key, key, "https://example.org/" + key, title, text, published),
                outlet,
                List.of("astana"),
                List.of("ملخص " + key));
    }

    private static NewArticle unrelated(String key) {
        return unrelated(key, Instant.now());
    }

    /** Another story, of a topic nobody here follows: a heat wave in Damascus. */
    private static NewArticle unrelated(String key, Instant published) {
        return new NewArticle(
                new Article(
                        "feed-" + key,
                        key,
                        "",
                        "موجة حر تضرب دمشق وتوقعات بارتفاع درجات الحرارة",
                        "توقعت الأرصاد الجوية ارتفاعاً كبيراً في درجات الحرارة في دمشق وريفها خلال الأيام المقبلة.",
                        published),
                "مصدر " + key,
                List.of("weather"),
                List.of("ملخص"));
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
