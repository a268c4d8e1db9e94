package talkwatch.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import talkwatch.deliver.DeliveryLimits;
import talkwatch.store.Storage;

class ConfigLoaderTest {

    private static final String VALID = """
            telegram:
              admins: [123456789]
            storage:
              path: data/test.db
            schedule:
              pollEvery: 90s
            feeds:
              - id: bbc-arabic
                name: "بي بي سي عربي"
                url: https://feeds.bbci.co.uk/arabic/rss.xml
            topics:
              - id: astana
                name: "محادثات أستانا"
                keywords: ["أستانا", "أستانة"]
                context: ["محادثات"]
                exclude: ["نادي"]
            summary:
              sentences: 4
            """;

    @TempDir
    Path dir;

    @Test
    void readsEveryKeyOfAValidFile() throws IOException {
        Config config = load(VALID, Map.of());

        assertThat(config.telegram().admins()).containsExactly(123456789L);
        assertThat(config.telegram().token()).isEmpty();
        assertThat(config.telegram().apiUrl()).isEqualTo(URI.create("https://api.telegram.org"));
        assertThat(config.storage()).isEqualTo(new Storage.Sqlite(Path.of("data/test.db")));
        assertThat(config.pollEvery()).isEqualTo(Duration.ofSeconds(90));
        assertThat(config.feeds()).singleElement().satisfies(feed -> {
            assertThat(feed.id()).isEqualTo("bbc-arabic");
            assertThat(feed.name()).isEqualTo("بي بي سي عربي");
            assertThat(feed.url()).isEqualTo(URI.create("https://feeds.bbci.co.uk/arabic/rss.xml"));
        });
        assertThat(config.topics()).singleElement().satisfies(topic -> {
            assertThat(topic.name()).isEqualTo("محادثات أستانا");
            assertThat(topic.keywords()).containsExactly("أستانا", "أستانة");
            assertThat(topic.context()).containsExactly("محادثات");
            assertThat(topic.exclude()).containsExactly("نادي");
        });
        assertThat(config.summarySentences()).isEqualTo(4);
        assertThat(config.telegram().timeZone()).isEqualTo(ZoneOffset.UTC);
    }

    @Test
    void readsTheTimeZoneOfTheTimesShownInTelegram() throws IOException {
        Config config =
                load(VALID.replace("admins: [123456789]", "admins: [123456789]\n  timeZone: Asia/Damascus"), Map.of());

        assertThat(config.telegram().timeZone()).isEqualTo(ZoneId.of("Asia/Damascus"));
    }

    @Test
    void refusesATimeZoneThatDoesNotExist() {
        assertThatThrownBy(() -> load(
                        VALID.replace("admins: [123456789]", "admins: [123456789]\n  timeZone: Damascus"), Map.of()))
                .hasMessageEndingWith("talkwatch.yml: telegram.timeZone: expected a time zone such as Asia/Damascus,"
                        + " Europe/Istanbul or UTC (an IANA tz database name), got 'Damascus'");
    }

    @Test
    void takesTheTokenApiUrlAndDatabaseFromTheEnvironment() throws IOException {
        Config config = load(
                VALID,
                Map.of(
                        "TELEGRAM_BOT_TOKEN", "123456:ABC-def_ghi",
                        "TALKWATCH_TELEGRAM_API_URL", "http://127.0.0.1:8081",
                        "TALKWATCH_DB", "/tmp/other.db"));

        assertThat(config.telegram().token()).contains("123456:ABC-def_ghi");
        assertThat(config.telegram().apiUrl()).isEqualTo(URI.create("http://127.0.0.1:8081"));
        assertThat(config.storage()).isEqualTo(new Storage.Sqlite(Path.of("/tmp/other.db")));
        assertThat(config.telegram().toString()).doesNotContain("ABC-def_ghi");
    }

    @Test
    void theShippedConfigurationIsValid() {
        Config config = new ConfigLoader(Map.of()).load(Path.of("config/talkwatch.yml"));

        assertThat(config.feeds()).hasSizeGreaterThanOrEqualTo(5);
        assertThat(config.topics()).extracting(t -> t.id()).containsExactly("astana", "geneva", "sochi");
        assertThat(config.topics())
                .extracting(t -> t.sharedVenues().equals(t.keywords()))
                .containsExactly(false, true, false);
        assertThat(config.topics().get(0).sharedVenues()).isEmpty();
        assertThat(config.topics().get(1).ownNames()).contains("اللجنة الدستورية");
        assertThat(config.pollEvery()).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void theClusterExampleIsTheShippedConfigurationOnPostgreSQLWithAWebhookAndMetrics() {
        Config shipped = new ConfigLoader(Map.of()).load(Path.of("config/talkwatch.yml"));
        Config cluster =
                new ConfigLoader(Map.of("TELEGRAM_WEBHOOK_SECRET", "s3cret")).load(Path.of("config/cluster.yml"));

        assertThat(cluster.storage())
                .isEqualTo(new Storage.Postgres(
                        "jdbc:postgresql://postgres:5432/talkwatch", "talkwatch", Optional.empty()));
        assertThat(cluster.telegram().webhook()).isPresent();
        assertThat(cluster.metrics()).contains(new ListenAddress("0.0.0.0", 9464));
        // everything else as shipped, so that the example does not drift from it
        assertThat(cluster)
                .usingRecursiveComparison()
                .ignoringFields("file", "storage", "telegram.webhook", "metrics")
                .isEqualTo(shipped);
    }

    @Test
    void namesAnUnknownKeyAndTheKeysExpected() {
        assertThatThrownBy(() -> load(VALID.replace("schedule:", "shedule:"), Map.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("talkwatch.yml: shedule: unknown key; expected one of")
                .hasMessageContaining("schedule");
    }

    @Test
    void namesAFeedWithoutUrl() {
        String noUrl = VALID.replace("    url: https://feeds.bbci.co.uk/arabic/rss.xml\n", "");
        assertThatThrownBy(() -> load(noUrl, Map.of()))
                .hasMessageEndingWith("talkwatch.yml: feeds[0].url: missing; expected the feed's http(s) URL");
    }

    @Test
    void refusesAUrlThatIsNotHttp() {
        assertThatThrownBy(() -> load(VALID.replace("https://feeds.bbci.co.uk", "ftp://feeds.bbci.co.uk"), Map.of()))
                .hasMessageContaining("feeds[0].url: \"ftp://feeds.bbci.co.uk/arabic/rss.xml\" is not an http(s) URL");
    }

    @Test
    void readsWhetherATopicsCityHostsOtherTalksToo() throws IOException {
        String withFlag = VALID.replaceFirst("(    keywords: [^\n]*\n)", "$1    sharedVenue: true\n");

        assertThat(load(withFlag, Map.of()).topics().get(0).sharedVenues()).containsExactly("أستانا", "أستانة");
        assertThat(load(VALID, Map.of()).topics().get(0).sharedVenues()).isEmpty();
        assertThat(load(withFlag.replace("sharedVenue: true", "sharedVenue: false"), Map.of())
                        .topics()
                        .get(0)
                        .sharedVenues())
                .isEmpty();
        assertThatThrownBy(() -> load(withFlag.replace("sharedVenue: true", "sharedVenue: yes please"), Map.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("topics[0].sharedVenue")
                .hasMessageContaining("true when every keyword's city hosts other talks too, or a list of those");
    }

    @Test
    void readsWhichOfATopicsVenuesHostOtherTalksToo() throws IOException {
        // spelled with another hamza and a final ة/ه, the venue is still the keyword, kept as the keyword is written
        String withList = VALID.replaceFirst("(    keywords: [^\n]*\n)", "$1    sharedVenue: [\"استانه\"]\n");

        assertThat(load(withList, Map.of()).topics().get(0).sharedVenues()).containsExactly("أستانة");
        assertThatThrownBy(() -> load(withList.replace("استانه", "جنيف"), Map.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("topics[0].sharedVenue[0]")
                .hasMessageContaining("\"جنيف\" is not one of the topic's keywords");
    }

    @Test
    void readsATopicsOwnNames() throws IOException {
        String withOwnNames =
                VALID.replaceFirst("(    keywords: [^\n]*\n)", "$1    ownNames: [\"اللجنة الدستورية\"]\n");

        assertThat(load(withOwnNames, Map.of()).topics().get(0).ownNames()).containsExactly("اللجنة الدستورية");
        assertThat(load(VALID, Map.of()).topics().get(0).ownNames()).isEmpty();
        assertThatThrownBy(() -> load(withOwnNames.replace("[\"اللجنة الدستورية\"]", "[\"...\"]"), Map.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("topics[0].ownNames[0]")
                .hasMessageContaining("has no letters or digits");
    }

    @Test
    void refusesAnIdTooLongForATelegramButton() {
        String id = "astana-" + "x".repeat(40);
        assertThatThrownBy(() -> load(VALID.replace("- id: astana", "- id: " + id), Map.of()))
                .hasMessageEndingWith(
                        "talkwatch.yml: topics[0].id: \"" + id + "\" is too long; use at most 40 characters");
    }

    @Test
    void refusesATopicNameTooLongForATelegramButton() {
        String name = "محادثات السلام السورية في أستانا ".repeat(2);
        assertThatThrownBy(() -> load(VALID.replace("\"محادثات أستانا\"", "\"" + name + "\""), Map.of()))
                .hasMessageEndingWith("talkwatch.yml: topics[0].name: 65 characters is too long for its /topics"
                        + " button; use at most 60, such as \"محادثات أستانا\"");
    }

    @Test
    void refusesMoreTopicsThanOneMessageCanList() throws IOException {
        assertThat(load(withTopics(30), Map.of()).topics()).hasSize(30);
        assertThatThrownBy(() -> load(withTopics(31), Map.of()))
                .hasMessageEndingWith("talkwatch.yml: topics: 31 topics; at most 30 can be offered, so that the list of"
                        + " talks fits in one Telegram message");
    }

    private static String withTopics(int count) {
        StringBuilder topics = new StringBuilder("topics:\n");
        for (int i = 1; i <= count; i++) {
            topics.append(
                    "  - id: talks-%d\n    name: \"محادثات %d\"\n    keywords: [\"الجولة %d\"]\n".formatted(i, i, i));
        }
        return VALID.replaceFirst("(?s)topics:.*", topics.toString());
    }

    @Test
    void namesAKeywordWithoutLettersOrDigits() {
        assertThatThrownBy(() -> load(VALID.replace("exclude: [\"نادي\"]", "exclude: [\"نادي\", \"#!\"]"), Map.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessageEndingWith("talkwatch.yml: topics[0].exclude[1]: \"#!\" has no letters or digits; expected a"
                        + " word or phrase such as أستانا");
    }

    @Test
    void refusesABadDuration() {
        assertThatThrownBy(() -> load(VALID.replace("90s", "often"), Map.of()))
                .hasMessageContaining("schedule.pollEvery: expected a duration such as 30s, 5m or 1h");
    }

    @Test
    void refusesADuplicateId() {
        String twice = VALID.replace("topics:", """
                  - id: bbc-arabic
                    name: "نسخة"
                    url: https://example.org/rss
                topics:""");
        assertThatThrownBy(() -> load(twice, Map.of()))
                .hasMessageContaining("feeds[1].id: duplicate id \"bbc-arabic\"");
    }

    @Test
    void pointsAtTheLineOfBrokenYaml() {
        assertThatThrownBy(() -> load("feeds: [\n  - id: x\n", Map.of()))
                .hasMessageContaining("not valid YAML at line");
    }

    @Test
    void refusesATokenThatIsNotABotTokenWithoutEchoingIt() {
        assertThatThrownBy(() -> load(VALID, Map.of("TELEGRAM_BOT_TOKEN", "secret-words")))
                .hasMessageContaining("TELEGRAM_BOT_TOKEN: not a bot token")
                .hasMessageNotContaining("secret-words");
    }

    @Test
    void refusesAnOutOfRangeSummaryLength() {
        assertThatThrownBy(() -> load(VALID.replace("sentences: 4", "sentences: 0"), Map.of()))
                .hasMessageContaining("summary.sentences: expected a number of sentences from 1 to 10, got 0");
    }

    @Test
    void usesTelegramsFreeLimitsWhenDeliveryIsNotConfigured() throws IOException {
        assertThat(load(VALID, Map.of()).delivery()).isEqualTo(new DeliveryLimits(25, 1, 20, false));
    }

    @Test
    void readsTheDeliveryLimits() throws IOException {
        String yaml = VALID + """
                delivery:
                  globalPerSecond: 600
                  perChatPerSecond: 2
                  perGroupPerMinute: 15
                  paidBroadcast: true
                """;

        assertThat(load(yaml, Map.of()).delivery()).isEqualTo(new DeliveryLimits(600, 2, 15, true));
    }

    @Test
    void refusesAnOverallRateAboveTheFreeLimitWithoutPaidBroadcast() {
        assertThatThrownBy(() -> load(VALID + "delivery:\n  globalPerSecond: 100\n", Map.of()))
                .hasMessageEndingWith("talkwatch.yml: delivery.globalPerSecond: expected messages per second from 1"
                        + " to 30 (up to 1000 needs paidBroadcast: true), got 100");
    }

    @Test
    void refusesAnOverallRateAboveWhatPaidBroadcastAllows() {
        assertThatThrownBy(() -> load(VALID + "delivery:\n  paidBroadcast: true\n  globalPerSecond: 5000\n", Map.of()))
                .hasMessageContaining("delivery.globalPerSecond: expected messages per second from 1 to 1000"
                        + " (paidBroadcast is on), got 5000");
    }

    @Test
    void namesADeliveryKeyItDoesNotKnowAndAFlagThatIsNotABoolean() {
        assertThatThrownBy(() -> load(VALID + "delivery:\n  perChatPerMinute: 3\n", Map.of()))
                .hasMessageContaining("delivery.perChatPerMinute: unknown key; expected one of globalPerSecond,"
                        + " maxAge, paidBroadcast, perChatPerSecond, perGroupPerMinute");
        assertThatThrownBy(() -> load(VALID + "delivery:\n  paidBroadcast: yes please\n", Map.of()))
                .hasMessageContaining(
                        "delivery.paidBroadcast: expected true or false (true sends with allow_paid_broadcast), got \"yes please\"");
        assertThatThrownBy(() -> load(VALID + "delivery:\n  perGroupPerMinute: 0\n", Map.of()))
                .hasMessageContaining(
                        "delivery.perGroupPerMinute: expected messages per minute to one group from 1 to 60, got 0");
    }

    @Test
    void sendsNewsUpToTwoDaysOldAndKeepsNinetyDaysUnlessConfigured() throws IOException {
        Config defaults = load(VALID, Map.of());
        assertThat(defaults.maxAge()).isEqualTo(Duration.ofDays(2));
        assertThat(defaults.keep()).isEqualTo(Duration.ofDays(90));

        Config set = load(
                VALID.replace("path: data/test.db", "path: data/test.db\n  keep: 365d") + "delivery:\n  maxAge: 12h\n",
                Map.of());
        assertThat(set.maxAge()).isEqualTo(Duration.ofHours(12));
        assertThat(set.keep()).isEqualTo(Duration.ofDays(365));
    }

    @Test
    void refusesAMaxAgeOrRetentionOutOfRangeNamingTheKey() {
        assertThatThrownBy(() -> load(VALID + "delivery:\n  maxAge: 30d\n", Map.of()))
                .hasMessageEndingWith("talkwatch.yml: delivery.maxAge: \"30d\" is too long; expected a duration such"
                        + " as 12h or 2d, from 1h to 14d");
        assertThatThrownBy(() -> load(VALID + "delivery:\n  maxAge: two days\n", Map.of()))
                .hasMessageContaining("delivery.maxAge: \"two days\" is not a duration");
        // Shorter than the longest maxAge, a retention could forget an article a feed may still send again.
        assertThatThrownBy(() -> load(VALID.replace("path: data/test.db", "path: data/test.db\n  keep: 7d"), Map.of()))
                .hasMessageEndingWith("talkwatch.yml: storage.keep: \"7d\" is too short; expected a duration such as"
                        + " 90d or 365d, at least 30d");
        assertThatThrownBy(() -> load(VALID.replace("path: data/test.db", "path: data/test.db\n  size: 1GB"), Map.of()))
                .hasMessageContaining("storage.size: unknown key; expected one of keep, path");
    }

    @Test
    void readsTheNetworksLinksMayReachAndTheLimitsOfSummariesOnDemand() throws IOException {
        assertThat(load(VALID, Map.of()).links()).isEqualTo(Config.Links.defaults());
        assertThat(Config.Links.defaults().perUserPerMinute()).isEqualTo(5);
        assertThat(Config.Links.defaults().perUserPerDay()).isEqualTo(50);

        Config config = load(VALID + "links:\n  allowNetworks: [10.20.0.0/16, \"fd00:1::/64\", 127.0.0.1]\n", Map.of());

        assertThat(config.links().allowNetworks())
                .extracting(Object::toString)
                .containsExactly("10.20.0.0/16", "fd00:1:0:0:0:0:0:0/64", "127.0.0.1/32");
    }

    @Test
    void refusesANetworkThatIsNotACidrAndALimitOutOfRangeNamingTheKey() throws IOException {
        assertThatThrownBy(() -> load(VALID + "links:\n  allowNetworks: [10.0.0.0/8, intranet.local/24]\n", Map.of()))
                .hasMessageEndingWith(
                        "talkwatch.yml: links.allowNetworks[1]: expected a network in CIDR notation such"
                                + " as 10.20.0.0/16 or fd00::/8, got \"intranet.local/24\" (not an IP address: intranet.local)");
        assertThatThrownBy(() -> load(VALID + "links:\n  allowNetworks: [10.0.0.0/33]\n", Map.of()))
                .hasMessageContaining("links.allowNetworks[0]: expected a network in CIDR notation")
                .hasMessageContaining("(the prefix length after / must be 0 to 32, got 33)");
        assertThatThrownBy(() -> load(VALID + "links:\n  allowNetwork: [10.0.0.0/8]\n", Map.of()))
                .hasMessageContaining("links.allowNetwork: unknown key; expected one of allowNetworks, perUserPerDay,"
                        + " perUserPerMinute");
        assertThatThrownBy(() -> load(VALID + "links:\n  perUserPerMinute: 0\n", Map.of()))
                .hasMessageEndingWith("talkwatch.yml: links.perUserPerMinute: expected a number of links one user may"
                        + " have summarized in a minute, from 1 to 60, got 0");
        assertThat(load(VALID + "links:\n  perUserPerMinute: 2\n  perUserPerDay: 20\n", Map.of())
                        .links())
                .isEqualTo(new Config.Links(java.util.List.of(), 2, 20));
    }

    @Test
    void namesAMissingFile() {
        assertThatThrownBy(() -> new ConfigLoader(Map.of()).load(dir.resolve("nowhere.yml")))
                .hasMessageContaining("nowhere.yml: file not found");
    }

    @Test
    void readsAPostgreSQLDatabaseWithThePasswordFromTheEnvironmentOnly() throws IOException {
        String postgres = VALID.replace(
                "  path: data/test.db", "  url: jdbc:postgresql://db.example.org:5432/talkwatch\n  user: talkwatch");

        Config config = load(postgres, Map.of("TALKWATCH_DB_PASSWORD", "s3cret-كلمة"));

        assertThat(config.storage())
                .isEqualTo(new Storage.Postgres(
                        "jdbc:postgresql://db.example.org:5432/talkwatch", "talkwatch", Optional.of("s3cret-كلمة")));
        assertThat(config.storage().toString()).doesNotContain("s3cret");
        assertThat(config.storage().describe())
                .isEqualTo("jdbc:postgresql://db.example.org:5432/talkwatch as talkwatch");
        assertThat(load(postgres, Map.of()).storage())
                .isEqualTo(new Storage.Postgres(
                        "jdbc:postgresql://db.example.org:5432/talkwatch", "talkwatch", Optional.empty()));
    }

    @Test
    void refusesAStorageThatIsNeitherOneDatabaseNorTheOther() {
        String url = "  url: jdbc:postgresql://db.example.org:5432/talkwatch";
        assertThatThrownBy(() -> load(VALID.replace("  path: data/test.db", url), Map.of()))
                .hasMessageEndingWith(
                        "talkwatch.yml: storage.url: needs storage.user too: the PostgreSQL role talkwatch"
                                + " connects as");
        assertThatThrownBy(() -> load(VALID.replace("  path: data/test.db", "  user: talkwatch"), Map.of()))
                .hasMessageEndingWith("talkwatch.yml: storage.user: is for PostgreSQL; set storage.url too, or remove"
                        + " storage.user to keep SQLite");
        assertThatThrownBy(() -> load(
                        VALID.replace("  path: data/test.db", "  path: data/test.db\n" + url + "\n  user: t"),
                        Map.of()))
                .hasMessageEndingWith("talkwatch.yml: storage.url: is set with storage.path; keep storage.path for a"
                        + " SQLite file or storage.url for PostgreSQL, not both");
        assertThatThrownBy(() -> load(
                        VALID.replace("  path: data/test.db", "  url: postgres://db/talkwatch\n  user: t"), Map.of()))
                .hasMessageEndingWith("talkwatch.yml: storage.url: expected a PostgreSQL JDBC URL such as"
                        + " jdbc:postgresql://db.example.org:5432/talkwatch, got \"postgres://db/talkwatch\"");
        assertThatThrownBy(() -> load(
                        VALID.replace("  path: data/test.db", url + "?user=t&password=hunter2\n  user: t"), Map.of()))
                .hasMessageEndingWith("talkwatch.yml: storage.url: holds a password; remove it from the file and export"
                        + " TALKWATCH_DB_PASSWORD instead")
                .hasMessageNotContaining("hunter2");
        assertThatThrownBy(() -> load(
                        VALID.replace("  path: data/test.db", url + "\n  user: t"),
                        Map.of("TALKWATCH_DB", "/tmp/other.db")))
                .hasMessageEndingWith("TALKWATCH_DB names a SQLite file, but " + dir.resolve("talkwatch.yml")
                        + " sets storage.url (PostgreSQL); unset TALKWATCH_DB or remove storage.url");
    }

    private Config load(String yaml, Map<String, String> environment) throws IOException {
        Path file = dir.resolve("talkwatch.yml");
        Files.writeString(file, yaml);
        return new ConfigLoader(environment).load(file);
    }
}
