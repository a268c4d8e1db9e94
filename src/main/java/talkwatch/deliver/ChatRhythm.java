package talkwatch.deliver;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import talkwatch.store.Delivery;

/**
 * A chat's own rhythm, as its settings ask: the narrow questions the delivery loop puts for each chat it sends to.
 * Whether its due summaries go now or wait for its digest, whether a message arrives silently, whether Telegram shows
 * a link preview, and the clock its times are shown in. {@link #instant} is the rhythm of every chat by default.
 * Implementations are thread-safe: the send workers ask too.
 */
public interface ChatRhythm {

    /**
     * What to do with a chat's due deliveries now.
     *
     * @param ready the deliveries to send now: each one as it comes, or all folded into the chat's digest
     * @param held the deliveries that wait, each until the moment it may go (its digest time)
     * @param digest whether {@code ready} is the chat's digest
     */
    record Plan(List<Delivery> ready, Map<Long, Instant> held, boolean digest) {

        public Plan {
            ready = List.copyOf(ready);
            held = Map.copyOf(held);
        }

        /** Everything now, each as it comes. */
        public static Plan now(List<Delivery> due) {
            return new Plan(due, Map.of(), false);
        }
    }

    /** Splits a chat's due deliveries (all to the same chat) into those that go now and those that wait. */
    Plan plan(long chatId, List<Delivery> due, Instant now);

    /** The messages of the digest that folds {@code deliveries}, the ready ones of a digest plan, sent at {@code at}. */
    List<String> digest(long chatId, List<Delivery> deliveries, Instant at);

    /** Whether a message that goes to the chat at {@code at} arrives silently (Telegram's disable_notification). */
    boolean silent(long chatId, Instant at);

    /** Whether Telegram shows a preview of the first link of the chat's summaries. */
    boolean previews(long chatId);

    /** The formatter of the chat's summaries, with times on its clock. */
    MessageFormatter formatter(long chatId);

    /** Every chat the same: each summary at once, never silent, no previews, times by {@code formatter}. */
    static ChatRhythm instant(MessageFormatter formatter) {
        Objects.requireNonNull(formatter, "formatter");
        return new ChatRhythm() {
            @Override
            public Plan plan(long chatId, List<Delivery> due, Instant now) {
                return Plan.now(due);
            }

            @Override
            public List<String> digest(long chatId, List<Delivery> deliveries, Instant at) {
                throw new IllegalStateException("no chat has a digest");
            }

            @Override
            public boolean silent(long chatId, Instant at) {
                return false;
            }

            @Override
            public boolean previews(long chatId) {
                return false;
            }

            @Override
            public MessageFormatter formatter(long chatId) {
                return formatter;
            }
        };
    }
}
