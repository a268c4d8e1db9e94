package talkwatch.deliver;

import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

/**
 * Why Telegram did not take a message, and so what happens next
 * (https://core.telegram.org/bots/api#responseparameters, https://core.telegram.org/bots/faq).
 */
record Refusal(Kind kind, String description, int retryAfterSeconds, long migrateTo) {

    enum Kind {
        /** 429: wait {@code retryAfterSeconds}, then send again. */
        FLOOD,
        /** 403 blocked or kicked, 400 chat not found: deactivate the chat. */
        GONE,
        /** 400 with migrate_to_chat_id: the group became a supergroup. */
        MIGRATED,
        /** 400 can't parse entities: send again as plain text. */
        BAD_HTML,
        /** 5xx or no answer: send again after a growing delay. */
        TRANSIENT,
        /** Any other refusal: give the delivery up. */
        PERMANENT
    }

    static Refusal of(TelegramApiException e) {
        if (!(e instanceof TelegramApiRequestException request)) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            return new Refusal(Kind.TRANSIENT, "network error: " + cause, 0, 0);
        }
        int code = request.getErrorCode() == null ? 0 : request.getErrorCode();
        String description = code + " "
                + (request.getApiResponse() == null ? String.valueOf(e.getMessage()) : request.getApiResponse());
        String lower = description.toLowerCase();
        var parameters = request.getParameters();
        if (parameters != null && parameters.getMigrateToChatId() != null) {
            return new Refusal(Kind.MIGRATED, description, 0, parameters.getMigrateToChatId());
        }
        if (code == 429) {
            int seconds = parameters != null && parameters.getRetryAfter() != null ? parameters.getRetryAfter() : 5;
            return new Refusal(Kind.FLOOD, description, seconds, 0);
        }
        if (code == 403 || lower.contains("chat not found")) {
            return new Refusal(Kind.GONE, description, 0, 0);
        }
        if (code == 400 && lower.contains("can't parse entities")) {
            return new Refusal(Kind.BAD_HTML, description, 0, 0);
        }
        if (code >= 500 || code == 0) {
            return new Refusal(Kind.TRANSIENT, description, 0, 0);
        }
        return new Refusal(Kind.PERMANENT, description, 0, 0);
    }
}
