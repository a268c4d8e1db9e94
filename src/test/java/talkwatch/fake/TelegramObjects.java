package talkwatch.fake;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Builds the JSON objects Telegram sends: users, chats, messages and updates. */
final class TelegramObjects {

    private static final Pattern COMMAND = Pattern.compile("^/[A-Za-z0-9_]{1,32}(@[A-Za-z0-9_]+)?");

    private TelegramObjects() {}

    static ObjectNode user(long id) {
        return ApiReply.JSON
                .createObjectNode()
                .put("id", id)
                .put("is_bot", false)
                .put("first_name", "User " + id)
                .put("language_code", "ar");
    }

    static ObjectNode bot(long id) {
        return ApiReply.JSON
                .createObjectNode()
                .put("id", id)
                .put("is_bot", true)
                .put("first_name", "talkwatch (fake)")
                .put("username", "talkwatch_fake_bot");
    }

    static ObjectNode chat(FakeChat chat) {
        ObjectNode json = ApiReply.JSON.createObjectNode().put("id", chat.id()).put("type", chat.type());
        if (chat.type().equals("private")) {
            json.put("first_name", "User " + chat.id());
        } else {
            json.put("title", chat.title().orElse("Chat " + chat.id()));
        }
        if (chat.messageThreadId().isPresent()) {
            json.put("is_forum", true);
        }
        return json;
    }

    static ObjectNode message(int messageId, ObjectNode from, FakeChat chat, String text) {
        ObjectNode message = ApiReply.JSON.createObjectNode().put("message_id", messageId);
        message.set("from", from);
        message.set("chat", chat(chat));
        message.put("date", Instant.now().getEpochSecond());
        chat.messageThreadId()
                .ifPresent(thread -> message.put("message_thread_id", thread).put("is_topic_message", true));
        message.put("text", text);
        return message;
    }

    /** A user's message, with the bot_command entity Telegram adds when the text starts with one. */
    static ObjectNode userMessageUpdate(int messageId, long userId, FakeChat chat, String text) {
        ObjectNode message = message(messageId, user(userId), chat, text);
        Matcher command = COMMAND.matcher(text);
        if (command.find()) {
            message.putArray("entities")
                    .addObject()
                    .put("type", "bot_command")
                    .put("offset", 0)
                    .put("length", command.end());
        }
        ObjectNode update = ApiReply.JSON.createObjectNode();
        update.set("message", message);
        return update;
    }

    /** The user Telegram names as the sender of what an anonymous group administrator writes. */
    static final long GROUP_ANONYMOUS_BOT = 1087968824L;

    /** A message an anonymous administrator writes in {@code chat}: sent by the chat itself. */
    static ObjectNode anonymousAdminMessageUpdate(int messageId, FakeChat chat, String text) {
        ObjectNode update = userMessageUpdate(messageId, GROUP_ANONYMOUS_BOT, chat, text);
        ObjectNode message = (ObjectNode) update.get("message");
        message.set(
                "from",
                ApiReply.JSON
                        .createObjectNode()
                        .put("id", GROUP_ANONYMOUS_BOT)
                        .put("is_bot", true)
                        .put("first_name", "Group")
                        .put("username", "GroupAnonymousBot"));
        message.set("sender_chat", chat(chat));
        return update;
    }

    static ObjectNode callbackQueryUpdate(String queryId, long userId, ObjectNode message, String data) {
        ObjectNode query = ApiReply.JSON.createObjectNode().put("id", queryId);
        query.set("from", user(userId));
        query.set("message", message);
        query.put(
                "chat_instance", String.valueOf(message.path("chat").path("id").asLong() * 31 + 7));
        query.put("data", data);
        ObjectNode update = ApiReply.JSON.createObjectNode();
        update.set("callback_query", query);
        return update;
    }
}
