package talkwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import talkwatch.Application;
import talkwatch.Main;
import talkwatch.Stores;
import talkwatch.config.Config;
import talkwatch.fake.FakeBotApi;
import talkwatch.fake.SentMessage;
import talkwatch.feed.Article;
import talkwatch.match.TextQuery;
import talkwatch.rhythm.Digest;
import talkwatch.rhythm.QuietHours;
import talkwatch.store.ChatSettings;
import talkwatch.store.Delivery;
import talkwatch.store.NewArticle;
import talkwatch.store.PollRun;
import talkwatch.store.SendSlots;
import talkwatch.store.Storage;
import talkwatch.store.StoryNote;
import talkwatch.testing.BotConfig;
import talkwatch.testing.Closer;
import talkwatch.testing.PostgresForTests;
import talkwatch.testing.TestDatabase;

/**
 * {@code talkwatch copy-db}: a SQLite database filled by a bot that ran is copied into PostgreSQL, where the bot goes
 * on with every subscriber, story and waiting delivery; a target that holds anything, a bad URL, a config already on
 * PostgreSQL and a file a bot is running on are refused in one line, and the password is never shown.
 */
class CopyDbCommandTest {

    private static final Duration PATIENCE = Duration.ofSeconds(20);
    private static final long PRIVATE = 101;
    private static final long FORUM = -1002;
    private static final int FORUM_TOPIC = 7;
    private static final long DIGEST_READER = 103;
    private static final long BLOCKED = 104;
    private static final String SIGNATURE = "NONE|||أستانا";

    @RegisterExtension
    final Closer closer = new Closer();

    @TempDir
    Path dir;

    private FakeBotApi telegram;
    private Path database;
    private Path config;

    @BeforeEach
    void start() throws Exception {
        telegram = new FakeBotApi().start();
        database = dir.resolve("data/talkwatch.db");
        config = Files.writeString(dir.resolve("talkwatch.yml"), """
                storage:
                  path: %s
                feeds:
                  - id: test-news
                    name: "وكالة الاختبار"
                    url: http://127.0.0.1:9/none.xml
                topics:
                  - id: astana
                    name: "محادثات أستانا"
                    keywords: ["أستانا"]
                """.formatted(database));
    }

    @AfterEach
    void stop() {
        telegram.close();
    }

    @Test
    void copiesADatabaseABotRanOnSoThatTheBotGoesOnOnPostgresqlWithEverySubscriber() throws Exception {
        Path sqliteDir = Files.createDirectories(dir.resolve("sqlite"));
        Storage.Sqlite sqlite = new Storage.Sqlite(sqliteDir.resolve("talkwatch.db"));
        Config onSqlite = BotConfig.against(telegram, sqliteDir, sqlite);
        long a1 = fillByTheStoresAndABotThatRan(sqlite, onSqlite);
        Storage.Postgres target = PostgresForTests.freshSchema();

        Outcome copy = run(
                Map.of("TALKWATCH_DB", sqlite.file().toString(), "TALKWATCH_DB_PASSWORD", password(target)),
                "copy-db",
                "--config",
                onSqlite.file().toString(),
                "--to",
                to(target));

        assertThat(copy.exit()).as(copy.err()).isZero();
        assertThat(copy.err()).isEmpty();
        assertThat(copy.out())
                .matches(Pattern.quote(
                                "Copied 4 chats (3 active), 5 subscriptions, 5 articles (2 stories), 8 deliveries"
                                        + " (6 waiting), 1 feed state, 1 poll run and 1 handled update from "
                                        + sqlite.file()
                                        + " to " + target.url() + " in ")
                        + "\\d+\\.\\d s\\. "
                        + Pattern.quote("Set storage.url: " + target.url() + " and storage.user: " + target.user()
                                + " in " + onSqlite.file() + " (in place of storage.path or TALKWATCH_DB), export"
                                + " TALKWATCH_DB_PASSWORD, and start talkwatch run.")
                        + "\\R");

        Stores before = closer.add(Stores.open(sqlite, Clock.systemUTC()));
        Stores after = closer.add(Stores.open(target, Clock.systemUTC()));
        assertThat(after.subscriptions().subscribersByTopic())
                .isEqualTo(before.subscriptions().subscribersByTopic())
                .isEqualTo(Map.of("astana", 2, "geneva", 2));
        for (long chat : List.of(PRIVATE, FORUM, DIGEST_READER, BLOCKED)) {
            assertThat(after.subscriptions().topicsOf(chat))
                    .isEqualTo(before.subscriptions().topicsOf(chat));
            assertThat(after.subscriptions().isActive(chat))
                    .isEqualTo(before.subscriptions().isActive(chat));
            assertThat(after.chatSettings().get(chat))
                    .isEqualTo(before.chatSettings().get(chat));
        }
        assertThat(after.chatSettings().get(DIGEST_READER).digest()).isPresent();
        assertThat(after.articles().latest(Optional.empty(), 20))
                .isEqualTo(before.articles().latest(Optional.empty(), 20))
                .hasSize(2);
        assertThat(after.articles().latest(Optional.of("astana"), 20))
                .singleElement()
                .satisfies(story -> assertThat(story.id()).isEqualTo(a1));
        for (String words : List.of("أستانا", "الجولة الثانية عشرة", "جنيف", "مصدر مطلع")) {
            List<String> query = TextQuery.of(words).orElseThrow().indexWords();
            assertThat(after.articles().search(query, 50, 0))
                    .as(words)
                    .isEqualTo(before.articles().search(query, 50, 0))
                    .isNotEmpty();
        }
        Instant now = Instant.now();
        assertThat(after.articles().storiesBetween(now.minus(Duration.ofDays(1)), now))
                .isEqualTo(before.articles().storiesBetween(now.minus(Duration.ofDays(1)), now))
                .hasSize(4);
        assertThat(after.feedStates().health()).isEqualTo(before.feedStates().health());
        assertThat(after.feedStates().lastRun()).isEqualTo(before.feedStates().lastRun());
        assertThat(after.handledUpdates().take(555)).isFalse();

        before.outbox().recover(); // what run would do on the file: the delivery in flight is pending again
        List<Delivery> due = after.outbox().due(100);
        // of the 6 waiting, the first story's for the digest reader is due at its digest, as the bot that ran set it
        assertThat(due).isEqualTo(before.outbox().due(100)).hasSize(5);
        assertThat(due).filteredOn(delivery -> delivery.chatId() == FORUM).hasSize(1);
        assertThat(TestDatabase.count(
                        target,
                        "SELECT COUNT(*) FROM delivery WHERE status = 'sending'"
                                + " OR claimed_by IS NOT NULL OR lease_until IS NOT NULL"))
                .isZero();

        long largest = TestDatabase.count(target, "SELECT MAX(id) FROM article");
        after.articles().save(article("n1", "وكالة الاختبار", "جولة جديدة من محادثات أستانا", "astana", 1));
        assertThat(TestDatabase.count(target, "SELECT id FROM article WHERE article_key = 'n1'"))
                .isGreaterThan(largest);
        after.feedStates().record(new PollRun(now, now, 1, 0, 1, 3));

        int sentBefore = telegram.sentMessages().size();
        SentMessage told = telegram.messagesTo(PRIVATE).get(0);
        Path postgresDir = Files.createDirectories(dir.resolve("postgresql"));
        closer.add(Application.start(BotConfig.against(telegram, postgresDir, target)));

        SentMessage forum = telegram.awaitMessages(FORUM, 1, PATIENCE).get(0);
        assertThat(forum.messageThreadId()).contains(FORUM_TOPIC);
        assertThat(forum.text()).contains("جنيف");
        List<SentMessage> toPrivate = telegram.awaitMessages(PRIVATE, 3, PATIENCE);
        assertThat(toPrivate.subList(1, 3))
                .as("the follow-up of the story, silently in reply to its message; then the new article")
                .anySatisfy(followUp -> {
                    assertThat(followUp.replyTo()).contains(told.messageId());
                    assertThat(followUp.silent()).isTrue();
                });
        await().atMost(PATIENCE).until(() -> !telegram.edits().isEmpty());
        assertThat(telegram.edits()).singleElement().satisfies(edit -> {
            assertThat(edit.messageId()).isEqualTo(told.messageId());
            assertThat(edit.text()).contains("سانا</a>");
        });
        await().atMost(PATIENCE)
                .until(() -> TestDatabase.count(
                                target,
                                "SELECT COUNT(*) FROM delivery WHERE status <> 'sent' AND chat_id <> " + DIGEST_READER
                                        + " AND chat_id <> " + BLOCKED)
                        == 0);
        assertThat(telegram.messagesTo(DIGEST_READER))
                .as("it waits for its digest")
                .isEmpty();
        assertThat(telegram.sentMessages()).hasSize(sentBefore + 3);
    }

    @Test
    void refusesATargetThatHoldsDataAndLeavesItAsItWas() throws Exception {
        subscribeOneChat();
        Storage.Postgres target = PostgresForTests.freshSchema();
        try (Stores there = Stores.open(target, Clock.systemUTC())) {
            there.subscriptions().subscribe(9, "private", Set.of("geneva"));
        }

        Outcome copy = copyInto(target, password(target));

        assertThat(copy.exit()).isEqualTo(2);
        assertThat(copy.out()).isEmpty();
        assertThat(copy.err())
                .isEqualTo("talkwatch: " + target.describe() + " (schema " + schema(target) + ") holds talkwatch data"
                        + " already (rows in chat, subscription); copy-db fills only an empty database, so that"
                        + " nothing is mixed or overwritten: drop it and create it again, or name another"
                        + System.lineSeparator());
        Stores there = closer.add(Stores.open(target, Clock.systemUTC()));
        assertThat(there.subscriptions().subscribersByTopic()).isEqualTo(Map.of("geneva", 1));
        assertThat(there.subscriptions().topicsOf(42)).isEmpty();
    }

    @Test
    void refusesATargetWithTablesThatAreNotTalkwatchsBeforeCreatingAnyOfItsOwn() throws Exception {
        subscribeOneChat();
        Storage.Postgres target = PostgresForTests.freshSchema();
        PostgresForTests.execute(target, "CREATE TABLE customer (id INTEGER PRIMARY KEY)");

        Outcome copy = copyInto(target, password(target));

        assertThat(copy.exit()).isEqualTo(2);
        assertThat(copy.err())
                .isEqualTo("talkwatch: " + target.describe() + " (schema " + schema(target) + ") holds tables that"
                        + " are not talkwatch's (customer); copy-db fills only an empty database: create one for"
                        + " talkwatch (CREATE DATABASE talkwatch OWNER " + target.user() + "), or name an empty schema"
                        + " with currentSchema=" + System.lineSeparator());
        assertThat(TestDatabase.count(
                        target, "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = current_schema()"))
                .as("only the customer table")
                .isEqualTo(1);
    }

    @Test
    void fillsTheEmptyTablesARunThatStoppedAtOnceLeft() throws Exception {
        subscribeOneChat();
        Storage.Postgres target = PostgresForTests.freshSchema();
        try (Stores there = Stores.open(target, Clock.systemUTC())) {
            new SendSlots(there.database());
        }
        // a table of Quartz's clustered schedule, with the row a scheduler leaves
        PostgresForTests.execute(
                target,
                "CREATE TABLE qrtz_copy_db_test (sched_name TEXT, lock_name TEXT);"
                        + " INSERT INTO qrtz_copy_db_test VALUES ('talkwatch', 'TRIGGER_ACCESS')");

        Outcome copy = copyInto(target, password(target));

        assertThat(copy.exit()).as(copy.err()).isZero();
        assertThat(copy.out()).startsWith("Copied 1 chat (1 active), 1 subscription, 0 articles (0 stories),");
        Stores there = closer.add(Stores.open(target, Clock.systemUTC()));
        assertThat(there.subscriptions().topicsOf(42)).containsExactly("astana");
    }

    @Test
    void refusesTheFileOfARunningBot() throws Exception {
        subscribeOneChat();
        closer.add(Application.start(BotConfig.against(telegram, database.getParent())));

        // a server that is not there: the lock is tried before any connection
        Outcome copy = run(
                Map.of(),
                "copy-db",
                "--config",
                config.toString(),
                "--to",
                "jdbc:postgresql://127.0.0.1:1/talkwatch?user=talkwatch");

        assertThat(copy.exit()).isEqualTo(2);
        assertThat(copy.err())
                .isEqualTo("talkwatch: a talkwatch run is using " + database + " (it holds " + database
                        + ".run-lock); stop it first, then copy: what it wrote after the copy began would be lost"
                        + System.lineSeparator());
    }

    @Test
    void refusesAConfigThatIsOnPostgresqlAlready() throws Exception {
        Path onPostgres = Files.writeString(dir.resolve("postgres.yml"), """
                storage:
                  url: jdbc:postgresql://db.example.org:5432/talkwatch
                  user: talkwatch
                feeds:
                  - id: test-news
                    name: "وكالة الاختبار"
                    url: http://127.0.0.1:9/none.xml
                topics:
                  - id: astana
                    name: "محادثات أستانا"
                    keywords: ["أستانا"]
                """);

        Outcome copy = run(
                Map.of(),
                "copy-db",
                "--config",
                onPostgres.toString(),
                "--to",
                "jdbc:postgresql://127.0.0.1:1/talkwatch?user=talkwatch");

        assertThat(copy.exit()).isEqualTo(2);
        assertThat(copy.err())
                .isEqualTo("talkwatch: " + onPostgres + ": storage.url already names PostgreSQL"
                        + " (jdbc:postgresql://db.example.org:5432/talkwatch as talkwatch); copy-db copies talkwatch's"
                        + " SQLite file (storage.path or TALKWATCH_DB) into PostgreSQL, so there is nothing to copy"
                        + " from" + System.lineSeparator());
    }

    @Test
    void refusesAMissingSqliteFileWithoutCreatingIt() {
        Outcome copy = run(
                Map.of(),
                "copy-db",
                "--config",
                config.toString(),
                "--to",
                "jdbc:postgresql://127.0.0.1:1/talkwatch?user=talkwatch");

        assertThat(copy.exit()).isEqualTo(2);
        assertThat(copy.err())
                .isEqualTo("talkwatch: no database at " + database + " (storage.path in " + config
                        + ", or TALKWATCH_DB): nothing to copy" + System.lineSeparator());
        assertThat(database.getParent()).doesNotExist();
    }

    @Test
    void refusesATargetUrlWithoutARoleWithAPasswordOrOfAnotherDatabaseInOneLine() throws Exception {
        subscribeOneChat();
        Map<String, String> refusals = Map.of(
                "jdbc:postgresql://db.example.org/talkwatch",
                "talkwatch: --to jdbc:postgresql://db.example.org/talkwatch names no role; add ?user=NAME, the role"
                        + " talkwatch is to connect as (the password from TALKWATCH_DB_PASSWORD)",
                "jdbc:postgresql://db.example.org/talkwatch?user=talkwatch&password=hunter2",
                "talkwatch: --to holds a password; remove it from the URL and export TALKWATCH_DB_PASSWORD instead",
                "jdbc:mysql://db.example.org/talkwatch?user=talkwatch",
                "talkwatch: --to jdbc:mysql://db.example.org/talkwatch?user=talkwatch is not a PostgreSQL JDBC URL;"
                        + " expected jdbc:postgresql://host[:port]/database?user=NAME (the password from"
                        + " TALKWATCH_DB_PASSWORD)");
        for (Map.Entry<String, String> refusal : refusals.entrySet()) {
            Outcome copy = run(Map.of(), "copy-db", "--config", config.toString(), "--to", refusal.getKey());

            assertThat(copy.exit()).as(refusal.getKey()).isEqualTo(2);
            assertThat(copy.out()).isEmpty();
            assertThat(copy.err()).isEqualTo(refusal.getValue() + System.lineSeparator());
        }
    }

    @Test
    void neverShowsThePassword() throws Exception {
        subscribeOneChat();
        Storage.Postgres server = PostgresForTests.freshSchema();
        String role = "tw_copy_" + ProcessHandle.current().pid();
        String secret = "copy-db-secret-سر-" + System.nanoTime();
        PostgresForTests.execute(server, "DROP ROLE IF EXISTS " + role);
        PostgresForTests.execute(server, "CREATE ROLE " + role + " LOGIN PASSWORD '" + secret + "'");
        PostgresForTests.execute(server, "GRANT USAGE, CREATE ON SCHEMA " + schema(server) + " TO " + role);
        try {
            Storage.Postgres target = new Storage.Postgres(server.url(), role, Optional.of(secret));

            Outcome copied = copyInto(target, secret);
            Outcome refused = copyInto(target, secret);
            Outcome wrong = copyInto(target, secret + "-wrong");

            assertThat(copied.exit()).as(copied.err()).isZero();
            assertThat(copied.out()).startsWith("Copied 1 chat (1 active), 1 subscription,");
            assertThat(refused.exit()).isEqualTo(2);
            assertThat(refused.err()).contains("holds talkwatch data already");
            assertThat(wrong.exit()).isIn(1, 2); // 2 where the server trusts anyone and finds the data there
            assertThat(wrong.err().lines()).hasSize(1);
            for (Outcome outcome : List.of(copied, refused, wrong)) {
                assertThat(outcome.out() + outcome.err()).doesNotContain("copy-db-secret");
            }
        } finally {
            PostgresForTests.execute(server, "DROP OWNED BY " + role + "; DROP ROLE " + role);
        }
    }

    @Test
    void printsOneLineAndNoLogsAsACommandOfItsOwn() throws Exception {
        subscribeOneChat();
        Storage.Postgres target = PostgresForTests.freshSchema();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(
                java,
                // the logging of the shipped jar, not the tests'
                "-Dlogback.configurationFile="
                        + Path.of(Main.class.getResource("/logback.xml").toURI()),
                "-cp",
                System.getProperty("java.class.path"),
                "talkwatch.Main",
                "copy-db",
                "--config",
                config.toString(),
                "--to",
                to(target));
        builder.environment().remove("TALKWATCH_DB");
        builder.environment().put("TALKWATCH_DB_PASSWORD", password(target));
        builder.redirectOutput(dir.resolve("out.txt").toFile());
        builder.redirectError(dir.resolve("err.txt").toFile());

        Process process = builder.start();

        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(Files.readString(dir.resolve("err.txt"))).isEmpty();
        assertThat(process.exitValue()).isZero();
        assertThat(Files.readAllLines(dir.resolve("out.txt")))
                .singleElement()
                .asString()
                .startsWith(
                        "Copied 1 chat (1 active), 1 subscription, 0 articles (0 stories), 0 deliveries (0 waiting),"
                                + " 0 feed states, 0 poll runs and 0 handled updates from " + database + " to "
                                + target.url()
                                + " in ");
    }

    /**
     * Four chats (one a forum's topic, one reading digests, one that blocked the bot), a story told, repeated and
     * followed up, a story of other talks, a headline no topic matched; a bot ran on it once and sent the first story;
     * the second was in flight ('sending') when it stopped. Returns the first story's id.
     */
    private long fillByTheStoresAndABotThatRan(Storage.Sqlite sqlite, Config onSqlite) throws Exception {
        long a1;
        try (Stores stores = Stores.open(sqlite, Clock.systemUTC())) {
            Instant now = Instant.now();
            stores.subscriptions().subscribe(PRIVATE, "private", Set.of("astana"));
            stores.subscriptions().subscribe(FORUM, "supergroup", Optional.of(FORUM_TOPIC), Set.of("geneva"));
            stores.subscriptions().subscribe(DIGEST_READER, "private", Set.of("astana", "geneva"));
            stores.subscriptions().subscribe(BLOCKED, "private", Set.of("astana"));
            LocalTime halfADayAway = LocalTime.now(ZoneOffset.UTC).plusHours(12).truncatedTo(ChronoUnit.HOURS);
            stores.chatSettings()
                    .save(
                            DIGEST_READER,
                            ChatSettings.DEFAULTS
                                    .withZone(Optional.of(ZoneOffset.UTC), now)
                                    .withDigest(Optional.of(new Digest.Daily(halfADayAway)), now)
                                    .withQuiet(QuietHours.parse("23:00-07:00")));
            stores.handledUpdates().take(555);
            stores.articles()
                    .save(
                            article(
                                    "a1",
                                    "وكالة الأناضول",
                                    "انطلاق الجولة الثانية عشرة من محادثات أستانا حول سوريا",
                                    "astana",
                                    40),
                            StoryNote.newStory(SIGNATURE));
            a1 = TestDatabase.count(sqlite, "SELECT id FROM article WHERE article_key = 'a1'");
            stores.subscriptions().deactivate(BLOCKED, "blocked by the user");
        }
        Application bot = Application.start(onSqlite);
        try {
            telegram.awaitMessages(PRIVATE, 1, PATIENCE);
            await().atMost(PATIENCE)
                    .until(() -> TestDatabase.count(sqlite, "SELECT COUNT(*) FROM delivery WHERE status = 'sent'") == 1
                            && TestDatabase.count(sqlite, "SELECT COUNT(*) FROM poll_run") == 1);
        } finally {
            bot.close();
        }
        try (Stores stores = Stores.open(sqlite, Clock.systemUTC())) {
            stores.articles()
                    .save(
                            article("a2", "سانا", "بدء أعمال الجولة الـ12 من اجتماعات أستانا", "astana", 30),
                            StoryNote.repeat(SIGNATURE, a1, a1));
            stores.articles()
                    .save(
                            article(
                                    "a3",
                                    "آر تي",
                                    "المعارضة السورية تعلن موقفها في ختام الجولة الثانية عشرة من أستانا",
                                    "astana",
                                    20),
                            StoryNote.followUp(SIGNATURE, a1));
            stores.articles()
                    .save(
                            article("g1", "فرانس 24", "الأمم المتحدة تدعو إلى جولة جديدة في جنيف", "geneva", 10),
                            StoryNote.newStory("NONE|||جنيف"));
            stores.articles()
                    .save(new NewArticle(
                            new Article(
                                    "test-news",
                                    "x1",
                                    "https://example.org/x1",
                                    "أسعار النفط ترتفع",
                                    "نص",
                                    Instant.now().minus(Duration.ofMinutes(5))),
                            "وكالة الاختبار",
                            List.of(),
                            List.of()));
            long inFlight = TestDatabase.count(sqlite, "SELECT id FROM delivery WHERE chat_id = " + FORUM);
            assertThat(stores.outbox().claim(List.of(inFlight))).containsExactly(inFlight);
        }
        return a1;
    }

    /** The SQLite file of the config: chat 42, subscribed to the Astana talks. */
    private void subscribeOneChat() {
        try (Stores stores = Stores.open(database, Clock.systemUTC())) {
            stores.subscriptions().subscribe(42, "private", Set.of("astana"));
        }
    }

    private Outcome copyInto(Storage.Postgres target, String password) {
        return run(
                Map.of("TALKWATCH_DB_PASSWORD", password),
                "copy-db",
                "--config",
                config.toString(),
                "--to",
                to(target));
    }

    /** The schema a test's database is in: its URL's currentSchema. */
    private static String schema(Storage.Postgres target) {
        return target.url().replaceAll(".*[?&]currentSchema=([^&]+).*", "$1");
    }

    private static NewArticle article(String key, String source, String title, String topic, int minutesAgo) {
        return new NewArticle(
                new Article(
                        "test-news",
                        key,
                        "https://example.org/" + key,
                        title,
                        "نص الخبر",
                        Instant.now().minus(Duration.ofMinutes(minutesAgo))),
                source,
                List.of(topic),
                List.of(title + ".", "قال مصدر مطلع إن المحادثات مستمرة."));
    }

    private static String to(Storage.Postgres target) {
        return target.url() + (target.url().contains("?") ? "&" : "?") + "user=" + target.user();
    }

    private static String password(Storage.Postgres target) {
        return target.password().orElse("");
    }

    private record Outcome(int exit, String out, String err) {}

    private static Outcome run(Map<String, String> environment, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit =
                Main.execute(args, new HashMap<>(environment), new PrintWriter(out, true), new PrintWriter(err, true));
        return new Outcome(exit, out.toString(), err.toString());
    }
}
