package talkwatch.deliver;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * Keeps sending inside Telegram's flood limits: an overall rate, one message per second per chat, and
 * twenty per minute per group. After a 429 everything waits for the time Telegram asked for.
 */
final class Pacer {

    private static final Duration PER_CHAT = Duration.ofSeconds(1);
    private static final Duration GROUP_WINDOW = Duration.ofMinutes(1);
    private static final int PER_GROUP_PER_WINDOW = 20;

    private final Duration globalInterval;
    private final Map<Long, Instant> lastToChat = new HashMap<>();
    private final Map<Long, Deque<Instant>> recentToGroup = new HashMap<>();
    private Instant nextGlobal = Instant.EPOCH;
    private Instant pausedUntil = Instant.EPOCH;

    Pacer(int globalPerSecond) {
        this.globalInterval = Duration.ofNanos(1_000_000_000L / globalPerSecond);
    }

    /** The earliest moment a message to this chat may go out. */
    Instant readyAt(long chatId, boolean group) {
        Instant ready = max(nextGlobal, pausedUntil);
        Instant last = lastToChat.get(chatId);
        if (last != null) {
            ready = max(ready, last.plus(PER_CHAT));
        }
        Deque<Instant> recent = recentToGroup.get(chatId);
        if (group && recent != null && recent.size() >= PER_GROUP_PER_WINDOW) {
            ready = max(ready, recent.peekFirst().plus(GROUP_WINDOW));
        }
        return ready;
    }

    void sent(long chatId, boolean group, Instant at) {
        nextGlobal = max(nextGlobal, at).plus(globalInterval);
        lastToChat.put(chatId, at);
        if (group) {
            Deque<Instant> recent = recentToGroup.computeIfAbsent(chatId, id -> new ArrayDeque<>());
            recent.addLast(at);
            while (recent.size() > PER_GROUP_PER_WINDOW) {
                recent.removeFirst();
            }
        }
        if (lastToChat.size() > 100_000) {
            Instant old = at.minus(PER_CHAT);
            lastToChat.values().removeIf(time -> time.isBefore(old));
        }
    }

    void pauseUntil(Instant until) {
        pausedUntil = max(pausedUntil, until);
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
