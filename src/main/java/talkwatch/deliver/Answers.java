package talkwatch.deliver;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Where the send workers leave Telegram's answers for the delivery loop, and where {@link Deliverer#wake}
 * leaves its wake-up. The loop records the answers in batches: it sleeps until enough of them are in, not
 * once per answer. Thread-safe.
 */
final class Answers {

    private final ArrayDeque<Sender.Result> results = new ArrayDeque<>();
    private boolean woken;
    private boolean stopped;
    /** How many answers the loop waits for: fewer do not wake it. */
    private int wanted = 1;

    synchronized void add(Sender.Result result) {
        results.add(result);
        if (results.size() >= wanted) {
            notifyAll();
        }
    }

    synchronized void wake() {
        woken = true;
        notifyAll();
    }

    synchronized void stop() {
        stopped = true;
        notifyAll();
    }

    /** Answers in, not yet taken. */
    synchronized int waiting() {
        return results.size();
    }

    /** Gives back answers taken by {@link #drain} that could not be recorded, for the next try. */
    synchronized void putBack(List<Sender.Result> taken) {
        for (int i = taken.size() - 1; i >= 0; i--) {
            results.addFirst(taken.get(i));
        }
    }

    synchronized List<Sender.Result> drain() {
        List<Sender.Result> drained = new ArrayList<>(results);
        results.clear();
        return drained;
    }

    /** Waits up to {@code millis} until {@code count} answers are in (or a stop); wake-ups are left for later. */
    synchronized void awaitAnswers(int count, long millis) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
        wanted = Math.max(1, count);
        try {
            while (results.size() < count && !stopped) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return;
                }
                TimeUnit.NANOSECONDS.timedWait(this, left);
            }
        } finally {
            wanted = 1;
        }
    }

    /**
     * Waits up to {@code millis} for a wake-up, an answer or a stop; returns true (and forgets it) if it was
     * a wake-up.
     */
    synchronized boolean awaitWakeOrAnswer(long millis) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
        while (!woken && results.isEmpty() && !stopped) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                break;
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
        boolean wasWoken = woken;
        woken = false;
        return wasWoken;
    }
}
