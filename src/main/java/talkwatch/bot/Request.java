package talkwatch.bot;

import java.util.Optional;

/**
 * A command as a chat sent it: who, where (the forum topic too), and the words after the command.
 *
 * @param asChat written on behalf of the chat itself: by an anonymous administrator of a group, who posts as the
 *     group (Telegram then names a placeholder user as the sender)
 */
record Request(long chatId, String chatType, Optional<Integer> threadId, long userId, String args, boolean asChat) {

    /** A command a user wrote as themselves. */
    Request(long chatId, String chatType, Optional<Integer> threadId, long userId, String args) {
        this(chatId, chatType, threadId, userId, args, false);
    }

    boolean isPrivate() {
        return "private".equals(chatType);
    }
}
