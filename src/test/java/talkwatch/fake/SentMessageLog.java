package talkwatch.fake;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What the bot sent and edited, in order, and the current version of each message. Thread-safe. */
final class SentMessageLog {

    private final List<SentMessage> sends = new ArrayList<>();
    private final List<SentMessage> edits = new ArrayList<>();
    private final Map<String, SentMessage> current = new HashMap<>();
    private final Map<Long, Integer> counts = new HashMap<>();
    private volatile boolean countOnly;

    /** Keeps only how many messages went to each chat, not the messages: for benchmarks of 100,000 sends. */
    void countOnly() {
        countOnly = true;
    }

    synchronized void recordSend(SentMessage message) {
        counts.merge(message.chatId(), 1, Integer::sum);
        if (countOnly) {
            return;
        }
        sends.add(message);
        current.put(key(message.chatId(), message.messageId()), message);
        notifyAll();
    }

    /** How many messages went to each chat, in count-only mode too. */
    synchronized Map<Long, Integer> counts() {
        return Map.copyOf(counts);
    }

    synchronized void recordEdit(SentMessage message) {
        edits.add(message);
        current.put(key(message.chatId(), message.messageId()), message);
        notifyAll();
    }

    synchronized Optional<SentMessage> current(long chatId, int messageId) {
        return Optional.ofNullable(current.get(key(chatId, messageId)));
    }

    synchronized List<SentMessage> sends() {
        return List.copyOf(sends);
    }

    synchronized List<SentMessage> edits() {
        return List.copyOf(edits);
    }

    synchronized List<SentMessage> sendsTo(long chatId) {
        return sends.stream().filter(message -> message.chatId() == chatId).toList();
    }

    /** Waits until {@code count} messages went to {@code chatId}, or fails listing what arrived. */
    synchronized List<SentMessage> awaitSendsTo(long chatId, int count, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (sendsTo(chatId).size() < count) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError(String.format(
                        "expected %d message(s) to chat %d within %s, got %d: %s; all sends: %s",
                        count, chatId, timeout, sendsTo(chatId).size(), texts(sendsTo(chatId)), describe(sends)));
            }
            wait(Math.max(1, left / 1_000_000));
        }
        return sendsTo(chatId);
    }

    private static List<String> texts(List<SentMessage> messages) {
        return messages.stream().map(SentMessage::text).toList();
    }

    private static List<String> describe(List<SentMessage> messages) {
        return messages.stream()
                .map(message -> message.chatId() + ": " + message.text())
                .toList();
    }

    private static String key(long chatId, int messageId) {
        return chatId + "/" + messageId;
    }
}
