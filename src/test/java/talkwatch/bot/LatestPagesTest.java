package talkwatch.bot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import talkwatch.Application;
import talkwatch.Stores;
import talkwatch.fake.FakeBotApi;
import talkwatch.fake.SentMessage;
import talkwatch.feed.Article;
import talkwatch.store.NewArticle;
import talkwatch.store.Storage;
import talkwatch.testing.BotConfig;
import talkwatch.testing.TestDatabase;

/** /latest and its «الأقدم» button, which pages back through older summaries in place. */
@ParameterizedClass
@EnumSource(TestDatabase.class)
class LatestPagesTest {

    @Parameter
    TestDatabase kind;

    private static Storage storage;

    private static final Duration PATIENCE = Duration.ofSeconds(10);
    private static final Pattern HEADLINE = Pattern.compile("\">(الجولة [^<]+)</a>");

    @TempDir
    static Path dir;

    private static FakeBotApi telegram;
    private static Application application;

    @BeforeParameterizedClassInvocation
    static void start(TestDatabase kind) throws Exception {
        storage = kind.create(dir);
        telegram = new FakeBotApi().start();
        application = Application.start(BotConfig.against(telegram, dir, storage));
        Stores stores = Stores.open(storage, Clock.systemUTC());
        String[] rounds = {"الأولى", "الثانية", "الثالثة", "الرابعة", "الخامسة", "السادسة", "السابعة"};
        for (int i = 0; i < rounds.length; i++) {
            save(stores, "a" + (i + 1), "الجولة " + rounds[i] + " من محادثات أستانا", "astana", i + 1);
        }
        save(stores, "g1", "الجولة الأولى من اجتماعات جنيف", "geneva", 8);
        stores.close();
    }

    @AfterParameterizedClassInvocation
    static void stop() throws Exception {
        if (application != null) {
            application.close();
            application = null;
        }
        if (telegram != null) {
            telegram.close();
            telegram = null;
        }
    }

    @Test
    void pagesBackThroughOlderSummariesInPlaceUntilThereAreNoMore() {
        long user = 3001;
        telegram.sendUserMessage(user, user, "/latest أستانا 3");
        SentMessage latest = telegram.awaitMessages(user, 1, PATIENCE).get(0);
        assertThat(latest.text()).startsWith("<b>آخر الأخبار</b> (محادثات أستانا)");
        assertThat(headlines(latest.text()))
                .containsExactly(
                        "الجولة السابعة من محادثات أستانا",
                        "الجولة السادسة من محادثات أستانا",
                        "الجولة الخامسة من محادثات أستانا");
        assertThat(buttons(latest)).containsExactly("الأقدم");

        telegram.pressButton(user, user, latest.messageId(), data(latest));
        SentMessage older = awaitEdit(user, 1);
        assertThat(older.messageId()).isEqualTo(latest.messageId());
        assertThat(older.text()).startsWith("<b>أخبار أقدم</b> (محادثات أستانا)");
        assertThat(headlines(older.text()))
                .containsExactly(
                        "الجولة الرابعة من محادثات أستانا",
                        "الجولة الثالثة من محادثات أستانا",
                        "الجولة الثانية من محادثات أستانا");

        telegram.pressButton(user, user, latest.messageId(), data(older));
        SentMessage oldest = awaitEdit(user, 2);
        assertThat(headlines(oldest.text())).containsExactly("الجولة الأولى من محادثات أستانا");
        assertThat(oldest.replyMarkup()).isEmpty();
    }

    @Test
    void offersNoButtonWhenEverythingIsShownAndRefusesAButtonItNeverMade() {
        long user = 3002;
        telegram.sendUserMessage(user, user, "/latest 10");
        SentMessage all = telegram.awaitMessages(user, 1, PATIENCE).get(0);
        assertThat(headlines(all.text())).hasSize(8);
        assertThat(all.replyMarkup()).isEmpty();

        telegram.pressButton(user, user, all.messageId(), "older:sochi:3:1");
        await().atMost(PATIENCE)
                .until(() -> telegram.calls("answerCallbackQuery").stream()
                        .anyMatch(call -> call.path("text").asText().equals("هذه المحادثات لم تعد متاحة.")));
    }

    private static String data(SentMessage message) {
        return message.replyMarkup().orElseThrow().findValue("callback_data").asText();
    }

    private static List<String> headlines(String html) {
        Matcher headline = HEADLINE.matcher(html);
        return headline.results().map(match -> match.group(1)).toList();
    }

    private static List<String> buttons(SentMessage message) {
        return message.replyMarkup().orElseThrow().path("inline_keyboard").findValues("text").stream()
                .map(JsonNode::asText)
                .toList();
    }

    private static SentMessage awaitEdit(long chatId, int n) {
        await().atMost(PATIENCE)
                .until(() -> telegram.edits().stream()
                                .filter(e -> e.chatId() == chatId)
                                .count()
                        >= n);
        return telegram.edits().stream()
                .filter(e -> e.chatId() == chatId)
                .skip(n - 1)
                .findFirst()
                .orElseThrow();
    }

    private static void save(Stores stores, String key, String title, String topic, int day) {
        stores.articles()
                .save(new NewArticle(
                        new Article(
                                "test-news",
                                key,
                                "https://example.org/" + key,
                                title,
                                title,
                                Instant.parse("2026-11-%02dT10:00:00Z".formatted(day))),
                        "وكالة الاختبار",
                        List.of(topic),
                        List.of("انعقدت " + title + ".")));
    }
}
