package talkwatch.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import java.util.Optional;

/**
 * One decoded Bot API request: the token and method from the path {@code /bot<token>/<method>} and
 * the parameters from the query string and body, whatever their encoding.
 *
 * @param method the method name in lower case: Bot API method names are case-insensitive, and
 *     TelegramBots sends some of them in lower case ({@code sendmessage}, {@code getupdates})
 */
record ApiCall(String token, String method, ObjectNode params) {

    static String canonical(String method) {
        return method.toLowerCase(Locale.ROOT);
    }

    boolean has(String name) {
        JsonNode value = params.get(name);
        return value != null && !value.isNull();
    }

    Optional<String> text(String name) {
        return has(name) ? Optional.of(params.get(name).asText()) : Optional.empty();
    }

    Optional<Long> number(String name) {
        if (!has(name)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(params.get(name).asText().trim()));
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
    }

    Optional<JsonNode> json(String name) {
        return has(name) ? Optional.of(params.get(name)) : Optional.empty();
    }

    boolean flag(String name) {
        return has(name) && Boolean.parseBoolean(params.get(name).asText());
    }
}
