package talkwatch.fake;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Pending updates, served by long polling with getUpdates semantics
 * (https://core.telegram.org/bots/api#getupdates): asking with {@code offset} confirms every update
 * with a lower id, and confirmed updates are never returned again. Thread-safe.
 */
final class UpdateQueue {

    private final List<ObjectNode> pending = new ArrayList<>();
    private int lastUpdateId;
    private boolean closed;

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

    /** Releases every waiting poll; later polls return at once. */
    synchronized void close() {
        closed = true;
        notifyAll();
    }
}
