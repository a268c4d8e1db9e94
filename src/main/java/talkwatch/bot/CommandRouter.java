package talkwatch.bot;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Picks the command a message names. {@code /subscribe@OurBot أستانا} in a group works; a command
 * addressed to another bot is ignored; anything else gets a short hint rather than silence.
 */
final class CommandRouter {

    private final Map<String, Command> commands;
    private final Texts texts;
    private final Optional<String> botUsername;

    CommandRouter(Map<String, Command> commands, Texts texts, Optional<String> botUsername) {
        this.commands = commands;
        this.texts = texts;
        this.botUsername = botUsername;
    }

    /**
     * The reply to a text message; empty when the message is not for this bot. {@code asChat}: written on behalf of
     * the chat (see {@link Request#asChat}).
     */
    Optional<Reply> route(
            long chatId, String chatType, Optional<Integer> threadId, long userId, boolean asChat, String text) {
        String trimmed = text.strip();
        boolean privateChat = "private".equals(chatType);
        if (!trimmed.startsWith("/")) {
            return privateChat ? Optional.of(Reply.text(texts.get("unknown.text"))) : Optional.empty();
        }
        int space = indexOfWhitespace(trimmed);
        String head = space < 0 ? trimmed.substring(1) : trimmed.substring(1, space);
        String args = space < 0 ? "" : trimmed.substring(space).strip();
        int at = head.indexOf('@');
        if (at >= 0) {
            String addressee = head.substring(at + 1);
            head = head.substring(0, at);
            if (botUsername.isPresent() && !botUsername.get().equalsIgnoreCase(addressee)) {
                return Optional.empty();
            }
        }
        Command command = commands.get(head.toLowerCase(Locale.ROOT));
        if (command == null) {
            return privateChat || at >= 0 ? Optional.of(Reply.text(texts.get("unknown.command"))) : Optional.empty();
        }
        return Optional.of(command.handle(new Request(chatId, chatType, threadId, userId, args, asChat)));
    }

    private static int indexOfWhitespace(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isWhitespace(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }
}
