package talkwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import talkwatch.Main;
import talkwatch.Stores;
import talkwatch.feed.Article;
import talkwatch.store.NewArticle;

/** {@code talkwatch topics try}: a topic, as now written, against the articles the store kept. */
class TopicsCommandTest {

    private static final String SUDAN_TALKS = """
              - id: sudan
                name: "مفاوضات السودان"
                keywords: ["جدة"]
                context: ["محادثات", "الوسطاء"]
                about: ["السوداني", "السودانيان"]
            """;

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private Path database;

    @BeforeEach
    void storeAWeeksNews() {
        database = dir.resolve("talkwatch.db");
        Stores stores = Stores.open(database, Clock.systemUTC());
        Instant now = Instant.now();
        // read when no topic followed Sudan's talks: kept with their headlines only
        save(
                stores,
                "a",
                "انطلاق محادثات جدة بين الجيش السوداني والدعم السريع",
                List.of(),
                now.minus(Duration.ofHours(30)));
        save(
                stores,
                "b",
                "الوسطاء في جدة: الطرفان السودانيان يوقعان إعلانا لحماية المدنيين",
                List.of(),
                now.minus(Duration.ofHours(20)));
        save(stores, "c", "انطلاق القمة العربية في جدة بحضور القادة العرب", List.of(), now.minus(Duration.ofHours(10)));
        save(stores, "d", "اشتباكات عنيفة في الخرطوم وأم درمان", List.of(), now.minus(Duration.ofHours(5)));
        // matched then to a topic whose keywords have since changed
        save(stores, "e", "هدنة في السودان لسبعة أيام", List.of("sudan"), now.minus(Duration.ofHours(2)));
        save(stores, "f", "محادثات قديمة في جدة حول السودان", List.of(), now.minus(Duration.ofDays(10)));
    }

    @Test
    void showsWhatATopicNowMatchesAmongTheStoredArticlesBesideWhatItMatchedThen() throws Exception {
        writeConfig(SUDAN_TALKS);

        assertThat(topicsTry("sudan")).isZero();

        assertThat(out.toString().lines().toList()).hasSize(4).satisfies(lines -> {
            assertThat(lines.get(0)).startsWith("- ").contains("هدنة في السودان لسبعة أيام (المصدر e)");
            assertThat(lines.get(1)).startsWith("+ ").contains("الوسطاء في جدة");
            assertThat(lines.get(2)).startsWith("+ ").contains("انطلاق محادثات جدة");
            assertThat(lines.get(3))
                    .matches("sudan matches 2 of the 5 articles stored since \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:"
                            + " 2 more than when they were read, 1 no longer.");
        });
    }

    @Test
    void judgesEachArticleOnTheOpeningOfItsTextAsRunWould() throws Exception {
        Stores stores = Stores.open(database, Clock.systemUTC());
        // matched to no topic when read: its headline names no talks, its first sentence does
        stores.articles()
                .save(new NewArticle(
                        new Article(
                                "news",
                                "g",
                                "https://example.org/g",
                                "البرهان يستقبل المبعوث الأمريكي في بورتسودان",
                                "بحث رئيس مجلس السيادة مع المبعوث الأمريكي استئناف محادثات جدة مع الدعم السريع."
                                        + " وتناول اللقاء الوضع الإنساني في دارفور. وأكد الجانبان أهمية حماية"
                                        + " المدنيين.",
                                Instant.now().minus(Duration.ofHours(1))),
                        "المصدر g",
                        List.of(),
                        List.of()));
        writeConfig("""
                  - id: sudan
                    name: "مفاوضات السودان"
                    keywords: ["جدة"]
                    context: ["محادثات", "الوسطاء"]
                    about: ["السوداني", "السودانيان", "الدعم السريع"]
                """);

        assertThat(topicsTry("sudan")).isZero();

        assertThat(out.toString().lines().toList())
                .first()
                .asString()
                .startsWith("+ ")
                .contains("البرهان يستقبل المبعوث الأمريكي في بورتسودان (المصدر g)");
    }

    @Test
    void thenNamesTheArticlesItMissesThatReadLikeThoseItMatchesWithTheWordsTheyShare() throws Exception {
        Stores stores = Stores.open(database, Clock.systemUTC());
        Instant now = Instant.now();
        save(stores, "h", "الوسطاء في جدة يقترحون هدنة إنسانية على طرفي النزاع السوداني", List.of(), now);
        save(stores, "i", "محادثات جدة: الوسطاء يبحثون هدنة إنسانية مع الطرفين", List.of(), now);
        // the talks, told without the topic's keyword: a near miss
        save(stores, "j", "الوسطاء يقترحون هدنة إنسانية جديدة على الطرفين السودانيين", List.of(), now);
        writeConfig(SUDAN_TALKS);

        assertThat(topicsTry("sudan")).isZero();

        List<String> lines = out.toString().lines().toList();
        assertThat(lines.get(lines.size() - 2))
                .isEqualTo("Not matched, nearest first, with the words they share with what sudan matches:");
        assertThat(lines.get(lines.size() - 1))
                .startsWith("~ ")
                .endsWith("الوسطاء يقترحون هدنة إنسانية جديدة على الطرفين السودانيين (المصدر j) [الوسطاء، هدنة،"
                        + " إنسانية، الطرفين، السودانيين]");

        out.getBuffer().setLength(0);
        assertThat(topicsTry("sudan", "--near", "0")).isZero();
        assertThat(out.toString()).doesNotContain("~ ").doesNotContain("Not matched");
    }

    @Test
    void namesTheTopicsThereAreWhenTheOneAskedForIsNot() throws Exception {
        writeConfig("""
                  - id: sudan
                    name: "مفاوضات السودان"
                    keywords: ["جدة"]
                """);

        assertThat(topicsTry("yemen")).isEqualTo(2);
        assertThat(err.toString()).contains("no topic \"yemen\" in ").contains("its topics are astana, sudan");
    }

    private static void save(Stores stores, String key, String title, List<String> topics, Instant published) {
        stores.articles()
                .save(new NewArticle(
                        new Article("news", key, "https://example.org/" + key, title, "", published),
                        "المصدر " + key,
                        topics,
                        topics.isEmpty() ? List.of() : List.of(title)));
    }

    private void writeConfig(String topics) throws Exception {
        Files.writeString(dir.resolve("talkwatch.yml"), """
                storage:
                  path: %s
                feeds:
                  - id: news
                    name: "وكالة الاختبار"
                    url: https://example.org/rss.xml
                topics:
                  - id: astana
                    name: "محادثات أستانا"
                    keywords: ["أستانا"]
                %s""".formatted(database, topics));
    }

    private int topicsTry(String topic, String... options) {
        List<String> args = new java.util.ArrayList<>(List.of(
                "topics", "try", "--config", dir.resolve("talkwatch.yml").toString(), topic));
        args.addAll(List.of(options));
        return Main.execute(
                args.toArray(String[]::new), Map.of(), new PrintWriter(out, true), new PrintWriter(err, true));
    }
}
