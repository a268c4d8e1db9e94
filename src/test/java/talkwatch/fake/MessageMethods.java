package talkwatch.fake;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * sendMessage, editMessageText and editMessageReplyMarkup, validated like the real API
 * (https://core.telegram.org/bots/api#sendmessage): text of 1-4096 characters after entity parsing,
 * well-formed HTML, buttons' callback_data of 1-64 bytes, and the chat's faults first.
 */
final class MessageMethods {

    static final int MAX_TEXT_LENGTH = 4096;
    static final int MAX_BUTTONS = 100;

    private final long botId;
    private final AtomicInteger messageIds;
    private final KnownChats chats;
    private final Faults faults;
    private final SentMessageLog log;

    MessageMethods(long botId, AtomicInteger messageIds, KnownChats chats, Faults faults, SentMessageLog log) {
        this.botId = botId;
        this.messageIds = messageIds;
        this.chats = chats;
        this.faults = faults;
        this.log = log;
    }

    ApiReply sendMessage(ApiCall call) {
        Optional<Long> chatId = chatId(call);
        if (chatId.isEmpty()) {
            return chatIdProblem(call);
        }
        return faults.failureForChat(chatId.get())
                .or(() -> textProblem(call))
                .or(() -> replyProblem(call, chatId.get()))
                .orElseGet(() -> send(call, chatId.get()));
    }

    /** A reply to a message the chat does not have, unless the bot allowed sending it without the reply. */
    private Optional<ApiReply> replyProblem(ApiCall call, long chatId) {
        return call.json("reply_parameters")
                .filter(reply -> !reply.path("allow_sending_without_reply").asBoolean(false))
                .filter(reply ->
                        log.current(chatId, reply.path("message_id").asInt()).isEmpty())
                .map(reply -> ApiReply.badRequest("message to be replied not found"));
    }

    ApiReply editMessageText(ApiCall call) {
        Optional<SentMessage> old = editedMessage(call);
        if (old.isEmpty()) {
            return editProblem(call);
        }
        Optional<ApiReply> textProblem = textProblem(call);
        if (textProblem.isPresent()) {
            return textProblem.get();
        }
        String text = call.text("text").orElseThrow();
        return edit(SentMessage.from(call, old.get().chatId(), old.get().messageId(), text), old.get());
    }

    ApiReply editMessageReplyMarkup(ApiCall call) {
        Optional<SentMessage> old = editedMessage(call);
        if (old.isEmpty()) {
            return editProblem(call);
        }
        Optional<ApiReply> markupProblem = markupProblem(call);
        if (markupProblem.isPresent()) {
            return markupProblem.get();
        }
        return edit(old.get().withReplyMarkup(call.json("reply_markup"), call.params()), old.get());
    }

    /** The message JSON Telegram would return for {@code sent}: plain text, the chat, the markup. */
    ObjectNode messageJson(SentMessage sent) {
        FakeChat chat = chats.find(sent.chatId());
        if (sent.messageThreadId().isPresent()) {
            chat = chat.inThread(sent.messageThreadId().get());
        }
        ObjectNode message =
                TelegramObjects.message(sent.messageId(), TelegramObjects.bot(botId), chat, readerText(sent));
        sent.replyMarkup().ifPresent(markup -> message.set("reply_markup", markup));
        return message;
    }

    private ApiReply send(ApiCall call, long chatId) {
        SentMessage sent = SentMessage.from(
                call, chatId, messageIds.incrementAndGet(), call.text("text").orElseThrow());
        log.recordSend(sent);
        return ApiReply.ok(messageJson(sent));
    }

    private ApiReply edit(SentMessage edited, SentMessage old) {
        if (edited.text().equals(old.text()) && edited.replyMarkup().equals(old.replyMarkup())) {
            return ApiReply.badRequest("message is not modified: specified new message content and reply markup are"
                    + " exactly the same as a current content and reply markup of the message");
        }
        log.recordEdit(edited);
        return ApiReply.ok(messageJson(edited));
    }

    private Optional<SentMessage> editedMessage(ApiCall call) {
        return chatId(call)
                .filter(chatId -> faults.failureForChat(chatId).isEmpty())
                .flatMap(chatId -> call.number("message_id").flatMap(id -> log.current(chatId, id.intValue())));
    }

    private ApiReply editProblem(ApiCall call) {
        Optional<Long> chatId = chatId(call);
        if (chatId.isEmpty()) {
            return chatIdProblem(call);
        }
        return faults.failureForChat(chatId.get())
                .orElseGet(() -> call.has("message_id")
                        ? ApiReply.badRequest("message to edit not found")
                        : ApiReply.badRequest("message identifier is not specified"));
    }

    private static Optional<Long> chatId(ApiCall call) {
        return call.number("chat_id");
    }

    private static ApiReply chatIdProblem(ApiCall call) {
        return call.has("chat_id") ? ApiReply.badRequest("chat not found") : ApiReply.badRequest("chat_id is empty");
    }

    private static Optional<ApiReply> textProblem(ApiCall call) {
        String text = call.text("text").orElse("");
        String parseMode = call.text("parse_mode").orElse("").toLowerCase(Locale.ROOT);
        if (!parseMode.isEmpty() && !parseMode.equals("html") && !parseMode.startsWith("markdown")) {
            return Optional.of(ApiReply.badRequest("unsupported parse_mode"));
        }
        if (parseMode.equals("html")) {
            Optional<String> htmlProblem = TelegramHtml.problem(text);
            if (htmlProblem.isPresent()) {
                return Optional.of(ApiReply.badRequest("can't parse entities: " + htmlProblem.get()));
            }
            text = TelegramHtml.plainText(text);
        }
        if (text.isBlank()) {
            return Optional.of(ApiReply.badRequest("message text is empty"));
        }
        if (text.length() > MAX_TEXT_LENGTH) {
            return Optional.of(ApiReply.badRequest("message is too long"));
        }
        return markupProblem(call);
    }

    /**
     * An inline button's callback_data must be 1-64 bytes (https://core.telegram.org/bots/api#inlinekeyboardbutton),
     * and a keyboard may hold at most 100 buttons (not in the documentation; what Telegram answers beyond that).
     */
    private static Optional<ApiReply> markupProblem(ApiCall call) {
        boolean tooMany = call.json("reply_markup").stream()
                .anyMatch(markup ->
                        markup.path("inline_keyboard").findValues("text").size() > MAX_BUTTONS);
        if (tooMany) {
            return Optional.of(ApiReply.badRequest("reply markup is too long"));
        }
        return call.json("reply_markup").stream()
                .flatMap(markup -> markup.findValues("callback_data").stream())
                .map(data -> data.asText().getBytes(java.nio.charset.StandardCharsets.UTF_8).length)
                .filter(bytes -> bytes < 1 || bytes > 64)
                .findFirst()
                .map(bytes -> ApiReply.badRequest("BUTTON_DATA_INVALID"));
    }

    private static String readerText(SentMessage sent) {
        boolean html =
                sent.parseMode().map(mode -> mode.equalsIgnoreCase("html")).orElse(false);
        return html ? TelegramHtml.plainText(sent.text()) : sent.text();
    }
}
