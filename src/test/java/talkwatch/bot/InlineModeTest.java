package talkwatch.bot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import talkwatch.Application;
import talkwatch.Stores;
import talkwatch.fake.FakeBotApi;
import talkwatch.feed.Article;
import talkwatch.store.NewArticle;
import talkwatch.testing.BotConfig;

/** {@code @bot words} in any chat: summaries to share, through the real client and a fake Bot API. */
class InlineModeTest {

    private static final Duration PATIENCE = Duration.ofSeconds(10);

    @TempDir
    static Path dir;

    private static FakeBotApi telegram;
    private static Application application;

    @BeforeAll
    static void start() throws Exception {
        telegram = new FakeBotApi().start();
        application = Application.start(BotConfig.against(telegram, dir));
        Stores stores = Stores.open(dir.resolve("talkwatch.db"), Clock.systemUTC());
        for (int day = 1; day <= 12; day++) {
            save(stores, "g" + day, "اجتماع اللجنة الدستورية في جنيف، اليوم " + day, "geneva", day);
        }
        save(stores, "a1", "جولة جديدة لتبادل المعتقلين في أستانا", "astana", 13);
    }

    @AfterAll
    static void stop() throws Exception {
        application.close();
        telegram.close();
    }

    @Test
    void withoutWordsOffersTheTenLatestSummariesEachAWholeMessageToShare() {
        JsonNode answer = ask(2001, "");

        JsonNode results = answer.path("results");
        assertThat(results).hasSize(10);
        JsonNode first = results.get(0);
        assertThat(first.path("type").asText()).isEqualTo("article");
        assertThat(first.path("title").asText()).isEqualTo("جولة جديدة لتبادل المعتقلين في أستانا");
        assertThat(first.path("description").asText())
                .isEqualTo("جرى تبادل دفعة جديدة من المعتقلين بين الطرفين. — وكالة الاختبار");
        JsonNode message = first.path("input_message_content");
        assertThat(message.path("parse_mode").asText()).isEqualTo("HTML");
        assertThat(message.path("message_text").asText())
                .isEqualTo("<b><a href=\"https://example.org/a1\">جولة جديدة لتبادل المعتقلين في أستانا</a></b>\n\n"
                        + "جرى تبادل دفعة جديدة من المعتقلين بين الطرفين.\n\n"
                        + "📰 وكالة الاختبار · \u206813\u2069 نوفمبر \u20682026\u2069، \u206810:00\u2069 (غرينتش)");
        assertThat(results.findValuesAsText("title")).doesNotContain("اجتماع اللجنة الدستورية في جنيف، اليوم 1");
        assertThat(answer.path("is_personal").asBoolean()).isFalse();
    }

    @Test
    void withWordsOffersWhatSearchFindsAndNothingForTooManyWords() {
        assertThat(ask(2002, "معتقلين").path("results").findValuesAsText("id")).containsExactly("a13");
        assertThat(ask(2003, "اللجنة الدستورية").path("results")).hasSize(10);
        assertThat(ask(2004, "<b>سوتشي</b>").path("results")).isEmpty();
        assertThat(ask(2005, "محادثات السلام السورية في أستانا وجنيف وسوتشي بين الحكومة والمعارضة")
                        .path("results"))
                .isEmpty();
    }

    @Test
    void asksTelegramForInlineQueries() {
        await().atMost(PATIENCE)
                .untilAsserted(() -> assertThat(telegram.calls("getUpdates"))
                        .anyMatch(
                                call -> call.path("allowed_updates").toString().contains("inline_query")));
    }

    /** The bot's answer to an inline query, as the fake accepted it. */
    private static JsonNode ask(long user, String query) {
        String id = telegram.sendInlineQuery(user, query, "sender");
        await().atMost(PATIENCE)
                .until(() -> telegram.calls("answerInlineQuery").stream()
                        .anyMatch(call -> call.path("inline_query_id").asText().equals(id)));
        return telegram.calls("answerInlineQuery").stream()
                .filter(call -> call.path("inline_query_id").asText().equals(id))
                .findFirst()
                .orElseThrow();
    }

    private static void save(Stores stores, String key, String title, String topic, int day) {
        String sentence = topic.equals("astana")
                ? "جرى تبادل دفعة جديدة من المعتقلين بين الطرفين."
                : "ناقشت اللجنة الدستورية في جنيف مبادئ الدستور.";
        stores.articles()
                .save(new NewArticle(
                        new Article(
                                "test-news",
                                key,
                                "https://example.org/" + key,
                                title,
                                sentence,
                                Instant.parse("2026-11-%02dT10:00:00Z".formatted(day))),
                        "وكالة الاختبار",
                        List.of(topic),
                        List.of(sentence)));
    }
}
