package talkwatch.deliver;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import talkwatch.store.Delivery;

/**
 * One message (or the remaining parts of a split one) on its way to a chat, the deliveries it settles
 * (one, or several folded into a digest), and the moment the pacing lets it go out.
 */
record Outgoing(
        long chatId,
        boolean group,
        Optional<Integer> threadId,
        List<Delivery> deliveries,
        List<String> parts,
        int firstPart,
        Instant notBefore) {

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
