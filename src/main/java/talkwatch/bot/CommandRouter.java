package talkwatch.bot;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import talkwatch.link.LinkSummaries;

/**
 * Picks the command a message names. {@code /subscribe@OurBot أستانا} in a group works; a command
 * addressed to another bot is ignored; a bare link in a private chat is a {@code /summary}; anything else gets a short
 * hint rather than silence.
 */
final class CommandRouter {

    /**
     * What a message gets: its reply, computed when asked.
     *
     * @param slow whether computing it may take seconds (a page to fetch): the bot does it off the update thread
     */
    record Routed(Supplier<Reply> reply, boolean slow) {

        static Routed now(Reply reply) {
            return new Routed(() -> reply, false);
        }
    }

    /** The command a bare link in a private chat stands for. */
    static final String LINK_COMMAND = "summary";

    private final Map<String, Command> commands;
    private final Set<String> slow;
    private final Texts texts;
    private final Optional<String> botUsername;

    /** @param slow the names of the commands that may take seconds */
    CommandRouter(Map<String, Command> commands, Set<String> slow, Texts texts, Optional<String> botUsername) {
        this.commands = commands;
        this.slow = slow;
        this.texts = texts;
        this.botUsername = botUsername;
    }

    /**
     * What a text message gets; empty when the message is not for this bot. {@code asChat}: written on behalf of the
     * chat (see {@link Request#asChat}).
     */
    Optional<Routed> route(
            long chatId, String chatType, Optional<Integer> threadId, long userId, boolean asChat, String text) {
        String trimmed = text.strip();
        boolean privateChat = "private".equals(chatType);
        if (!trimmed.startsWith("/")) {
            if (privateChat
                    && commands.containsKey(LINK_COMMAND)
                    && LinkSummaries.link(trimmed).isPresent()) {
                Request request = new Request(chatId, chatType, threadId, userId, trimmed, asChat);
                return Optional.of(new Routed(() -> commands.get(LINK_COMMAND).handle(request), true));
            }
            return privateChat ? Optional.of(Routed.now(Reply.text(texts.get("unknown.text")))) : Optional.empty();
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
        String name = head.toLowerCase(Locale.ROOT);
        Command command = commands.get(name);
        if (command == null) {
            return privateChat || at >= 0
                    ? Optional.of(Routed.now(Reply.text(texts.get("unknown.command"))))
                    : Optional.empty();
        }
        Request request = new Request(chatId, chatType, threadId, userId, args, asChat);
        return Optional.of(new Routed(() -> command.handle(request), slow.contains(name)));
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
