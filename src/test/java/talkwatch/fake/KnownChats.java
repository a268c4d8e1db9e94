package talkwatch.fake;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The chats fake users have written from, so replies name the right chat type and title. */
final class KnownChats {

    private final Map<Long, FakeChat> chats = new ConcurrentHashMap<>();
    private final Map<String, Long> usernames = new ConcurrentHashMap<>();
    private final Map<Long, Channel> channels = new ConcurrentHashMap<>();
    private final Map<Long, java.util.Set<Long>> groupAdmins = new ConcurrentHashMap<>();

    /** A channel known by its @username, its administrators, and whether the bot is one of them. */
    record Channel(long id, String username, java.util.Set<Long> admins, boolean botIsAdmin) {}

    void addChannel(Channel channel) {
        remember(new FakeChat(
                channel.id(), "channel", java.util.Optional.of(channel.username()), java.util.Optional.empty()));
        usernames.put(channel.username().toLowerCase(java.util.Locale.ROOT), channel.id());
        channels.put(channel.id(), channel);
    }

    /** The chat id for {@code @username}, if a channel has that name. */
    java.util.Optional<Long> byUsername(String username) {
        return java.util.Optional.ofNullable(
                usernames.get(username.replaceFirst("^@", "").toLowerCase(java.util.Locale.ROOT)));
    }

    java.util.Optional<Channel> channel(long chatId) {
        return java.util.Optional.ofNullable(channels.get(chatId));
    }

    void setGroupAdmins(long chatId, java.util.Set<Long> admins) {
        groupAdmins.put(chatId, java.util.Set.copyOf(admins));
    }

    /** The administrators of a group or supergroup; none unless a test named them. */
    java.util.Set<Long> groupAdmins(long chatId) {
        return groupAdmins.getOrDefault(chatId, java.util.Set.of());
    }

    void remember(FakeChat chat) {
        chats.put(chat.id(), chat);
    }

    /** The chat as a user wrote from it, without a topic; a guess for chats never seen. */
    FakeChat find(long chatId) {
        FakeChat chat = chats.getOrDefault(chatId, FakeChat.guessedFrom(chatId));
        return new FakeChat(chat.id(), chat.type(), chat.title(), java.util.Optional.empty());
    }
}
