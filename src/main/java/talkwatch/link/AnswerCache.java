package talkwatch.link;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The answers to links asked for within the last hour, by URL: the same link asked again (by anyone) is answered
 * without fetching it again. At most {@value #MAX} links, the least recently asked forgotten first. Thread-safe.
 */
final class AnswerCache {

    static final int MAX = 500;
    static final Duration KEEP = Duration.ofHours(1);

    private record Entry(LinkSummaries.Answer answer, Instant at) {}

    private final Clock clock;
    private final Map<String, Entry> answers = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
            return size() > MAX;
        }
    };

    AnswerCache(Clock clock) {
        this.clock = clock;
    }

    synchronized Optional<LinkSummaries.Answer> get(String url) {
        Entry entry = answers.get(url);
        if (entry == null) {
            return Optional.empty();
        }
        if (Duration.between(entry.at(), clock.instant()).compareTo(KEEP) >= 0) {
            answers.remove(url);
            return Optional.empty();
        }
        return Optional.of(entry.answer());
    }

    synchronized void put(String url, LinkSummaries.Answer answer) {
        answers.put(url, new Entry(answer, clock.instant()));
    }
}
