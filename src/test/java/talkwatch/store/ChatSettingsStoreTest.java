package talkwatch.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
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
import talkwatch.feed.Article;
import talkwatch.rhythm.Digest;
import talkwatch.rhythm.QuietHours;
import talkwatch.testing.Closer;
import talkwatch.testing.TestClock;
import talkwatch.testing.TestDatabase;

@ParameterizedClass
@EnumSource(TestDatabase.class)
class ChatSettingsStoreTest {

    @Parameter
    TestDatabase kind;

    @RegisterExtension
    final Closer closer = new Closer();

    private Storage storage;

    private static final Instant NOON = Instant.parse("2026-11-30T09:00:00Z");

    @TempDir
    Path dir;

    private final TestClock clock = new TestClock(NOON);

    @BeforeEach
    void createDatabase() {
        storage = kind.create(dir);
    }

    @Test
    void aChatThatChangedNothingHasTheDefaults() {
        ChatSettingsStore settings = new ChatSettingsStore(closer.add(Database.open(storage)), clock);

        assertThat(settings.get(42)).isEqualTo(ChatSettings.DEFAULTS);
        assertThat(settings.get(42).zoneOr(ZoneId.of("Asia/Damascus"))).isEqualTo(ZoneId.of("Asia/Damascus"));
    }

    @Test
    void keepsEverySettingAcrossARestart() {
        ChatSettings chosen = new ChatSettings(
                Optional.of(new Digest.Every(6)),
                QuietHours.parse("23:00-07:00"),
                Optional.of(ZoneId.of("Europe/Berlin")),
                true,
                NOON);
        new ChatSettingsStore(closer.add(Database.open(storage)), clock).save(-1001234, chosen);

        ChatSettingsStore reopened = new ChatSettingsStore(closer.add(Database.open(storage)), clock);

        assertThat(reopened.get(-1001234)).isEqualTo(chosen);
        assertThat(reopened.get(7)).isEqualTo(ChatSettings.DEFAULTS);
    }

    @Test
    void aNewRhythmTimesThePendingSummariesAgainAndQuietHoursDoNot() {
        Database database = closer.add(Database.open(storage));
        ChatSettingsStore settings = new ChatSettingsStore(database, clock);
        new SubscriptionStore(database, clock, settings).subscribe(1, "private", Set.of("astana"));
        settings.save(1, settings.get(1).withDigest(Digest.parse("08:00"), clock.instant()));
        ArticleStore articles = new ArticleStore(database, clock);
        Outbox outbox = new Outbox(database, clock);
        articles.save(new NewArticle(
                new Article("bbc", "a1", "https://example.org/a1", "جولة جديدة في أستانا", "نص", NOON),
                "بي بي سي عربي",
                List.of("astana"),
                List.of("انطلقت جولة جديدة من المحادثات في أستانا.")));
        long delivery = outbox.due(10).get(0).id();
        Instant tomorrow = NOON.plus(Duration.ofHours(20));
        outbox.write(new OutboxBatch().postpone(delivery, tomorrow)); // held for a digest
        clock.advance(Duration.ofMinutes(5));

        settings.save(1, settings.get(1).withQuiet(QuietHours.parse("23:00-07:00")));
        assertThat(outbox.nextDue()).contains(tomorrow);

        settings.save(1, settings.get(1).withDigest(Optional.empty(), clock.instant()));
        assertThat(outbox.nextDue()).contains(clock.instant());
    }

    @Test
    void aGroupsSettingsGoWithItToItsSupergroup() {
        Database database = closer.add(Database.open(storage));
        ChatSettingsStore settings = new ChatSettingsStore(database, clock);
        SubscriptionStore subscriptions = new SubscriptionStore(database, clock, settings);
        subscriptions.subscribe(-500, "group", Set.of("astana"));
        ChatSettings chosen =
                ChatSettings.DEFAULTS.withDigest(Optional.of(new Digest.Daily(LocalTime.of(8, 0))), clock.instant());
        settings.save(-500, chosen);

        subscriptions.migrate(-500, -1009999);

        assertThat(settings.get(-1009999)).isEqualTo(chosen);
        assertThat(new ChatSettingsStore(database, clock).get(-1009999)).isEqualTo(chosen);
    }
}
