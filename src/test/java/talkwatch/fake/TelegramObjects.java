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

    /** Someone types {@code @bot query} in a chat of the type {@code chatType} (https://core.telegram.org/bots/api#inlinequery). */
    static ObjectNode inlineQueryUpdate(String queryId, long userId, String query, String chatType) {
        ObjectNode inline = ApiReply.JSON.createObjectNode().put("id", queryId);
        inline.set("from", user(userId));
        inline.put("query", query).put("offset", "").put("chat_type", chatType);
        ObjectNode update = ApiReply.JSON.createObjectNode();
        update.set("inline_query", inline);
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

    /**
     * The bot's own membership of {@code chat} changed from {@code oldStatus} to {@code newStatus} ("member", "left",
     * "kicked"), by the user {@code by} (https://core.telegram.org/bots/api#chatmemberupdated).
     */
    static ObjectNode myChatMemberUpdate(FakeChat chat, long by, long botId, String oldStatus, String newStatus) {
        ObjectNode changed = ApiReply.JSON.createObjectNode();
        changed.set("chat", chat(chat));
        changed.set("from", user(by));
        changed.put("date", Instant.now().getEpochSecond());
        changed.set("old_chat_member", member(botId, oldStatus));
        changed.set("new_chat_member", member(botId, newStatus));
        ObjectNode update = ApiReply.JSON.createObjectNode();
        update.set("my_chat_member", changed);
        return update;
    }

    private static ObjectNode member(long botId, String status) {
        ObjectNode member = ApiReply.JSON.createObjectNode().put("status", status);
        member.set("user", bot(botId));
        if (status.equals("kicked")) {
            member.put("until_date", 0);
        }
        return member;
    }

    /** The service message in the old group when it becomes the supergroup {@code toChatId}. */
    static ObjectNode migrationUpdate(int messageId, long by, FakeChat group, long toChatId) {
        ObjectNode message = message(messageId, user(by), group, "");
        message.remove("text");
        message.put("migrate_to_chat_id", toChatId);
        ObjectNode update = ApiReply.JSON.createObjectNode();
        update.set("message", message);
        return update;
    }
}
