package talkwatch.deliver;

import java.util.List;
import java.util.Optional;
import talkwatch.store.Delivery;

/**
 * One message (or the remaining parts of a split one) on its way to a chat, and the deliveries it
 * settles: one, or several folded into a digest.
 */
record Outgoing(
        long chatId,
        boolean group,
        Optional<Integer> threadId,
        List<Delivery> deliveries,
        List<String> parts,
        int firstPart) {

    int messages() {
        return parts.size() - firstPart;
    }

    int attempts() {
        return deliveries.stream().mapToInt(Delivery::attempts).max().orElse(0);
    }

    List<Long> ids() {
        return deliveries.stream().map(Delivery::id).toList();
    }
}
