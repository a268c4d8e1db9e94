package talkwatch.metrics;

import java.time.Duration;

/**
 * What the poll cycle and the sender count, for monitoring. Implementations are thread-safe: the feeds of a cycle and
 * the sends are counted from many threads at once.
 */
public interface Metrics {

    /** Counts nothing: without {@code metrics.listen}, and for the commands beside the bot. */
    Metrics NONE = new Metrics() {
        @Override
        public void pollCycle(Duration duration) {}

        @Override
        public void feedPolled(String status) {}

        @Override
        public void articlesRead(int fresh, int matched) {}

        @Override
        public void sent(Send outcome) {}
    };

    /** A poll cycle over the feeds ended after {@code duration}. */
    void pollCycle(Duration duration);

    /** A feed's pass in a cycle ended with {@code status}: ok, not_modified, error or skipped (not due). */
    void feedPolled(String status);

    /** A feed brought {@code fresh} articles never seen before, {@code matched} of them about a topic. */
    void articlesRead(int fresh, int matched);

    /** Telegram answered a message of the outbox (a summary, digest, follow-up or edit). */
    void sent(Send outcome);

    /** What became of one message the sender sent. */
    enum Send {
        /** Telegram took it. */
        SENT("sent"),
        /** Flood control: sent again after Telegram's {@code retry_after}. */
        FLOOD("429"),
        /** The chat blocked the bot, or is gone: it was deactivated. */
        BLOCKED("blocked"),
        /** Any other failure: a network or server error (tried again), a refusal for good, a group that moved. */
        ERROR("error");

        private final String label;

        Send(String label) {
            this.label = label;
        }

        /** Its value of the {@code outcome} label. */
        public String label() {
            return label;
        }
    }
}
