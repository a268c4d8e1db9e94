package talkwatch.deliver;

import java.time.Clock;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.LinkPreviewOptions;
import org.telegram.telegrambots.meta.api.objects.ReplyParameters;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;
import talkwatch.store.Delivery;
import talkwatch.store.Outbox;
import talkwatch.store.OutboxBatch;

/**
 * Sends one {@link Outgoing} with the blocking client: its parts in order, each accepted part recorded
 * before the next so a restart resumes after it. HTML Telegram cannot parse goes again as plain text.
 * Thread-safe: the delivery loop runs several at once, never two for the same chat.
 */
final class Sender {

    /** What became of an outgoing message. */
    record Result(Outgoing outgoing, Optional<Long> messageId, Optional<Refusal> refusal) {}

    private final TelegramClient telegram;
    private final Outbox outbox;
    private final boolean paidBroadcast;
    private final ProblemLog problems;
    private final ChatRhythm rhythm;
    private final Clock clock;

    Sender(
            TelegramClient telegram,
            Outbox outbox,
            boolean paidBroadcast,
            ProblemLog problems,
            ChatRhythm rhythm,
            Clock clock) {
        this.telegram = telegram;
        this.outbox = outbox;
        this.paidBroadcast = paidBroadcast;
        this.problems = problems;
        this.rhythm = rhythm;
        this.clock = clock;
    }

    Result send(Outgoing outgoing) {
        if (outgoing.form() == Outgoing.Form.EDIT) {
            return edit(outgoing);
        }
        Long first = null;
        for (int part = outgoing.firstPart(); part < outgoing.parts().size(); part++) {
            String html = outgoing.parts().get(part);
            long messageId;
            try {
                messageId = execute(outgoing, html, true);
            } catch (TelegramApiException e) {
                Refusal refusal = Refusal.of(e);
                if (refusal.kind() != Refusal.Kind.BAD_HTML) {
                    return new Result(outgoing, Optional.empty(), Optional.of(refusal));
                }
                problems.once(
                        "bad-html",
                        "Telegram refused the HTML of a message to chat {} ({}): resending it as plain text",
                        outgoing.chatId(),
                        refusal.description());
                try {
                    messageId = execute(outgoing, plain(html), false);
                } catch (TelegramApiException again) {
                    return new Result(outgoing, Optional.empty(), Optional.of(Refusal.of(again)));
                }
            }
            first = first == null ? messageId : first;
            if (part < outgoing.parts().size() - 1) {
                OutboxBatch progress = new OutboxBatch();
                for (Delivery delivery : outgoing.deliveries()) {
                    progress.partSent(delivery.id(), part + 1, messageId);
                }
                outbox.write(progress);
            }
        }
        return new Result(outgoing, Optional.ofNullable(first), Optional.empty());
    }

    /** Replaces the text of a message already sent; a text Telegram finds unchanged is as good as edited. */
    private Result edit(Outgoing outgoing) {
        long messageId = outgoing.refersTo().orElseThrow();
        try {
            telegram.execute(EditMessageText.builder()
                    .chatId(outgoing.chatId())
                    .messageId((int) messageId)
                    .text(outgoing.parts().get(0))
                    .parseMode("HTML")
                    .linkPreviewOptions(
                            LinkPreviewOptions.builder().isDisabled(true).build())
                    .build());
        } catch (TelegramApiException e) {
            Refusal refusal = Refusal.of(e);
            if (!refusal.description().contains("message is not modified")) {
                return new Result(outgoing, Optional.empty(), Optional.of(refusal));
            }
        }
        return new Result(outgoing, Optional.of(messageId), Optional.empty());
    }

    private long execute(Outgoing outgoing, String text, boolean html) throws TelegramApiException {
        SendMessage message = message(outgoing.chatId(), outgoing.threadId(), text, html, paidBroadcast);
        if (outgoing.form() == Outgoing.Form.SILENT) {
            message.setDisableNotification(true);
            outgoing.refersTo()
                    .ifPresent(replyTo -> message.setReplyParameters(ReplyParameters.builder()
                            .messageId((int) (long) replyTo)
                            .allowSendingWithoutReply(true)
                            .build()));
        }
        // the chat's own settings: its quiet hours at the moment it goes out, its link previews
        if (rhythm.silent(outgoing.chatId(), clock.instant())) {
            message.setDisableNotification(true);
        }
        if (rhythm.previews(outgoing.chatId())) {
            message.setLinkPreviewOptions(null);
        }
        return telegram.execute(message).getMessageId();
    }

    /** The request for one message (also what the benchmark's bare client sends). */
    // Specs: https://core.telegram.org/bots/api#sendmessage
    static SendMessage message(
            long chatId, Optional<Integer> threadId, String text, boolean html, boolean paidBroadcast) {
        SendMessage.SendMessageBuilder<?, ?> message = SendMessage.builder()
                .chatId(chatId)
                .text(text)
                .linkPreviewOptions(
                        LinkPreviewOptions.builder().isDisabled(true).build());
        if (html) {
            message.parseMode("HTML");
        }
        threadId.ifPresent(message::messageThreadId);
        if (paidBroadcast) {
            message.allowPaidBroadcast(true);
        }
        return message.build();
    }

    static String plain(String html) {
        return Jsoup.parse(html.replace("\n", "<br>")).wholeText();
    }
}
