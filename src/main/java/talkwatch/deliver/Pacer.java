package talkwatch.deliver;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import talkwatch.store.SendSlots;

/**
 * Keeps sending inside Telegram's flood limits with token buckets: one overall, one per chat (short
 * bursts allowed) and one per group or channel (per minute), plus the pauses a 429 asked for. The
 * buckets are sized so that any one-second window holds at most {@code globalPerSecond + 1} messages
 * overall, and any one-minute window at most {@code perGroupPerMinute} to one group. Shared by the delivery
 * loop and the bot's {@link Replies}, so that an answer to a command counts against the same limits as a
 * summary; thread-safe.
 */
public final class Pacer {

    static final int CHAT_BURST = 3;
    static final int GROUP_BURST = 3;

    private final DeliveryLimits limits;
    private final GlobalRate global;
    private final Map<Long, TokenBucket> chats = new HashMap<>();
    private final Map<Long, TokenBucket> groups = new HashMap<>();
    private final Map<Long, Instant> chatPauses = new HashMap<>();
    private int pruneAbove = 10_000;

    public Pacer(DeliveryLimits limits, Instant now) {
        this(limits, new LocalRate(limits.globalPerSecond(), now));
    }

    private Pacer(DeliveryLimits limits, GlobalRate global) {
        this.limits = limits;
        this.global = global;
    }

    /**
     * For one of several instances on one PostgreSQL database: the overall rate is the cluster's, shared through
     * {@code slots} with the other instances, the chats' own limits this instance's.
     */
    public static Pacer shared(DeliveryLimits limits, SendSlots slots, Instant now) {
        return new Pacer(limits, new SharedRate(slots, limits.globalPerSecond(), now));
    }

    /** The earliest moment a message to this chat may go out, as far as the chat's own limits go. */
    synchronized Instant chatReadyAt(long chatId, boolean group, Instant now) {
        Instant ready = max(now, chatPauses.getOrDefault(chatId, Instant.EPOCH));
        TokenBucket chat = chats.get(chatId);
        if (chat != null) {
            ready = max(ready, chat.readyAt(now));
        }
        TokenBucket groupBucket = group ? groups.get(chatId) : null;
        if (groupBucket != null) {
            ready = max(ready, groupBucket.readyAt(now));
        }
        return ready;
    }

    /** The earliest moment any message may go out: the overall rate and a bot-wide pause. */
    synchronized Instant globalReadyAt(Instant now) {
        return global.readyAt(now);
    }

    /** Counts {@code messages} sent to the chat now. */
    synchronized void take(long chatId, boolean group, int messages, Instant now) {
        global.take(messages, now);
        chats.computeIfAbsent(chatId, id -> new TokenBucket(CHAT_BURST, limits.perChatPerSecond(), now))
                .take(messages, now);
        if (group) {
            // burst + rate × 60 s = the per-minute limit, so no one-minute window holds more.
            double perSecond = Math.max(1, limits.perGroupPerMinute() - GROUP_BURST) / 60.0;
            int burst = Math.min(GROUP_BURST, limits.perGroupPerMinute());
            groups.computeIfAbsent(chatId, id -> new TokenBucket(burst, perSecond, now))
                    .take(messages, now);
        }
        if (chats.size() > pruneAbove) {
            prune(now);
            pruneAbove = Math.max(10_000, 2 * chats.size());
        }
    }

    synchronized void pauseChat(long chatId, Instant until) {
        chatPauses.merge(chatId, until, Pacer::max);
    }

    /** Nothing goes out before {@code until}, in any chat (of any instance, when the rate is shared). */
    synchronized void pauseAll(Instant now, Instant until) {
        global.pauseUntil(now, until);
    }

    /** When a message may go, and whether it was booked for then. */
    record Turn(Instant at, boolean booked) {}

    /**
     * Books one message to the chat if every limit lets it go by {@code now + slack}; otherwise books nothing (a
     * booking far ahead would hold up the overall rate for every chat) and tells when to ask again.
     */
    synchronized Turn book(long chatId, boolean group, Instant now, Duration slack) {
        Instant at = max(chatReadyAt(chatId, group, now), globalReadyAt(now));
        if (at.isAfter(now.plus(slack))) {
            return new Turn(at, false);
        }
        take(chatId, group, 1, at);
        return new Turn(at, true);
    }

    private void prune(Instant now) {
        chats.values().removeIf(bucket -> bucket.isFull(now));
        groups.values().removeIf(bucket -> bucket.isFull(now));
        chatPauses.values().removeIf(until -> !until.isAfter(now));
    }

    static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
