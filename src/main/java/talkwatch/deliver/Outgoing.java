package talkwatch.deliver;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import talkwatch.store.Delivery;

/**
 * One message (or the remaining parts of a split one) on its way to a chat, the deliveries it settles
 * (one, several folded into a digest, or several edits of one message), and the moment the pacing lets it go out.
 *
 * @param form whether it is sent with a sound, sent silently, or edits a message already sent
 * @param refersTo the message a silent follow-up replies to, or the message an edit changes
 */
record Outgoing(
        long chatId,
        boolean group,
        Optional<Integer> threadId,
        List<Delivery> deliveries,
        List<String> parts,
        int firstPart,
        Instant notBefore,
        Form form,
        Optional<Long> refersTo) {

    /** How the message reaches the chat. */
    enum Form {
        /** A new message, with the chat's notification. */
        RINGING,
        /** A new message without a sound, replying to {@link #refersTo} when given. */
        SILENT,
        /** The text of the message {@link #refersTo} replaced. */
        EDIT
    }

    /** A new message that rings. */
    Outgoing(
            long chatId,
            boolean group,
            Optional<Integer> threadId,
            List<Delivery> deliveries,
            List<String> parts,
            int firstPart,
            Instant notBefore) {
        this(chatId, group, threadId, deliveries, parts, firstPart, notBefore, Form.RINGING, Optional.empty());
    }

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
