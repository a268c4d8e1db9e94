package talkwatch.fake;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;

/**
 * A message the bot sent (or edited) through the fake, as the client encoded it.
 *
 * @param text the text as sent, markup included
 * @param silent sent with disable_notification: it arrives without a sound
 * @param params every parameter of the request, for anything not given its own accessor
 */
public record SentMessage(
        long chatId,
        int messageId,
        String text,
        Optional<String> parseMode,
        Optional<JsonNode> replyMarkup,
        Optional<Integer> messageThreadId,
        boolean linkPreviewDisabled,
        boolean allowPaidBroadcast,
        boolean silent,
        JsonNode params) {

    /** Whether it came without a sound ({@code disable_notification}). */
    public boolean silent() {
        return params.path("disable_notification").asBoolean(false);
    }

    /** The message it replies to, if any ({@code reply_parameters}). */
    public Optional<Integer> replyTo() {
        JsonNode reply = params.path("reply_parameters").path("message_id");
        return reply.isMissingNode() ? Optional.empty() : Optional.of(reply.asInt());
    }

    static SentMessage from(ApiCall call, long chatId, int messageId, String text) {
        boolean previewDisabled = call.flag("disable_web_page_preview")
                || call.json("link_preview_options")
                        .map(options -> options.path("is_disabled").asBoolean())
                        .orElse(false);
        return new SentMessage(
                chatId,
                messageId,
                text,
                call.text("parse_mode"),
                call.json("reply_markup"),
                call.number("message_thread_id").map(Long::intValue),
                previewDisabled,
                call.flag("allow_paid_broadcast"),
                call.flag("disable_notification"),
                call.params().deepCopy());
    }

    SentMessage withReplyMarkup(Optional<JsonNode> markup, JsonNode newParams) {
        return new SentMessage(
                chatId,
                messageId,
                text,
                parseMode,
                markup,
                messageThreadId,
                linkPreviewDisabled,
                allowPaidBroadcast,
                silent,
                newParams.deepCopy());
    }
}
