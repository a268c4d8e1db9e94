package talkwatch.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import talkwatch.arabic.ArabicText;
import talkwatch.arabic.TermExtractor;
import talkwatch.deliver.DeliveryLimits;
import talkwatch.feed.Feed;
import talkwatch.match.Person;
import talkwatch.match.Topic;
import talkwatch.store.Storage;
import talkwatch.story.StoryDetector;

/**
 * Reads {@code talkwatch.yml} and applies the environment overrides. Every mistake becomes a {@link
 * ConfigException} naming the file, the key and what is expected.
 */
public final class ConfigLoader {

    public static final String TOKEN_VARIABLE = "TELEGRAM_BOT_TOKEN";
    public static final String API_URL_VARIABLE = "TALKWATCH_TELEGRAM_API_URL";
    public static final String DATABASE_VARIABLE = "TALKWATCH_DB";
    /** The PostgreSQL password (storage.url): never in the file. */
    public static final String DATABASE_PASSWORD_VARIABLE = "TALKWATCH_DB_PASSWORD";
    /** The webhook's secret_token: only from the environment, never from the file. */
    public static final String WEBHOOK_SECRET_VARIABLE = "TELEGRAM_WEBHOOK_SECRET";

    static final URI DEFAULT_API_URL = URI.create("https://api.telegram.org");

    private static final Set<String> SCHEDULE_KEYS = Set.of("pollEvery", "parallelFeeds", "parallelPerHost");
    private static final Set<String> STORAGE_KEYS = Set.of("path", "url", "user", "keep");
    /** What storage.url and copy-db's --to look like: jdbc:postgresql://host[:port]/database[?parameters]. */
    public static final Pattern POSTGRES_URL = Pattern.compile("jdbc:postgresql://[^/?#\\s]+/[^/?#\\s]+(\\?\\S*)?");

    private static final Set<String> DELIVERY_KEYS =
            Set.of("globalPerSecond", "perChatPerSecond", "perGroupPerMinute", "paidBroadcast", "maxAge");
    private static final Duration DEFAULT_MAX_AGE = Duration.ofDays(2);
    private static final Duration LONGEST_MAX_AGE = Duration.ofDays(14);
    private static final Duration DEFAULT_KEEP = Duration.ofDays(90);
    /**
     * The shortest {@code storage.keep}: longer than the longest {@code delivery.maxAge} and {@code stories.window},
     * so an article is forgotten only once it could never be sent again nor repeated by a new report.
     */
    private static final Duration SHORTEST_KEEP = Duration.ofDays(30);

    private static final Duration MAX_DURATION = Duration.ofDays(100 * 365);
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9_-]*");
    static final int MAX_ID_LENGTH = 40;
    /**
     * Replies that list every talk (an unknown name, /start, /subscribe) must fit in one Telegram message of 4096
     * characters: 30 topics of 60-character names and 40-character ids take about 3,200.
     */
    static final int MAX_TOPICS = 30;

    static final int MAX_TOPIC_NAME_LENGTH = 60;
    private static final Pattern TOKEN = Pattern.compile("\\d+:[A-Za-z0-9_-]+");

    private final Map<String, String> environment;

    public ConfigLoader(Map<String, String> environment) {
        this.environment = environment;
    }

    public Config load(Path file) {
        Section root = new Section(file, "", read(file))
                .allowOnly(Set.of(
                        "telegram",
                        "storage",
                        "schedule",
                        "feeds",
                        "topics",
                        "people",
                        "summary",
                        "delivery",
                        "stories",
                        "links",
                        "metrics"));
        return new Config(
                file,
                telegram(root, file),
                storage(root, file),
                pollEvery(root),
                feeds(root.required("feeds", "a list of feeds (id, name, url)")),
                topics(root.required("topics", "a list of topics (id, name, keywords)")),
                summarySentences(root),
                delivery(root),
                scheduleNumber(root, "parallelFeeds", 16),
                scheduleNumber(root, "parallelPerHost", 4),
                storyWindow(root),
                maxAge(root),
                keep(root),
                root.optional("people").map(ConfigLoader::people).orElse(List.of()),
                LinksSection.read(root),
                Endpoints.metrics(root.optional("metrics")));
    }

    /**
     * The one-line mistake for a {@code run} with {@code telegram.webhook} set and no secret in the environment.
     */
    public static ConfigException missingWebhookSecret(Path file) {
        return new ConfigException(
                file,
                "telegram.webhook",
                WEBHOOK_SECRET_VARIABLE + " is not set; expected " + Endpoints.SECRET_EXPECTED
                        + " in it, the secret Telegram sends back with each update, e.g. export "
                        + WEBHOOK_SECRET_VARIABLE + "=$(openssl rand -hex 32)");
    }

    /** A list of people: each a name, and optionally its aliases and roles (a role alone, or a list). */
    private static List<Person> people(Section list) {
        Set<String> names = new HashSet<>();
        List<Person> people = new ArrayList<>();
        for (Section item : list.list("a list of people (name, aliases, role)")) {
            item.allowOnly(Set.of("name", "aliases", "role"));
            Section nameSection = item.required("name", "the person's usual name, such as \"غير بيدرسن\"");
            String name = nameSection.text("the person's usual name, such as \"غير بيدرسن\"");
            if (TermExtractor.words(name).isEmpty()) {
                throw nameSection.error("\"" + name + "\" has no letters; expected a name such as \"غير بيدرسن\"");
            }
            if (!names.add(name)) {
                throw nameSection.error("\"" + name + "\" is listed twice; give each person once, with all its names");
            }
            List<String> roles = item.optional("role")
                    .map(role ->
                            role.isList() ? phrases(role) : List.of(role.text("a title such as \"المبعوث الأممي\"")))
                    .orElse(List.of());
            people.add(new Person(name, optionalTexts(item, "aliases"), roles));
        }
        return List.copyOf(people);
    }

    private static JsonNode read(Path file) {
        try {
            JsonNode tree = new YAMLMapper().readTree(Files.readString(file));
            if (tree == null || tree.isMissingNode()) {
                throw new ConfigException(file, "(top level)", "the file is empty; expected feeds and topics");
            }
            return tree;
        } catch (NoSuchFileException e) {
            throw new ConfigException(file + ": file not found; pass --config FILE or create it from the README");
        } catch (JsonProcessingException e) {
            JsonLocation where = e.getLocation();
            String at = where == null ? "" : " at line " + where.getLineNr() + ", column " + where.getColumnNr();
            throw new ConfigException(file + ": not valid YAML" + at + ": " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new ConfigException(file + ": cannot be read: " + e.getMessage());
        }
    }

    private Config.Telegram telegram(Section root, Path file) {
        Set<Long> admins = new LinkedHashSet<>();
        ZoneId timeZone = ZoneOffset.UTC;
        Optional<Section> telegram = root.optional("telegram");
        if (telegram.isPresent()) {
            telegram.get().allowOnly(Set.of("admins", "timeZone", "webhook"));
            Optional<Section> zone = telegram.get().optional("timeZone");
            if (zone.isPresent()) {
                timeZone = timeZone(zone.get());
            }
            Optional<Section> list = telegram.get().optional("admins");
            if (list.isPresent()) {
                for (Section admin : list.get().list("a list of Telegram user ids")) {
                    admins.add(admin.integer("a numeric Telegram user id"));
                }
            }
        }
        Optional<String> token = variable(TOKEN_VARIABLE);
        if (token.isPresent() && !TOKEN.matcher(token.get()).matches()) {
            throw new ConfigException(
                    TOKEN_VARIABLE + ": not a bot token; expected the form 123456789:ABC-def… as given by @BotFather");
        }
        URI apiUrl = variable(API_URL_VARIABLE)
                .map(value -> httpUrl(value, API_URL_VARIABLE + ": "))
                .orElse(DEFAULT_API_URL);
        return new Config.Telegram(
                Set.copyOf(admins), token, apiUrl, timeZone, Endpoints.webhook(telegram, environment));
    }

    private static ZoneId timeZone(Section zone) {
        String expected = "a time zone such as Asia/Damascus, Europe/Istanbul or UTC (an IANA tz database name)";
        String name = zone.text(expected);
        try {
            return ZoneId.of(name);
        } catch (DateTimeException e) {
            throw zone.error("expected " + expected + ", got '" + name + "'");
        }
    }

    /**
     * A SQLite file ({@code storage.path}, or {@code TALKWATCH_DB}; the default), or a PostgreSQL database that
     * several instances share ({@code storage.url} and {@code storage.user}, the password from {@code
     * TALKWATCH_DB_PASSWORD}).
     */
    private Storage storage(Section root, Path file) {
        Optional<Section> storage = root.optional("storage").map(section -> section.allowOnly(STORAGE_KEYS));
        Optional<Section> url = storage.flatMap(section -> section.optional("url"));
        Optional<Section> user = storage.flatMap(section -> section.optional("user"));
        Optional<Section> path = storage.flatMap(section -> section.optional("path"));
        Optional<String> override = variable(DATABASE_VARIABLE);
        if (url.isEmpty()) {
            if (user.isPresent()) {
                throw user.get().error("is for PostgreSQL; set storage.url too, or remove storage.user to keep SQLite");
            }
            if (override.isPresent()) {
                return new Storage.Sqlite(Path.of(override.get()));
            }
            return new Storage.Sqlite(path.map(p -> Path.of(p.text("a file path for the SQLite database")))
                    .orElse(Path.of("data", "talkwatch.db")));
        }
        if (path.isPresent()) {
            throw url.get()
                    .error("is set with storage.path; keep storage.path for a SQLite file or storage.url for"
                            + " PostgreSQL, not both");
        }
        if (override.isPresent()) {
            throw new ConfigException(DATABASE_VARIABLE + " names a SQLite file, but " + file
                    + " sets storage.url (PostgreSQL); unset " + DATABASE_VARIABLE + " or remove storage.url");
        }
        String expected = "a PostgreSQL JDBC URL such as jdbc:postgresql://db.example.org:5432/talkwatch";
        String text = url.get().text(expected);
        if (!POSTGRES_URL.matcher(text).matches()) {
            throw url.get().error("expected " + expected + ", got \"" + text + "\"");
        }
        if (text.toLowerCase(java.util.Locale.ROOT).matches(".*[?&]password=.*")) {
            throw url.get()
                    .error("holds a password; remove it from the file and export " + DATABASE_PASSWORD_VARIABLE
                            + " instead");
        }
        if (user.isEmpty()) {
            throw url.get().error("needs storage.user too: the PostgreSQL role talkwatch connects as");
        }
        return new Storage.Postgres(
                text,
                user.get().text("the PostgreSQL role talkwatch connects as, such as talkwatch"),
                Optional.ofNullable(environment.get(DATABASE_PASSWORD_VARIABLE)).filter(v -> !v.isEmpty()));
    }

    private static Duration pollEvery(Section root) {
        Optional<Section> every = root.optional("schedule")
                .map(schedule -> schedule.allowOnly(SCHEDULE_KEYS))
                .flatMap(schedule -> schedule.optional("pollEvery"));
        if (every.isEmpty()) {
            return Duration.ofMinutes(5);
        }
        String expected = "a duration such as 30s, 5m or 1h (at least 1s)";
        Duration duration = Durations.parse(every.get().text(expected))
                .filter(d -> !d.isZero())
                .orElseThrow(() -> every.get().error("expected " + expected));
        return duration;
    }

    private static int scheduleNumber(Section root, String key, int fallback) {
        Optional<Section> value = root.optional("schedule")
                .map(schedule -> schedule.allowOnly(SCHEDULE_KEYS))
                .flatMap(schedule -> schedule.optional(key));
        if (value.isEmpty()) {
            return fallback;
        }
        String expected = "a number of feeds fetched at once, from 1 to 256";
        long number = value.get().integer(expected);
        if (number < 1 || number > 256) {
            throw value.get().error("expected " + expected + ", got " + number);
        }
        return (int) number;
    }

    private static List<Feed> feeds(Section list) {
        Set<String> ids = new HashSet<>();
        return list.list("a list of feeds (id, name, url)").stream()
                .map(item -> {
                    item.allowOnly(Set.of("id", "name", "url", "fullText"));
                    String id = id(item, ids);
                    String name =
                            item.required("name", "the feed's display name").text("the feed's display name");
                    Section url = item.required("url", "the feed's http(s) URL");
                    boolean fullText = item.optional("fullText")
                            .map(flag -> flag.bool("true fetches each new item's page for its full text"))
                            .orElse(false);
                    return new Feed(id, name, httpUrl(url.text("an http(s) URL"), url), fullText);
                })
                .toList();
    }

    private static List<Topic> topics(Section list) {
        Set<String> ids = new HashSet<>();
        List<Topic> topics = list.list("a list of topics (id, name, keywords)").stream()
                .map(item -> {
                    item.allowOnly(Set.of(
                            "id",
                            "name",
                            "keywords",
                            "context",
                            "about",
                            "exclude",
                            "sharedVenue",
                            "ownNames",
                            "people"));
                    String id = id(item, ids);
                    Section nameSection = item.required("name", "the topic's Arabic name");
                    String name = nameSection.text("the topic's Arabic name");
                    if (name.length() > MAX_TOPIC_NAME_LENGTH) {
                        throw nameSection.error(name.length() + " characters is too long for its /topics button; use at"
                                + " most " + MAX_TOPIC_NAME_LENGTH + ", such as \"محادثات أستانا\"");
                    }
                    List<String> keywords = phrases(item.required("keywords", "a list of words or phrases"));
                    if (keywords.isEmpty()) {
                        throw item.required("keywords", "").error("empty; expected at least one word or phrase");
                    }
                    return new Topic(
                            id,
                            name,
                            keywords,
                            optionalTexts(item, "context"),
                            optionalTexts(item, "exclude"),
                            optionalTexts(item, "about"),
                            item.optional("sharedVenue")
                                    .map(shared -> sharedVenues(shared, keywords))
                                    .orElse(List.of()),
                            optionalTexts(item, "ownNames"),
                            item.optional("people").map(ConfigLoader::people).orElse(List.of()));
                })
                .toList();
        if (topics.isEmpty()) {
            throw list.error("empty; expected at least one topic");
        }
        if (topics.size() > MAX_TOPICS) {
            throw list.error(topics.size() + " topics; at most " + MAX_TOPICS
                    + " can be offered, so that the list of talks fits in one Telegram message");
        }
        return topics;
    }

    /**
     * The keywords whose city hosts other talks too: {@code true} for all of them, {@code false} for none, or a list of
     * some of them (Geneva but not Manhasset), each spelled as under {@code keywords}.
     */
    private static List<String> sharedVenues(Section shared, List<String> keywords) {
        if (!shared.isList()) {
            return shared.bool("true when every keyword's city hosts other talks too, or a list of those keywords")
                    ? keywords
                    : List.of();
        }
        List<String> venues = new ArrayList<>();
        for (Section item : shared.list("a list of keywords")) {
            String venue = item.text("one of the topic's keywords");
            String normalized = ArabicText.normalize(venue);
            String keyword = keywords.stream()
                    .filter(each -> ArabicText.normalize(each).equals(normalized))
                    .findFirst()
                    .orElseThrow(() -> item.error("\"" + venue + "\" is not one of the topic's keywords; list the"
                            + " keywords whose city hosts other talks too, as written under keywords"));
            venues.add(keyword);
        }
        return venues;
    }

    private static List<String> optionalTexts(Section item, String key) {
        return item.optional(key).map(ConfigLoader::phrases).orElse(List.of());
    }

    /** The words or phrases at {@code list}; each must hold a letter or digit, or it could never match. */
    private static List<String> phrases(Section list) {
        List<String> phrases = new ArrayList<>();
        for (Section item : list.list("a list of words or phrases")) {
            String phrase = item.text("words or phrases");
            if (TermExtractor.words(phrase).isEmpty()) {
                throw item.error(
                        "\"" + phrase + "\" has no letters or digits; expected a word or phrase such as أستانا");
            }
            phrases.add(phrase);
        }
        return phrases;
    }

    private static int summarySentences(Section root) {
        Optional<Section> sentences = root.optional("summary")
                .map(summary -> summary.allowOnly(Set.of("sentences")))
                .flatMap(summary -> summary.optional("sentences"));
        if (sentences.isEmpty()) {
            return 3;
        }
        long value = sentences.get().integer("a number of sentences from 1 to 10");
        if (value < 1 || value > 10) {
            throw sentences.get().error("expected a number of sentences from 1 to 10, got " + value);
        }
        return (int) value;
    }

    private static DeliveryLimits delivery(Section root) {
        DeliveryLimits defaults = DeliveryLimits.defaults();
        Optional<Section> delivery = root.optional("delivery");
        if (delivery.isEmpty()) {
            return defaults;
        }
        Section section = delivery.get().allowOnly(DELIVERY_KEYS);
        boolean paid = section.optional("paidBroadcast")
                .map(flag -> flag.bool("true sends with allow_paid_broadcast"))
                .orElse(defaults.paidBroadcast());
        int globalMax = paid ? DeliveryLimits.PAID_GLOBAL_MAX : DeliveryLimits.FREE_GLOBAL_MAX;
        String globalRange = paid
                ? "messages per second from 1 to " + globalMax + " (paidBroadcast is on)"
                : "messages per second from 1 to " + globalMax + " (up to 1000 needs paidBroadcast: true)";
        return new DeliveryLimits(
                rate(section, "globalPerSecond", globalRange, 1, globalMax, defaults.globalPerSecond()),
                rate(section, "perChatPerSecond", "messages per second to one chat from 1 to 5", 1, 5, 1),
                rate(section, "perGroupPerMinute", "messages per minute to one group from 1 to 60", 1, 60, 20),
                paid);
    }

    private static int rate(Section parent, String key, String expected, int min, int max, int fallback) {
        Optional<Section> value = parent.optional(key);
        if (value.isEmpty()) {
            return fallback;
        }
        long rate = value.get().integer(expected);
        if (rate < min || rate > max) {
            throw value.get().error("expected " + expected + ", got " + rate);
        }
        return (int) rate;
    }

    private static Duration maxAge(Section root) {
        Optional<Section> maxAge = root.optional("delivery")
                .map(delivery -> delivery.allowOnly(DELIVERY_KEYS))
                .flatMap(delivery -> delivery.optional("maxAge"));
        if (maxAge.isEmpty()) {
            return DEFAULT_MAX_AGE;
        }
        return duration(
                maxAge.get(), "a duration such as 12h or 2d, from 1h to 14d", Duration.ofHours(1), LONGEST_MAX_AGE);
    }

    private static Duration keep(Section root) {
        Optional<Section> keep = root.optional("storage")
                .map(storage -> storage.allowOnly(STORAGE_KEYS))
                .flatMap(storage -> storage.optional("keep"));
        if (keep.isEmpty()) {
            return DEFAULT_KEEP;
        }
        return duration(keep.get(), "a duration such as 90d or 365d, at least 30d", SHORTEST_KEEP, MAX_DURATION);
    }

    /** The duration at {@code value}, between {@code min} and {@code max}. */
    private static Duration duration(Section value, String expected, Duration min, Duration max) {
        String text = value.text(expected);
        Duration duration = Durations.parse(text)
                .orElseThrow(() -> value.error("\"" + text + "\" is not a duration; expected " + expected));
        if (duration.compareTo(min) < 0) {
            throw value.error("\"" + text + "\" is too short; expected " + expected);
        }
        if (duration.compareTo(max) > 0) {
            throw value.error("\"" + text + "\" is too long; expected " + expected);
        }
        return duration;
    }

    private static Duration storyWindow(Section root) {
        Optional<Section> window = root.optional("stories")
                .map(stories -> stories.allowOnly(Set.of("window")))
                .flatMap(stories -> stories.optional("window"));
        if (window.isEmpty()) {
            return StoryDetector.DEFAULT_WINDOW;
        }
        return duration(
                window.get(),
                "a duration such as 6h or 12h, at most 7d (0s turns duplicate detection off)",
                Duration.ZERO,
                Duration.ofDays(7));
    }

    private static String id(Section item, Set<String> seen) {
        Section idSection = item.required("id", "a short identifier such as astana");
        String id = idSection.text("a short identifier such as astana");
        if (!ID.matcher(id).matches()) {
            throw idSection.error("\"" + id + "\" is not a valid id; use lower-case letters, digits, - and _");
        }
        if (id.length() > MAX_ID_LENGTH) {
            // A topic's id travels in its /topics button, whose data Telegram caps at 64 bytes.
            throw idSection.error("\"" + id + "\" is too long; use at most " + MAX_ID_LENGTH + " characters");
        }
        if (!seen.add(id)) {
            throw idSection.error("duplicate id \"" + id + "\"; each id must be unique");
        }
        return id;
    }

    private static URI httpUrl(String value, Section where) {
        try {
            return httpUrl(value, "");
        } catch (ConfigException e) {
            throw where.error(e.getMessage());
        }
    }

    private static URI httpUrl(String value, String prefix) {
        try {
            URI uri = new URI(value.trim());
            if (uri.getScheme() == null
                    || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))
                    || uri.getHost() == null) {
                throw new ConfigException(prefix + "\"" + value + "\" is not an http(s) URL; expected e.g. https://…");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new ConfigException(prefix + "\"" + value + "\" is not a valid URL: " + e.getReason());
        }
    }

    private Optional<String> variable(String name) {
        return Optional.ofNullable(environment.get(name)).map(String::trim).filter(v -> !v.isEmpty());
    }
}
