package talkwatch.fake;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The errors the fake has been told to give, with Telegram's codes and descriptions
 * (https://core.telegram.org/bots/api#making-requests, https://core.telegram.org/bots/faq). Thread-safe.
 */
final class Faults {

    /** Methods that deliver something to a chat, and so are rate limited by Telegram. */
    private static final Set<String> SENDING =
            Set.of("sendmessage", "editmessagetext", "editmessagereplymarkup", "sendphoto", "senddocument");

    private final Map<String, Deque<ApiReply>> nextFailures = new HashMap<>();
    private final Map<Long, ApiReply> chatFailures = new ConcurrentHashMap<>();
    private final Map<String, Integer> drops = new HashMap<>();
    private final Deque<Long> recentSends = new ArrayDeque<>();
    private final AtomicInteger tooManyRequests = new AtomicInteger();
    /** When each send or edit came in (System.nanoTime), for {@link #busiestSecond}. */
    private final List<Long> sendTimes = new java.util.ArrayList<>();

    private volatile Duration delay = Duration.ZERO;
    private volatile int sendsPerSecond;

    synchronized void failNext(String method, ApiReply failure) {
        nextFailures
                .computeIfAbsent(ApiCall.canonical(method), m -> new ArrayDeque<>())
                .add(failure);
    }

    synchronized void dropNext(String method) {
        drops.merge(ApiCall.canonical(method), 1, Integer::sum);
    }

    /** Whether the connection of this call is to be dropped once it was handled; counts down. */
    synchronized boolean takeDrop(ApiCall call) {
        Integer left = drops.get(call.method());
        if (left == null || left == 0) {
            return false;
        }
        drops.put(call.method(), left - 1);
        return true;
    }

    void failChat(long chatId, ApiReply failure) {
        chatFailures.put(chatId, failure);
    }

    void delay(Duration delay) {
        this.delay = delay;
    }

    synchronized void enforceRate(int perSecond) {
        sendsPerSecond = perSecond;
        recentSends.clear();
    }

    int tooManyRequestsSent() {
        return tooManyRequests.get();
    }

    /** The most sends and edits that came in within any one second. */
    int busiestSecond() {
        List<Long> times;
        synchronized (sendTimes) {
            times = new java.util.ArrayList<>(sendTimes);
        }
        java.util.Collections.sort(times);
        int most = 0;
        for (int from = 0, to = 0; from < times.size(); from++) {
            while (to < times.size() && times.get(to) - times.get(from) < 1_000_000_000L) {
                to++;
            }
            most = Math.max(most, to - from);
        }
        return most;
    }

    /** Sleeps for the configured delay; getUpdates is never delayed, it has its own timeout. */
    void await(ApiCall call) throws InterruptedException {
        if (!call.method().equals("getupdates") && !delay.isZero()) {
            Thread.sleep(delay.toMillis());
        }
    }

    /** The failure {@code call} gets instead of its normal answer, if any. */
    Optional<ApiReply> failureFor(ApiCall call) {
        if (SENDING.contains(call.method())) {
            synchronized (sendTimes) {
                sendTimes.add(System.nanoTime());
            }
        }
        Optional<ApiReply> failure = takeNextFailure(call.method()).or(() -> overRate(call));
        failure.filter(reply -> reply.status() == 429).ifPresent(reply -> tooManyRequests.incrementAndGet());
        return failure;
    }

    /** The failure for sending to {@code chatId}: blocked, migrated or unknown chat. */
    Optional<ApiReply> failureForChat(long chatId) {
        return Optional.ofNullable(chatFailures.get(chatId));
    }

    private synchronized Optional<ApiReply> takeNextFailure(String method) {
        Deque<ApiReply> failures = nextFailures.get(method);
        return failures == null ? Optional.empty() : Optional.ofNullable(failures.poll());
    }

    private synchronized Optional<ApiReply> overRate(ApiCall call) {
        if (sendsPerSecond <= 0 || !SENDING.contains(call.method())) {
            return Optional.empty();
        }
        long now = System.nanoTime();
        while (!recentSends.isEmpty() && now - recentSends.peek() >= 1_000_000_000L) {
            recentSends.poll();
        }
        if (recentSends.size() >= sendsPerSecond) {
            return Optional.of(ApiReply.retryAfter(1));
        }
        recentSends.add(now);
        return Optional.empty();
    }
}
