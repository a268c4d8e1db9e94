package talkwatch.bot;

/** A command as a chat sent it: who, where, and the words after the command. */
record Request(long chatId, String chatType, long userId, String args) {

    boolean isPrivate() {
        return "private".equals(chatType);
    }
}
