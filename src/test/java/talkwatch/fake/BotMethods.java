package talkwatch.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.time.Duration;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Answers each supported Bot API method; any other method gets 404 "Not Found", as from the real
 * API. Message methods live in {@link MessageMethods}.
 */
final class BotMethods {

    private final long botId;
    private final UpdateQueue updates;
    private final MessageMethods messages;
    private final KnownChats chats;
    private final Faults faults;
    private final WebhookCalls webhook;
    private final Set<String> openCallbackQueries = ConcurrentHashMap.newKeySet();
    private final Set<String> openInlineQueries = ConcurrentHashMap.newKeySet();

    BotMethods(
            long botId,
            UpdateQueue updates,
            WebhookCalls webhook,
            MessageMethods messages,
            KnownChats chats,
            Faults faults) {
        this.botId = botId;
        this.updates = updates;
        this.webhook = webhook;
        this.messages = messages;
        this.chats = chats;
        this.faults = faults;
    }

    ApiReply answer(ApiCall call) throws InterruptedException {
        return switch (call.method()) {
            case "getme" -> ApiReply.ok(getMe());
            case "deletewebhook" -> webhookDeleted();
            case "setwebhook" -> setWebhook(call);
            case "getwebhookinfo" -> ApiReply.ok(webhook.info());
            case "setmycommands" -> ApiReply.ok(true);
            case "getupdates" -> getUpdates(call);
            case "sendmessage" -> messages.sendMessage(call);
            case "editmessagetext" -> messages.editMessageText(call);
            case "editmessagereplymarkup" -> messages.editMessageReplyMarkup(call);
            case "answercallbackquery" -> answerCallbackQuery(call);
            case "answerinlinequery" -> answerInlineQuery(call);
            case "getchat" -> getChat(call);
            case "getchatmember" -> getChatMember(call);
            case "getchatadministrators" -> getChatAdministrators(call);
            default -> ApiReply.notFound();
        };
    }

    /** Remembers a callback query id so that answerCallbackQuery accepts it once. */
    void openCallbackQuery(String queryId) {
        openCallbackQueries.add(queryId);
    }

    /** Remembers an inline query id so that answerInlineQuery accepts it once. */
    void openInlineQuery(String queryId) {
        openInlineQueries.add(queryId);
    }

    private ObjectNode getMe() {
        return TelegramObjects.bot(botId)
                .put("can_join_groups", true)
                .put("can_read_all_group_messages", false)
                .put("supports_inline_queries", true);
    }

    private ApiReply webhookDeleted() {
        ApiReply reply = ApiReply.ok(true);
        reply.body().put("description", webhook.delete() ? "Webhook was deleted" : "Webhook is already deleted");
        return reply;
    }

    // Specs: https://core.telegram.org/bots/api#setwebhook (http and any port are what a self-hosted Bot API server
    // on a loopback address accepts, as this fake is)
    private ApiReply setWebhook(ApiCall call) {
        Optional<URI> url = call.text("url").filter(text -> !text.isBlank()).map(URI::create);
        if (url.isEmpty()) {
            return ApiReply.badRequest("bad webhook: An HTTPS URL must be provided for webhook");
        }
        Optional<String> secret = call.text("secret_token");
        if (secret.isPresent() && !secret.get().matches("[A-Za-z0-9_-]{1,256}")) {
            return ApiReply.badRequest("secret token contains unallowed characters");
        }
        call.json("allowed_updates").ifPresent(types -> {
            Set<String> allowed = new HashSet<>();
            types.forEach(type -> allowed.add(type.asText()));
            updates.allow(allowed);
        });
        boolean changed = webhook.set(url.get(), secret);
        ApiReply reply = ApiReply.ok(true);
        reply.body().put("description", changed ? "Webhook was set" : "Webhook is already set");
        return reply;
    }

    private ApiReply getUpdates(ApiCall call) throws InterruptedException {
        if (webhook.url().isPresent()) {
            return ApiReply.error(
                    409,
                    "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the"
                            + " webhook first");
        }
        long offset = call.number("offset").orElse(0L);
        int limit = (int) Math.max(1, Math.min(100, call.number("limit").orElse(100L)));
        Duration timeout = Duration.ofSeconds(Math.max(0, call.number("timeout").orElse(0L)));
        call.json("allowed_updates").ifPresent(types -> {
            Set<String> allowed = new HashSet<>();
            types.forEach(type -> allowed.add(type.asText()));
            updates.allow(allowed);
        });
        return ApiReply.ok(updates.poll(offset, limit, timeout));
    }

    private ApiReply answerCallbackQuery(ApiCall call) {
        boolean open =
                call.text("callback_query_id").map(openCallbackQueries::remove).orElse(false);
        return open
                ? ApiReply.ok(true)
                : ApiReply.badRequest("query is too old and response timeout expired or query ID is invalid");
    }

    /**
     * Validated as Telegram does (https://core.telegram.org/bots/api#answerinlinequery): an open query, at most 50
     * results with ids of 1-64 bytes, unique; an article result needs a title and a message of 1-4096 characters after
     * entity parsing, in well-formed HTML when its parse_mode says so.
     */
    private ApiReply answerInlineQuery(ApiCall call) {
        boolean open =
                call.text("inline_query_id").map(openInlineQueries::remove).orElse(false);
        if (!open) {
            return ApiReply.badRequest("query is too old and response timeout expired or query ID is invalid");
        }
        JsonNode results = call.json("results").orElse(ApiReply.JSON.createArrayNode());
        if (!results.isArray() || results.size() > 50) {
            return ApiReply.badRequest("RESULTS_TOO_MUCH");
        }
        Set<String> ids = new HashSet<>();
        for (JsonNode result : results) {
            String id = result.path("id").asText();
            int bytes = id.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
            if (bytes < 1 || bytes > 64 || !ids.add(id)) {
                return ApiReply.badRequest("RESULT_ID_INVALID");
            }
            if (result.path("type").asText().equals("article")) {
                if (result.path("title").asText().isBlank()) {
                    return ApiReply.badRequest("RESULT_TITLE_EMPTY");
                }
                JsonNode content = result.path("input_message_content");
                String text = content.path("message_text").asText();
                if (content.path("parse_mode").asText().equalsIgnoreCase("html")) {
                    Optional<String> problem = TelegramHtml.problem(text);
                    if (problem.isPresent()) {
                        return ApiReply.badRequest("can't parse entities: " + problem.get());
                    }
                    text = TelegramHtml.plainText(text);
                }
                if (text.isBlank() || text.length() > MessageMethods.MAX_TEXT_LENGTH) {
                    return ApiReply.badRequest("MESSAGE_TEXT_INVALID");
                }
            }
        }
        return ApiReply.ok(true);
    }

    private ApiReply getChat(ApiCall call) {
        return knownChat(call)
                .map(chat -> {
                    ObjectNode info =
                            TelegramObjects.chat(chat).put("accent_color_id", 0).put("max_reaction_count", 11);
                    chats.channel(chat.id()).ifPresent(channel -> info.put("username", channel.username()));
                    return ApiReply.ok(info);
                })
                .orElseGet(() -> chatProblem(call));
    }

    private ApiReply getChatMember(ApiCall call) {
        if (knownChat(call).isEmpty()) {
            return chatProblem(call);
        }
        return call.number("user_id")
                .map(userId -> ApiReply.ok(memberOf(knownChat(call).get().id(), userId)))
                .orElseGet(() -> ApiReply.badRequest("user not found"));
    }

    private ApiReply getChatAdministrators(ApiCall call) {
        Optional<FakeChat> chat = knownChat(call);
        if (chat.isEmpty()) {
            return chatProblem(call);
        }
        if (chat.get().type().equals("private")) {
            return ApiReply.badRequest("there are no administrators in the private chat");
        }
        ArrayNode administrators = ApiReply.JSON.createArrayNode();
        Optional<KnownChats.Channel> channel = chats.channel(chat.get().id());
        if (channel.isPresent() && !channel.get().botIsAdmin()) {
            // A bot that is not an administrator of a channel cannot read its member list.
            return ApiReply.error(403, "Forbidden: bot is not a member of the channel chat");
        }
        for (long admin : channel.map(KnownChats.Channel::admins).orElse(java.util.Set.of(1L))) {
            ObjectNode owner =
                    administrators.addObject().put("status", "creator").put("is_anonymous", false);
            owner.set("user", TelegramObjects.user(admin));
        }
        administrators.add(botAdministrator());
        return ApiReply.ok(administrators);
    }

    /** The chat named by chat_id, unless a fault makes it unknown to the fake. */
    private Optional<FakeChat> knownChat(ApiCall call) {
        Optional<Long> named = call.number("chat_id")
                .or(() -> call.text("chat_id")
                        .filter(name -> name.startsWith("@"))
                        .flatMap(chats::byUsername));
        return named.filter(chatId -> faults.failureForChat(chatId)
                        .map(failure -> failure.status() != 400)
                        .orElse(true))
                .map(chats::find);
    }

    private ApiReply chatProblem(ApiCall call) {
        return call.number("chat_id")
                .flatMap(faults::failureForChat)
                .orElseGet(() -> call.has("chat_id")
                        ? ApiReply.badRequest("chat not found")
                        : ApiReply.badRequest("chat_id is empty"));
    }

    private ObjectNode memberOf(long chatId, long userId) {
        Optional<KnownChats.Channel> channel = chats.channel(chatId);
        if (userId == botId) {
            return channel.isEmpty() || channel.get().botIsAdmin() ? botAdministrator() : member(userId);
        }
        if (chats.groupAdmins(chatId).contains(userId)) {
            ObjectNode admin = ApiReply.JSON.createObjectNode().put("status", "administrator");
            admin.set("user", TelegramObjects.user(userId));
            return admin.put("can_be_edited", false).put("is_anonymous", false);
        }
        return member(userId);
    }

    private static ObjectNode member(long userId) {
        ObjectNode member = ApiReply.JSON.createObjectNode().put("status", "member");
        member.set("user", TelegramObjects.user(userId));
        return member;
    }

    private ObjectNode botAdministrator() {
        ObjectNode admin = ApiReply.JSON.createObjectNode().put("status", "administrator");
        admin.set("user", TelegramObjects.bot(botId));
        for (String right : new String[] {
            "can_be_edited",
            "is_anonymous",
            "can_manage_chat",
            "can_delete_messages",
            "can_manage_video_chats",
            "can_restrict_members",
            "can_promote_members",
            "can_change_info",
            "can_invite_users",
            "can_post_stories",
            "can_edit_stories",
            "can_delete_stories"
        }) {
            admin.put(right, right.equals("can_manage_chat") || right.equals("can_delete_messages"));
        }
        return admin;
    }
}
