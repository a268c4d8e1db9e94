package talkwatch.fake;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns an HTTP request into an {@link ApiCall}, accepting every way the Bot API takes parameters
 * (https://core.telegram.org/bots/api#making-requests): the query string, {@code application/json},
 * {@code application/x-www-form-urlencoded} and {@code multipart/form-data}. TelegramBots 9.6.0 posts
 * JSON for plain methods and multipart for uploads (sendPhoto, sendDocument, setWebhook…).
 */
final class RequestDecoder {

    private static final Pattern PATH = Pattern.compile("^/bot([^/]+)/(?:test/)?([A-Za-z]+)/?$");
    private static final Pattern BOUNDARY = Pattern.compile("boundary=\"?([^\";]+)\"?");

    /** Empty when the path is not {@code /bot<token>/<method>}. */
    Optional<ApiCall> decode(HttpExchange exchange) throws IOException {
        Matcher path = PATH.matcher(exchange.getRequestURI().getRawPath());
        if (!path.matches()) {
            return Optional.empty();
        }
        String token = URLDecoder.decode(path.group(1), StandardCharsets.UTF_8);
        ObjectNode params = ApiReply.JSON.createObjectNode();
        String query = exchange.getRequestURI().getRawQuery();
        if (query != null) {
            readForm(query, params);
        }
        byte[] body = exchange.getRequestBody().readAllBytes();
        if (body.length > 0) {
            readBody(exchange.getRequestHeaders().getFirst("Content-Type"), body, params);
        }
        return Optional.of(new ApiCall(token, ApiCall.canonical(path.group(2)), params));
    }

    private static void readBody(String contentType, byte[] body, ObjectNode params) throws IOException {
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        if (type.startsWith("application/json")) {
            JsonNode json = ApiReply.JSON.readTree(body);
            if (!json.isObject()) {
                throw new MalformedRequestException("the request body is not a JSON object");
            }
            params.setAll((ObjectNode) json);
        } else if (type.startsWith("multipart/form-data")) {
            Matcher boundary = BOUNDARY.matcher(contentType);
            if (!boundary.find()) {
                throw new MalformedRequestException("multipart request without boundary");
            }
            readMultipart(new String(body, StandardCharsets.ISO_8859_1), boundary.group(1), params);
        } else {
            readForm(new String(body, StandardCharsets.UTF_8), params);
        }
    }

    private static void readForm(String form, ObjectNode params) {
        for (String pair : form.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
            String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
            params.set(name, valueNode(value));
        }
    }

    /** The body is read as ISO-8859-1 so that each char is one byte; text parts are UTF-8. */
    private static void readMultipart(String body, String boundary, ObjectNode params) {
        for (String part : body.split("--" + Pattern.quote(boundary))) {
            int headersEnd = part.indexOf("\r\n\r\n");
            if (headersEnd < 0) {
                continue;
            }
            String headers = part.substring(0, headersEnd);
            Matcher name = Pattern.compile("name=\"([^\"]*)\"").matcher(headers);
            if (!name.find()) {
                continue;
            }
            String content = part.substring(headersEnd + 4);
            if (content.endsWith("\r\n")) {
                content = content.substring(0, content.length() - 2);
            }
            Matcher file = Pattern.compile("filename=\"([^\"]*)\"").matcher(headers);
            String value = file.find()
                    ? "<file " + file.group(1) + ", " + content.length() + " bytes>"
                    : new String(content.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
            params.set(name.group(1), valueNode(value));
        }
    }

    /** Form fields carry objects (reply_markup, entities…) as JSON text, as the Bot API expects. */
    private static JsonNode valueNode(String value) {
        String trimmed = value.trim();
        if (trimmed.startsWith("{") || trimmed.startsWith("[")) {
            try {
                return ApiReply.JSON.readTree(trimmed);
            } catch (JsonProcessingException notJson) {
                // plain text that happens to start with a bracket
            }
        }
        return ApiReply.JSON.getNodeFactory().textNode(value);
    }

    /** A body the fake cannot read; answered with 400 like the real API. */
    static final class MalformedRequestException extends RuntimeException {
        MalformedRequestException(String message) {
            super(message);
        }
    }
}
