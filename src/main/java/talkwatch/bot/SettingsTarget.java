package talkwatch.bot;

import java.util.Optional;

/**
 * The chat whose settings a command or a button shows or changes: the chat it was sent in, or a channel named in a
 * private chat ({@code /settings @channel}), which an administrator manages from there.
 *
 * @param channel the channel's @name as the user wrote it, escaped, when the target is a channel named so
 */
record SettingsTarget(long chatId, String chatType, Optional<String> channel) {

    /** The chat the request came from. */
    static SettingsTarget here(Request request) {
        return new SettingsTarget(request.chatId(), request.chatType(), Optional.empty());
    }
}
