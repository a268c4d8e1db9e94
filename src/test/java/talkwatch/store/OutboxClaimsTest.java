package talkwatch.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import talkwatch.feed.Article;
import talkwatch.testing.Closer;
import talkwatch.testing.TestClock;
import talkwatch.testing.TestDatabase;

/**
 * Claims on deliveries, as two instances sharing one database make them: each delivery is held by one, its outcome
 * recorded by that one only, and given back to the queue when the lease of a vanished instance ends.
 */
@ParameterizedClass
@EnumSource(TestDatabase.class)
class OutboxClaimsTest {

    private static final Instant NOON = Instant.parse("2026-12-06T09:00:00Z");

    @Parameter
    TestDatabase kind;

    @RegisterExtension
    final Closer closer = new Closer();

    @TempDir
    Path dir;

    private final TestClock clock = new TestClock(NOON);
    private Storage storage;
    private Database database;
    private ArticleStore articles;
    private SubscriptionStore subscriptions;
    private Outbox first;
    private Outbox second;

    @BeforeEach
    void openTwoInstances() {
        storage = kind.create(dir);
        database = closer.add(Database.open(storage));
        articles = new ArticleStore(database, clock);
        subscriptions = new SubscriptionStore(database, clock);
        first = new Outbox(database, clock, "first");
        second = new Outbox(database, clock, "second");
    }

    @Test
    void aDeliveryClaimedByOneInstanceIsNotTheOthersUntilItsLeaseEnds() {
        subscriptions.subscribe(1, "private", Set.of("astana"));
        save("a1");
        save("a2");
        List<Delivery> due = first.due(10);
        assertThat(due).hasSize(2);
        long a1 = due.get(0).id();
        long a2 = due.get(1).id();

        assertThat(first.claim(List.of(a1))).containsExactly(a1);

        assertThat(second.claim(List.of(a1))).isEmpty();
        assertThat(second.due(10))
                .as("the chat has a message in flight: its next waits")
                .isEmpty();
        clock.advance(Outbox.LEASE.minusSeconds(1));
        assertThat(second.due(10)).isEmpty();

        clock.advance(Duration.ofSeconds(2)); // the first instance died with it
        assertThat(second.due(10)).extracting(Delivery::id).containsExactly(a1, a2);
        assertThat(second.claim(List.of(a1))).containsExactly(a1);
        // the first instance's late answer is not recorded: the delivery is the second's now
        first.markSent(a1, 500);
        second.markSent(a1, 501);
        assertThat(second.due(10)).extracting(Delivery::id).containsExactly(a2);
        assertThat(TestDatabase.count(storage, "SELECT COUNT(*) FROM delivery WHERE message_id = 501"))
                .isEqualTo(1);
    }

    @Test
    void anInstanceRecordsOnlyTheOutcomesOfWhatItHolds() {
        subscriptions.subscribe(1, "private", Set.of("astana"));
        subscriptions.subscribe(2, "private", Set.of("astana"));
        save("a1");
        List<Long> ids = first.due(10).stream().map(Delivery::id).toList();
        first.claim(List.of(ids.get(0)));

        second.write(new OutboxBatch()
                .retry(ids.get(0), NOON.plusSeconds(30), "not mine")
                .failed(ids.get(1), "the chat is gone")); // a pending one: anyone may settle it
        first.write(new OutboxBatch().partSent(ids.get(0), 1, 77));

        assertThat(TestDatabase.count(
                        storage,
                        "SELECT COUNT(*) FROM delivery WHERE status = 'sending'"
                                + " AND claimed_by = 'first' AND parts_sent = 1"))
                .isEqualTo(1);
        assertThat(TestDatabase.count(storage, "SELECT COUNT(*) FROM delivery WHERE status = 'failed'"))
                .isEqualTo(1);
    }

    @Test
    void aClaimReleasedUnsentIsPendingAgainWithNoAttemptCounted() {
        subscriptions.subscribe(1, "private", Set.of("astana"));
        save("a1");
        long id = first.due(10).get(0).id();
        first.claim(List.of(id));

        first.write(new OutboxBatch().release(id));

        Delivery again = second.due(10).get(0);
        assertThat(again.id()).isEqualTo(id);
        assertThat(again.attempts()).isZero();
    }

    @Test
    void instancesClaimingTheSameDeliveriesAtOnceGetEachOfThemOnce() throws Exception {
        for (long chat = 1; chat <= 200; chat++) {
            subscriptions.subscribe(chat, "private", Set.of("astana"));
        }
        save("a1");
        List<Long> ids = first.due(500).stream().map(Delivery::id).toList();
        List<Outbox> instances = List.of(first, second, new Outbox(database, clock, "third"));
        ExecutorService threads = Executors.newFixedThreadPool(6);
        try {
            List<Callable<Set<Long>>> claims = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                Outbox instance = instances.get(i % instances.size());
                claims.add(() -> {
                    Set<Long> got = new HashSet<>();
                    for (int from = 0; from < ids.size(); from += 20) {
                        got.addAll(instance.claim(ids.subList(from, Math.min(ids.size(), from + 20))));
                    }
                    return got;
                });
            }
            List<Long> claimed = new ArrayList<>();
            for (Future<Set<Long>> got : threads.invokeAll(claims)) {
                claimed.addAll(got.get());
            }
            assertThat(claimed).hasSize(200).doesNotHaveDuplicates();
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void oneInstanceSendsAtATimeAndAnotherTakesOverWhenItStops() {
        if (kind == TestDatabase.SQLITE) {
            // one process owns a SQLite file (the run lock): it always sends
            assertThat(first.isSender()).isTrue();
            assertThat(second.isSender()).isTrue();
            return;
        }
        assertThat(first.isSender()).isTrue();
        assertThat(second.isSender()).isFalse();
        await().during(Duration.ofMillis(1500))
                .atMost(Duration.ofSeconds(3))
                .until(() -> first.isSender() && !second.isSender());

        first.stopSending();

        await().atMost(Duration.ofSeconds(3)).until(second::isSender);
        assertThat(first.isSender()).as("the lock is taken").isFalse();
        second.stopSending();
    }

    @Test
    void onlySqliteTakesBackEveryClaimAtStart() {
        subscriptions.subscribe(1, "private", Set.of("astana"));
        save("a1");
        first.claim(first.due(10).stream().map(Delivery::id).toList());

        int recovered = second.recover();

        // on PostgreSQL the claim may be a live instance's: it comes back only when its lease ends
        assertThat(recovered).isEqualTo(kind == TestDatabase.SQLITE ? 1 : 0);
        assertThat(second.due(10)).hasSize(kind == TestDatabase.SQLITE ? 1 : 0);
    }

    private void save(String key) {
        articles.save(new NewArticle(
                new Article(
                        "feed", key, "https://example.org/" + key, "جولة " + key + " من محادثات أستانا", "نص", NOON),
                "وكالة الاختبار",
                List.of("astana"),
                List.of("ملخص " + key)));
    }
}
