package talkwatch.deliver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import talkwatch.Stores;
import talkwatch.fake.FakeBotApi;
import talkwatch.fake.SentMessage;
import talkwatch.feed.Article;
import talkwatch.store.NewArticle;
import talkwatch.store.Storage;
import talkwatch.store.StoryNote;
import talkwatch.testing.Closer;
import talkwatch.testing.TestDatabase;

/**
 * A story already told never rings again: a report that repeats it is named under its message, edited in every chat
 * that got it; one that follows it up comes silently, as a reply to it.
 */
@ParameterizedClass
@EnumSource(TestDatabase.class)
class StoryTellingTest {

    @Parameter
    TestDatabase kind;

    @RegisterExtension
    final Closer closer = new Closer();

    private Storage storage;

    private static final Duration PATIENCE = Duration.ofSeconds(10);
    private static final long CHAT = 1;
    private static final String OPENING = "انطلاق الجولة الثانية عشرة من محادثات أستانا حول سوريا";
    private static final String SUMMARY = "انطلقت في نور سلطان اليوم الجولة الثانية عشرة من المحادثات بصيغة أستانا.";

    @TempDir
    Path dir;

    private FakeBotApi telegram;
    private Stores stores;
    private Deliverer deliverer;
    private Thread sender;

    @BeforeEach
    void start() throws Exception {
        storage = kind.create(dir);
        telegram = new FakeBotApi().start();
        stores = closer.add(Stores.open(storage, Clock.systemUTC()));
        stores.subscriptions().subscribe(CHAT, "private", Set.of("astana"));
        deliverer = new Deliverer(
                stores.outbox(),
                stores.subscriptions(),
                new OkHttpTelegramClient(new OkHttpClient(), telegram.token(), telegram.telegramUrl()),
                new MessageFormatter(),
                Deliverer.Options.of(DeliveryLimits.defaults()),
                Clock.systemUTC());
        sender = new Thread(deliverer, "deliverer");
        sender.start();
    }

    @AfterEach
    void stop() throws Exception {
        if (deliverer != null) {
            deliverer.stop();
            sender.join(5000);
        }
        if (telegram != null) {
            telegram.close();
        }
    }

    @Test
    void aRepeatOfAStorySentAlreadyEditsItsMessageToNameTheOutlet() {
        long story = save("anadolu", "وكالة الأناضول", OPENING, StoryNote.newStory("NONE|||أ"));
        SentMessage told = telegram.awaitMessages(CHAT, 1, PATIENCE).get(0);

        save("sana", "سانا", "بدء أعمال الجولة الـ12 من اجتماعات أستانا", StoryNote.repeat("NONE|||أ", story, story));

        await().atMost(PATIENCE).until(() -> telegram.edits().size() == 1);
        SentMessage edited = telegram.edits().get(0);
        assertThat(edited.messageId()).isEqualTo(told.messageId());
        assertThat(edited.text())
                .startsWith(told.text())
                .endsWith("\nوردت أيضاً في: <a href=\"https://example.org/sana\">سانا</a>");
        assertThat(telegram.messagesTo(CHAT)).hasSize(1);
        await().atMost(PATIENCE).until(() -> stores.outbox().pending() == 0);
    }

    @Test
    void repeatsOfOneMessageWaitingTogetherAreOneEdit() throws Exception {
        long story = save("anadolu", "وكالة الأناضول", OPENING, StoryNote.newStory("NONE|||أ"));
        telegram.awaitMessages(CHAT, 1, PATIENCE);
        await().atMost(PATIENCE).until(() -> stores.outbox().pending() == 0);
        deliverer.stop();
        sender.join(5000);

        save("sana", "سانا", "بدء أعمال الجولة الـ12 من اجتماعات أستانا", StoryNote.repeat("NONE|||أ", story, story));
        save("rt", "آر تي", "الجولة 12 من أستانا تنطلق", StoryNote.repeat("NONE|||أ", story, story));
        restart();

        await().atMost(PATIENCE).until(() -> stores.outbox().pending() == 0);
        assertThat(telegram.edits())
                .singleElement()
                .satisfies(edit ->
                        assertThat(edit.text()).contains("سانا</a>، <a href=\"https://example.org/rt\">آر تي</a>"));
    }

    @Test
    void aRepeatBeforeTheStoryIsSentIsNamedInItsOnlyMessage() throws Exception {
        deliverer.stop();
        sender.join(5000);
        long story = save("anadolu", "وكالة الأناضول", OPENING, StoryNote.newStory("NONE|||أ"));
        save("sana", "سانا", "بدء أعمال الجولة الـ12 من اجتماعات أستانا", StoryNote.repeat("NONE|||أ", story, story));
        restart();

        assertThat(telegram.awaitMessages(CHAT, 1, PATIENCE).get(0).text()).contains("وردت أيضاً في: ");
        await().atMost(PATIENCE).until(() -> stores.outbox().pending() == 0);
        assertThat(telegram.edits()).isEmpty();
        assertThat(telegram.messagesTo(CHAT)).hasSize(1);
    }

    @Test
    void aFollowUpComesSilentlyAsAReplyToItsStory() {
        long story = save("anadolu", "وكالة الأناضول", OPENING, StoryNote.newStory("NONE|||أ"));
        SentMessage told = telegram.awaitMessages(CHAT, 1, PATIENCE).get(0);

        save(
                "enab",
                "عنب بلدي",
                "لبنان والعراق يحضران الجولة الـ12 من أستانا بصفة مراقب",
                StoryNote.followUp("NONE|||ب", story));

        SentMessage followUp = telegram.awaitMessages(CHAT, 2, PATIENCE).get(1);
        assertThat(followUp.silent()).isTrue();
        assertThat(followUp.replyTo()).contains(told.messageId());
        assertThat(followUp.text()).startsWith("🔄 <b>متابعة</b>\n<b><a href=\"https://example.org/enab\">");
        assertThat(told.silent()).isFalse();
    }

    @Test
    void aRepeatOfAFollowUpIsNamedUnderTheFollowUp() {
        long story = save("anadolu", "وكالة الأناضول", OPENING, StoryNote.newStory("NONE|||أ"));
        telegram.awaitMessages(CHAT, 1, PATIENCE);
        long followUp = save(
                "enab",
                "عنب بلدي",
                "لبنان والعراق يحضران الجولة الـ12 من أستانا بصفة مراقب",
                StoryNote.followUp("NONE|||ب", story));
        SentMessage followed = telegram.awaitMessages(CHAT, 2, PATIENCE).get(1);

        save("sputnik", "سبوتنيك", "لبنان والعراق مراقبان في أستانا 12", StoryNote.repeat("NONE|||ب", story, followUp));

        await().atMost(PATIENCE).until(() -> telegram.edits().size() == 1);
        assertThat(telegram.edits().get(0).messageId()).isEqualTo(followed.messageId());
        assertThat(telegram.edits().get(0).text()).endsWith("سبوتنيك</a>");
    }

    @Test
    void aFollowUpRingsInAChatTheStoryNeverReached() {
        long story = save("anadolu", "وكالة الأناضول", OPENING, StoryNote.newStory("NONE|||أ"));
        telegram.awaitMessages(CHAT, 1, PATIENCE);
        stores.subscriptions().subscribe(2, "private", Set.of("astana"));

        save(
                "enab",
                "عنب بلدي",
                "لبنان والعراق يحضران الجولة الـ12 من أستانا بصفة مراقب",
                StoryNote.followUp("NONE|||ب", story));

        SentMessage toTheNewcomer = telegram.awaitMessages(2, 1, PATIENCE).get(0);
        assertThat(toTheNewcomer.silent()).isFalse();
        assertThat(toTheNewcomer.text()).doesNotContain("متابعة");
        assertThat(telegram.awaitMessages(CHAT, 2, PATIENCE).get(1).silent()).isTrue();
    }

    @Test
    void aRepeatRingsInAChatTheStoryNeverReached() {
        long story = save("anadolu", "وكالة الأناضول", OPENING, StoryNote.newStory("NONE|||أ"));
        telegram.awaitMessages(CHAT, 1, PATIENCE);
        stores.subscriptions().subscribe(2, "private", Set.of("astana"));

        save("sana", "سانا", "بدء أعمال الجولة الـ12 من اجتماعات أستانا", StoryNote.repeat("NONE|||أ", story, story));

        assertThat(telegram.awaitMessages(2, 1, PATIENCE).get(0).text()).contains("سانا");
        await().atMost(PATIENCE).until(() -> telegram.edits().size() == 1);
        assertThat(telegram.messagesTo(CHAT)).hasSize(1);
    }

    private void restart() {
        deliverer = new Deliverer(
                stores.outbox(),
                stores.subscriptions(),
                new OkHttpTelegramClient(new OkHttpClient(), telegram.token(), telegram.telegramUrl()),
                new MessageFormatter(),
                Deliverer.Options.of(DeliveryLimits.defaults()),
                Clock.systemUTC());
        sender = new Thread(deliverer, "deliverer");
        sender.start();
    }

    /** Saves a report of {@code outlet} with its story note; returns its article id. */
    private long save(String key, String outlet, String title, StoryNote note) {
        stores.articles()
                .save(
                        new NewArticle(
                                new Article(
                                        "news",
                                        key,
                                        "https://example.org/" + key,
                                        title,
                                        SUMMARY,
                                        Instant.now().minus(Duration.ofHours(1))),
                                outlet,
                                List.of("astana"),
                                List.of(SUMMARY)),
                        note);
        deliverer.wake();
        return stores.articles().storiesBetween(Instant.EPOCH, Instant.now()).stream()
                .filter(report -> report.signature().equals(note.signature()))
                .mapToLong(talkwatch.store.StoryReport::articleId)
                .max()
                .orElseThrow();
    }
}
