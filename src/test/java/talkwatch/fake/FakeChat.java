package talkwatch.fake;

import java.util.Objects;
import java.util.Optional;

/**
 * A chat a fake user writes from: private (the user's own id), group or supergroup, optionally in a
 * forum topic ({@code message_thread_id}).
 */
public record FakeChat(long id, String type, Optional<String> title, Optional<Integer> messageThreadId) {

    public FakeChat {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(messageThreadId, "messageThreadId");
    }

    public static FakeChat privateChat(long userId) {
        return new FakeChat(userId, "private", Optional.empty(), Optional.empty());
    }

    public static FakeChat group(long chatId, String title) {
        return new FakeChat(chatId, "group", Optional.of(title), Optional.empty());
    }

    public static FakeChat supergroup(long chatId, String title) {
        return new FakeChat(chatId, "supergroup", Optional.of(title), Optional.empty());
    }

    /** The same chat, but messages come from the forum topic {@code threadId}. */
    public FakeChat inThread(int threadId) {
        return new FakeChat(id, type, title, Optional.of(threadId));
    }

    /** What a chat id the fake has never seen looks like: negative ids are groups, as in Telegram. */
    static FakeChat guessedFrom(long chatId) {
        if (chatId > 0) {
            return privateChat(chatId);
        }
        String type = String.valueOf(chatId).startsWith("-100") ? "supergroup" : "group";
        return new FakeChat(chatId, type, Optional.of("Chat " + chatId), Optional.empty());
    }
}
