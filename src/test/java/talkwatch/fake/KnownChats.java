package talkwatch.fake;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The chats fake users have written from, so replies name the right chat type and title. */
final class KnownChats {

    private final Map<Long, FakeChat> chats = new ConcurrentHashMap<>();

    void remember(FakeChat chat) {
        chats.put(chat.id(), chat);
    }

    /** The chat as a user wrote from it, without a topic; a guess for chats never seen. */
    FakeChat find(long chatId) {
        FakeChat chat = chats.getOrDefault(chatId, FakeChat.guessedFrom(chatId));
        return new FakeChat(chat.id(), chat.type(), chat.title(), java.util.Optional.empty());
    }
}
