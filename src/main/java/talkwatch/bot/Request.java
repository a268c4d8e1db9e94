package talkwatch.bot;

import java.util.Optional;

/** A command as a chat sent it: who, where (the forum topic too), and the words after the command. */
record Request(long chatId, String chatType, Optional<Integer> threadId, long userId, String args) {

    boolean isPrivate() {
        return "private".equals(chatType);
    }
}
