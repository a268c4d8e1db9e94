package talkwatch.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * An HTTP status and a Bot API body: {@code {"ok":true,"result":…}} or {@code
 * {"ok":false,"error_code":N,"description":"…","parameters":{…}}}. Like the real API, an error's
 * HTTP status equals its {@code error_code}.
 */
record ApiReply(int status, ObjectNode body) {

    static final ObjectMapper JSON = new ObjectMapper();

    static ApiReply ok(Object result) {
        ObjectNode body = JSON.createObjectNode().put("ok", true);
        body.set("result", JSON.valueToTree(result));
        return new ApiReply(200, body);
    }

    static ApiReply error(int code, String description) {
        ObjectNode body =
                JSON.createObjectNode().put("ok", false).put("error_code", code).put("description", description);
        return new ApiReply(code, body);
    }

    static ApiReply badRequest(String problem) {
        return error(400, "Bad Request: " + problem);
    }

    static ApiReply notFound() {
        return error(404, "Not Found");
    }

    static ApiReply retryAfter(int seconds) {
        ApiReply reply = error(429, "Too Many Requests: retry after " + seconds);
        reply.body().putObject("parameters").put("retry_after", seconds);
        return reply;
    }

    static ApiReply migratedTo(long newChatId) {
        ApiReply reply = badRequest("group chat was upgraded to a supergroup chat");
        reply.body().putObject("parameters").put("migrate_to_chat_id", newChatId);
        return reply;
    }

    boolean isOk() {
        return body.path("ok").asBoolean();
    }

    JsonNode result() {
        return body.path("result");
    }
}
