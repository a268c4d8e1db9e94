package talkwatch;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import talkwatch.config.Config;
import talkwatch.config.ConfigLoader;
import talkwatch.deliver.Deliverer;
import talkwatch.deliver.MessageFormatter;
import talkwatch.deliver.Pacer;
import talkwatch.deliver.TelegramHttp;
import talkwatch.deliver.TimeDisplay;
import talkwatch.fake.FakeBotApi;
import talkwatch.fake.SentMessage;
import talkwatch.match.Topic;
import talkwatch.poll.FeedAlerts;
import talkwatch.poll.Pipeline;
import talkwatch.testing.FeedServer;
import talkwatch.testing.Rss;
import talkwatch.testing.ShippedConfig;
import talkwatch.testing.Week;
import talkwatch.testing.WeekArgs;

/**
 * Replays a week of news ({@link Week}) through the path a subscriber lives: each outlet's feed served over loopback,
 * the real poll cycle (match, summarize, stories, store, queue) every five minutes of the week, and the real sender
 * against a fake Bot API, for one chat subscribed to every topic of the configuration. Then counts, story by story,
 * the messages the chat got: those that rang, those that came silently, and the edits.
 *
 * <pre>
 * mvn -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) talkwatch.WeekReplay [--topics FILE]... WEEK.tsv...
 * </pre>
 *
 * Topics are the shipped ones ({@code config/talkwatch.yml}) and those of each {@code --topics} file (a YAML list of
 * topics, as under {@code topics:}); weeks are read from {@code src/test/resources/weeks} unless given as a path.
 * Figures and their reading: {@code docs/BENCHMARKS.md}, "One story, one notification".
 */
public final class WeekReplay {

    static final Path WEEKS = WeekArgs.WEEKS;
    private static final long CHAT = 1;
    private static final Duration TICK = Duration.ofMinutes(5);
    /** Items a feed carries at a time, the newest first, as real feeds keep their last few dozen. */
    private static final int FEED_LENGTH = 30;

    /** Where the week's reports are linked from: their guid follows. */
    private static final String NEWS = "https://example.org/news/";

    private static final Pattern TITLE_LINK = Pattern.compile("<b><a href=\"" + Pattern.quote(NEWS) + "([^\"]+)\">");

    private WeekReplay() {}

    public static void main(String[] args) throws Exception {
        WeekArgs parsed = WeekArgs.parse(args);
        List<Path> topicFiles = parsed.topicFiles();
        List<Path> weeks = parsed.weeks();
        ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger("talkwatch"))
                .setLevel(ch.qos.logback.classic.Level.WARN);
        Heard total = Heard.NONE;
        System.out.println("| week | " + Heard.HEADER + " |");
        System.out.println("| --- | " + Heard.ALIGN + " |");
        for (Path file : weeks) {
            Path dir = Files.createTempDirectory("week-replay");
            Heard heard = replay(Week.read(file), topicFiles, dir);
            try (var files = Files.list(dir)) {
                for (Path each : files.toList()) {
                    Files.delete(each);
                }
            }
            Files.delete(dir);
            System.out.println("| " + file.getFileName() + " | " + heard.row() + " |");
            heard.problems().forEach(problem -> System.err.println(file.getFileName() + ": " + problem));
            total = total.plus(heard);
        }
        if (weeks.size() > 1) {
            System.out.println("| all | " + total.row() + " |");
        }
        System.exit(0);
    }

    /** Replays {@code week} with the shipped topics and those of {@code topicFiles}, the database in {@code dir}. */
    public static Heard replay(Week week, List<Path> topicFiles, Path dir) throws Exception {
        try (FakeBotApi telegram = new FakeBotApi().start();
                FeedServer server = new FeedServer()) {
            Map<String, String> paths = new LinkedHashMap<>();
            for (String outlet : week.outlets()) {
                paths.put(outlet, "/outlet-" + (paths.size() + 1) + ".xml");
                server.publish(paths.get(outlet), new Rss().xml());
            }
            Config config = config(telegram, server, paths, topicFiles, dir);
            JumpingClock clock = new JumpingClock(
                    week.reports().get(0).published().toInstant().minus(TICK));
            Stores stores = Stores.open(config.storage(), clock);
            stores.subscriptions()
                    .subscribe(
                            CHAT,
                            "private",
                            config.topics().stream().map(Topic::id).collect(java.util.stream.Collectors.toSet()));
            Deliverer deliverer = deliverer(config, stores, telegram, clock);
            Thread sender = new Thread(deliverer, "week-replay-sender");
            sender.start();
            try {
                Pipeline pipeline = Pipeline.of(config, stores, deliverer::wake, FeedAlerts.LOG_ONLY, clock);
                play(week, server, paths, pipeline, stores, clock);
            } finally {
                deliverer.stop();
                sender.join(10_000);
            }
            return Heard.of(
                    week,
                    telegram.messagesTo(CHAT),
                    telegram.edits(),
                    matched(((talkwatch.store.Storage.Sqlite) config.storage()).file()));
        }
    }

    /** Publishes the reports as their time comes and polls, five minutes at a time, each time the chat is served. */
    private static void play(
            Week week,
            FeedServer server,
            Map<String, String> paths,
            Pipeline pipeline,
            Stores stores,
            JumpingClock clock) {
        Map<String, Rss> feeds = new HashMap<>();
        Map<String, List<Week.Report>> carried = new HashMap<>();
        Instant tick = clock.instant();
        int next = 0;
        List<Week.Report> reports = week.reports();
        while (next < reports.size()) {
            while (!reports.get(next).published().toInstant().isAfter(tick)) {
                Week.Report report = reports.get(next++);
                carried.computeIfAbsent(report.outlet(), o -> new ArrayList<>()).add(report);
                if (next == reports.size()) {
                    break;
                }
            }
            if (!carried.isEmpty()) {
                clock.jumpTo(tick);
                for (Map.Entry<String, List<Week.Report>> outlet : carried.entrySet()) {
                    Rss rss = feeds.computeIfAbsent(outlet.getKey(), o -> new Rss());
                    outlet.getValue().forEach(report -> rss.add(item(report)));
                    server.publish(paths.get(outlet.getKey()), rss.newest(FEED_LENGTH));
                }
                carried.clear();
                pipeline.pollAll();
                Awaitility.await()
                        .atMost(Duration.ofMinutes(2))
                        .pollInterval(Duration.ofMillis(50))
                        .until(() -> stores.outbox().pending() == 0);
            }
            tick = tick.plus(TICK);
        }
    }

    /** The keys of the articles matched to a topic. */
    private static Set<String> matched(Path database) throws java.sql.SQLException {
        Set<String> keys = new java.util.HashSet<>();
        try (java.sql.Connection connection = java.sql.DriverManager.getConnection("jdbc:sqlite:" + database);
                java.sql.ResultSet rows = connection
                        .createStatement()
                        .executeQuery("SELECT DISTINCT a.article_key FROM article a"
                                + " JOIN article_topic t ON t.article_id = a.id")) {
            while (rows.next()) {
                keys.add(rows.getString(1));
            }
        }
        return keys;
    }

    private static Rss.Item item(Week.Report report) {
        return new Rss.Item(report.guid(), report.headline(), "<p>" + report.text() + "</p>", report.published());
    }

    private static Deliverer deliverer(Config config, Stores stores, FakeBotApi telegram, Clock clock) {
        Deliverer.Options options = Deliverer.Options.of(config.delivery());
        return new Deliverer(
                stores.outbox(),
                stores.subscriptions(),
                new OkHttpTelegramClient(
                        TelegramHttp.client(options.concurrency()), telegram.token(), telegram.telegramUrl()),
                new MessageFormatter(new TimeDisplay(config.telegram().timeZone())),
                options,
                new Pacer(config.delivery(), clock.instant()),
                clock);
    }

    /** The shipped configuration with the week's outlets as its feeds and the extra topics after its own. */
    private static Config config(
            FakeBotApi telegram, FeedServer server, Map<String, String> paths, List<Path> topicFiles, Path dir) {
        ObjectNode root = ShippedConfig.with(topicFiles);
        ArrayNode feeds = root.putArray("feeds");
        paths.forEach((outlet, path) -> feeds.addObject()
                .put("id", path.substring(1, path.indexOf('.')))
                .put("name", outlet)
                .put("url", server.url(path).toString()));
        return ShippedConfig.load(
                root,
                dir,
                Map.of(
                        ConfigLoader.TOKEN_VARIABLE,
                        telegram.token(),
                        ConfigLoader.API_URL_VARIABLE,
                        telegram.baseUrl(),
                        "TALKWATCH_DB",
                        dir.resolve("talkwatch.db").toString()));
    }

    /**
     * What one chat subscribed to every topic heard of a week, story by story.
     *
     * @param stories the week's stories about the talks
     * @param rang stories about the talks that came in at least one message that rang
     * @param extraRings messages that rang for a story about the talks that had already rung
     * @param muted stories about the talks that came only silently (as a follow-up of another story)
     * @param lost stories about the talks that came in no message of their own, though matched: taken for others
     * @param missed stories about the talks none of whose reports was matched to a topic
     * @param offTopic stories not about the talks that came in a message all the same
     * @param rings messages that rang
     * @param silent messages that came without a sound
     * @param edits messages edited (another outlet added to a story already sent)
     */
    public record Heard(
            int stories,
            int rang,
            int extraRings,
            int muted,
            int lost,
            int missed,
            int offTopic,
            int rings,
            int silent,
            int edits,
            List<String> problems) {

        static final Heard NONE = new Heard(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, List.of());
        static final String HEADER = "stories | rang | extra rings per story | muted | lost | missed by matching |"
                + " off-topic sent | messages that rang | silent | edits";
        static final String ALIGN = "---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---:";

        static Heard of(Week week, List<SentMessage> messages, List<SentMessage> edits, Set<String> matched) {
            Map<String, Week.Report> byGuid = new HashMap<>();
            Map<String, List<Week.Report>> byStory = new LinkedHashMap<>();
            for (Week.Report report : week.reports()) {
                byGuid.put(report.guid(), report);
                byStory.computeIfAbsent(report.story(), s -> new ArrayList<>()).add(report);
            }
            Map<String, Integer> rings = new HashMap<>();
            Map<String, Integer> quiet = new HashMap<>();
            int ringing = 0;
            int silent = 0;
            for (SentMessage message : messages) {
                boolean rang = !message.silent();
                if (rang) {
                    ringing++;
                } else {
                    silent++;
                }
                Matcher link = TITLE_LINK.matcher(message.text());
                Set<String> told = new java.util.LinkedHashSet<>();
                while (link.find()) {
                    Week.Report report = byGuid.get(link.group(1));
                    if (report != null) {
                        told.add(report.story());
                    }
                }
                for (String story : told) {
                    (rang ? rings : quiet).merge(story, 1, Integer::sum);
                }
            }
            int stories = 0;
            int rang = 0;
            int extra = 0;
            int muted = 0;
            int lost = 0;
            int missed = 0;
            int offTopic = 0;
            List<String> problems = new ArrayList<>();
            for (Map.Entry<String, List<Week.Report>> story : byStory.entrySet()) {
                String label = story.getKey();
                Week.Report first = story.getValue().get(0);
                int rung = rings.getOrDefault(label, 0);
                int hushed = quiet.getOrDefault(label, 0);
                if (!first.onTopic()) {
                    if (rung + hushed > 0) {
                        offTopic++;
                        problems.add("off-topic sent: " + label + " «" + first.headline() + "»");
                    }
                    continue;
                }
                stories++;
                if (rung > 0) {
                    rang++;
                    extra += rung - 1;
                    if (rung > 1) {
                        problems.add(rung + " rings: " + label + " «" + first.headline() + "»");
                    }
                } else if (hushed > 0) {
                    muted++;
                    problems.add("muted: " + label + " «" + first.headline() + "»");
                } else if (story.getValue().stream().anyMatch(r -> matched.contains(r.guid()))) {
                    lost++;
                    problems.add("lost: " + label + " «" + first.headline() + "»"
                            + namedUnder(story.getValue(), messages, edits, byGuid));
                } else {
                    missed++;
                    problems.add("missed: " + label + " «" + first.headline() + "»");
                }
            }
            return new Heard(
                    stories, rang, extra, muted, lost, missed, offTopic, ringing, silent, edits.size(), problems);
        }

        /** Under whose message a lost story's outlets were named: « as «headline»», or nothing when under none. */
        private static String namedUnder(
                List<Week.Report> reports,
                List<SentMessage> messages,
                List<SentMessage> edits,
                Map<String, Week.Report> byGuid) {
            for (List<SentMessage> sent : List.of(edits, messages)) {
                for (SentMessage message : sent) {
                    for (Week.Report report : reports) {
                        if (message.text().contains(NEWS + report.guid() + "\"")) {
                            Matcher link = TITLE_LINK.matcher(message.text());
                            if (link.find() && byGuid.containsKey(link.group(1))) {
                                return " as «" + byGuid.get(link.group(1)).headline() + "»";
                            }
                        }
                    }
                }
            }
            return "";
        }

        public double extraPerStory() {
            return stories == 0 ? 0 : (double) extraRings / stories;
        }

        Heard plus(Heard other) {
            List<String> all = new ArrayList<>(problems);
            all.addAll(other.problems);
            return new Heard(
                    stories + other.stories,
                    rang + other.rang,
                    extraRings + other.extraRings,
                    muted + other.muted,
                    lost + other.lost,
                    missed + other.missed,
                    offTopic + other.offTopic,
                    rings + other.rings,
                    silent + other.silent,
                    edits + other.edits,
                    all);
        }

        String row() {
            return String.format(
                    "%d | %d | %.2f | %d | %d | %d | %d | %d | %d | %d",
                    stories, rang, extraPerStory(), muted, lost, missed, offTopic, rings, silent, edits);
        }
    }

    /**
     * Real time, shifted: it runs as the wall clock does (the sender paces messages in real seconds) and jumps ahead
     * to the week's next poll when told.
     */
    static final class JumpingClock extends Clock {
        private volatile Duration shift;

        JumpingClock(Instant start) {
            this.shift = Duration.between(Instant.now(), start);
        }

        /** Moves to {@code at}, if it is ahead. */
        void jumpTo(Instant at) {
            Instant now = instant();
            if (at.isAfter(now)) {
                shift = shift.plus(Duration.between(now, at));
            }
        }

        @Override
        public Instant instant() {
            return Instant.now().plus(shift);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException("replays run in UTC");
        }
    }
}
