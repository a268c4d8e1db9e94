package talkwatch.fake;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Pending updates, served by long polling with getUpdates semantics
 * (https://core.telegram.org/bots/api#getupdates): asking with {@code offset} confirms every update
 * with a lower id, and confirmed updates are never returned again. Thread-safe.
 */
final class UpdateQueue {

    /** What Telegram leaves out unless asked for by name (https://core.telegram.org/bots/api#getupdates). */
    private static final Set<String> NOT_BY_DEFAULT =
            Set.of("chat_member", "message_reaction", "message_reaction_count");

    private final List<ObjectNode> pending = new ArrayList<>();
    private int lastUpdateId;
    private boolean closed;
    /** The update types the bot last asked for with allowed_updates; empty: the default. */
    private Set<String> allowed = Set.of();

    /** allowed_updates of a getUpdates call: kept until the next call names others; an empty list keeps the last. */
    synchronized void allow(Set<String> types) {
        if (!types.isEmpty()) {
            allowed = Set.copyOf(types);
        }
    }

    /** Gives {@code update} the next update_id and queues it, waking a waiting poll. */
    synchronized int add(ObjectNode update) {
        int updateId = ++lastUpdateId;
        ObjectNode withId = ApiReply.JSON.createObjectNode().put("update_id", updateId);
        withId.setAll(update);
        pending.add(withId);
        notifyAll();
        return updateId;
    }

    /**
     * Confirms the updates below {@code offset} (when positive), then waits up to {@code timeout} for
     * at least one update. Returns at once, empty, when the queue is closed.
     */
    synchronized List<ObjectNode> poll(long offset, int limit, Duration timeout) throws InterruptedException {
        if (offset > 0) {
            pending.removeIf(update -> update.get("update_id").asLong() < offset);
        }
        // Telegram never sends what the bot did not ask for
        pending.removeIf(update -> !isAllowed(update));
        long deadline = System.nanoTime() + timeout.toNanos();
        while (pending.isEmpty() && !closed) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                break;
            }
            wait(Math.max(1, left / 1_000_000));
        }
        List<ObjectNode> batch = new ArrayList<>();
        List<ObjectNode> source =
                offset < 0 ? pending.subList(Math.max(0, pending.size() + (int) offset), pending.size()) : pending;
        for (ObjectNode update : source) {
            if (batch.size() == limit) {
                break;
            }
            batch.add(update.deepCopy());
        }
        return batch;
    }

    /**
     * The first pending update the bot asked for, waiting up to {@code timeout} for one; it stays pending until {@link
     * #confirm}ed. For the webhook, which sends one update at a time.
     */
    synchronized Optional<ObjectNode> first(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!closed) {
            pending.removeIf(update -> !isAllowed(update));
            if (!pending.isEmpty()) {
                return Optional.of(pending.get(0).deepCopy());
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                break;
            }
            wait(Math.max(1, left / 1_000_000));
        }
        return Optional.empty();
    }

    /** The webhook took {@code updateId}: it is never sent again. */
    synchronized void confirm(long updateId) {
        pending.removeIf(update -> update.get("update_id").asLong() == updateId);
    }

    /** Updates waiting to be taken, by getUpdates or the webhook. */
    synchronized int pending() {
        return pending.size();
    }

    /** The id the next update gets, taken now, for an update a test sends to the webhook itself. */
    synchronized int nextId() {
        return ++lastUpdateId;
    }

    private boolean isAllowed(ObjectNode update) {
        Iterator<String> fields = update.fieldNames();
        while (fields.hasNext()) {
            String type = fields.next();
            if (!type.equals("update_id")) {
                return allowed.isEmpty() ? !NOT_BY_DEFAULT.contains(type) : allowed.contains(type);
            }
        }
        return true;
    }

    /** Releases every waiting poll; later polls return at once. */
    synchronized void close() {
        closed = true;
        notifyAll();
    }
}
