package talkwatch.rhythm;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import talkwatch.deliver.ChatRhythm;
import talkwatch.deliver.DigestFormatter;
import talkwatch.deliver.MessageFormatter;
import talkwatch.deliver.TimeDisplay;
import talkwatch.match.Topic;
import talkwatch.store.ChatSettings;
import talkwatch.store.ChatSettingsStore;
import talkwatch.store.Delivery;
import talkwatch.store.DigestReads;
import talkwatch.store.Outlet;
import talkwatch.store.StoredArticle;
import talkwatch.store.SubscriptionStore;

/**
 * Every chat's rhythm as its {@link ChatSettings} say, for the delivery loop. A summary for a chat in digest mode waits
 * for the first digest time after it was queued (or after the chat last changed its digest or zone, if later); at that
 * time everything that waited is one digest. Nothing else decides when a digest is due, so a digest whose time passed
 * while the bot was down goes out, once, as soon as it runs again: what waited for it is due, what came after waits for
 * the next one. Thread-safe.
 */
public final class Rhythms implements ChatRhythm {

    private final ChatSettingsStore settings;
    private final DigestReads reads;
    private final SubscriptionStore subscriptions;
    private final List<Topic> topics;
    private final ZoneId defaultZone;
    private final Words words;
    private final Map<ZoneId, MessageFormatter> formatters = new ConcurrentHashMap<>();

    /**
     * The Arabic words of a digest.
     *
     * @param other the heading of the stories of talks no longer configured
     */
    public record Words(DigestFormatter.Words digest, String other) {}

    /**
     * @param topics the configured talks, in the order digests group them
     * @param defaultZone {@code telegram.timeZone}: the clock of a chat that chose none
     */
    public Rhythms(
            ChatSettingsStore settings,
            DigestReads reads,
            SubscriptionStore subscriptions,
            List<Topic> topics,
            ZoneId defaultZone,
            Words words) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.reads = Objects.requireNonNull(reads, "reads");
        this.subscriptions = Objects.requireNonNull(subscriptions, "subscriptions");
        this.topics = List.copyOf(topics);
        this.defaultZone = Objects.requireNonNull(defaultZone, "defaultZone");
        this.words = Objects.requireNonNull(words, "words");
    }

    @Override
    public Plan plan(long chatId, List<Delivery> due, Instant now) {
        ChatSettings chat = settings.get(chatId);
        if (chat.digest().isEmpty()) {
            return Plan.now(due);
        }
        Digest digest = chat.digest().get();
        ZoneId zone = zone(chat);
        Map<Long, Instant> queued =
                reads.queuedAt(due.stream().map(Delivery::id).toList());
        List<Delivery> ready = new ArrayList<>();
        Map<Long, Instant> held = new HashMap<>();
        for (Delivery delivery : due) {
            Instant since = queued.getOrDefault(delivery.id(), now);
            Instant slot = digest.next(since.isAfter(chat.rhythmSince()) ? since : chat.rhythmSince(), zone);
            if (slot.isAfter(now)) {
                held.put(delivery.id(), slot);
            } else {
                ready.add(delivery);
            }
        }
        return new Plan(ready, held, true);
    }

    @Override
    public List<String> digest(long chatId, List<Delivery> deliveries, Instant at) {
        ZoneId zone = zone(settings.get(chatId));
        List<StoredArticle> stories = stories(deliveries);
        Map<Long, List<String>> topicsOf =
                reads.topicsOf(stories.stream().map(StoredArticle::id).toList());
        Set<String> followed = subscriptions.topicsOf(chatId);
        Map<String, List<StoredArticle>> byTalk = new LinkedHashMap<>();
        topics.forEach(topic -> byTalk.put(topic.id(), new ArrayList<>()));
        List<StoredArticle> others = new ArrayList<>();
        for (StoredArticle story : stories) {
            List<String> ids = topicsOf.getOrDefault(story.id(), List.of());
            // each story once, under the first talk the chat follows, else its first talk
            String talk = topics.stream()
                    .map(Topic::id)
                    .filter(ids::contains)
                    .filter(followed::contains)
                    .findFirst()
                    .or(() ->
                            topics.stream().map(Topic::id).filter(ids::contains).findFirst())
                    .orElse(null);
            (talk == null ? others : byTalk.get(talk)).add(story);
        }
        List<DigestFormatter.Group> groups = new ArrayList<>();
        for (Topic topic : topics) {
            if (!byTalk.get(topic.id()).isEmpty()) {
                groups.add(new DigestFormatter.Group(topic.name(), byTalk.get(topic.id())));
            }
        }
        if (!others.isEmpty()) {
            groups.add(new DigestFormatter.Group(words.other(), others));
        }
        return new DigestFormatter(words.digest(), new TimeDisplay(zone)).format(at, groups);
    }

    /**
     * Each story once, oldest first: the first of its articles here, with the outlets of the others (its follow-ups,
     * its reports that reached this chat as messages of their own) named with its own.
     */
    private static List<StoredArticle> stories(List<Delivery> deliveries) {
        Map<Long, List<StoredArticle>> byStory = new LinkedHashMap<>();
        deliveries.stream()
                .sorted(Comparator.comparing((Delivery d) -> d.article().published())
                        .thenComparing(d -> d.article().id()))
                .forEach(d -> byStory.computeIfAbsent(d.storyId(), s -> new ArrayList<>())
                        .add(d.article()));
        List<StoredArticle> stories = new ArrayList<>();
        for (List<StoredArticle> story : byStory.values()) {
            StoredArticle first = story.get(0);
            List<Outlet> outlets = new ArrayList<>(first.alsoIn());
            for (StoredArticle other : story.subList(1, story.size())) {
                for (Outlet outlet : concat(new Outlet(other.sourceName(), other.link()), other.alsoIn())) {
                    if (!outlet.name().equals(first.sourceName())
                            && outlets.stream().noneMatch(o -> o.name().equals(outlet.name()))) {
                        outlets.add(outlet);
                    }
                }
            }
            stories.add(new StoredArticle(
                    first.id(),
                    first.title(),
                    first.link(),
                    first.summary(),
                    first.sourceName(),
                    first.published(),
                    outlets));
        }
        return stories;
    }

    private static List<Outlet> concat(Outlet one, List<Outlet> more) {
        List<Outlet> all = new ArrayList<>(1 + more.size());
        all.add(one);
        all.addAll(more);
        return all;
    }

    @Override
    public boolean silent(long chatId, Instant at) {
        ChatSettings chat = settings.get(chatId);
        return chat.quiet().map(quiet -> quiet.covers(at, zone(chat))).orElse(false);
    }

    @Override
    public boolean previews(long chatId) {
        return settings.get(chatId).previews();
    }

    @Override
    public MessageFormatter formatter(long chatId) {
        return formatters.computeIfAbsent(
                zone(settings.get(chatId)), zone -> new MessageFormatter(new TimeDisplay(zone)));
    }

    /** The chat's clock: its own zone, else {@code telegram.timeZone}. */
    public ZoneId zone(long chatId) {
        return zone(settings.get(chatId));
    }

    private ZoneId zone(ChatSettings chat) {
        return chat.zoneOr(defaultZone);
    }
}
