package talkwatch.bot;

import java.util.Optional;

/**
 * Who may see and change a chat's settings. In a private chat, the user's own; in a group, any member sees them and
 * only its administrators change them ({@link GroupAdmins}); a channel's, from a private chat, by an administrator of
 * the channel where the bot is one too ({@link ChannelCheck}).
 */
final class SettingsAccess {

    /**
     * What a settings command acts on, and the words after the target; or the reply that refuses it.
     *
     * @param args the command's words, without a leading @channel
     */
    record Resolved(Optional<SettingsTarget> target, String args, Optional<Reply> refusal) {

        static Resolved refused(Reply reply) {
            return new Resolved(Optional.empty(), "", Optional.of(reply));
        }
    }

    private final GroupAdmins admins;
    private final ChannelCheck channels;
    private final Texts texts;

    SettingsAccess(GroupAdmins admins, ChannelCheck channels, Texts texts) {
        this.admins = admins;
        this.channels = channels;
        this.texts = texts;
    }

    /** The chat a command's settings are about, if the user may see them. */
    Resolved toSee(Request request) {
        return resolve(request, false);
    }

    /** The chat a command's settings are about, if the user may change them. */
    Resolved toChange(Request request) {
        return resolve(request, true);
    }

    /**
     * The chat {@code userId} may change the settings of by pressing a button under a message in {@code messageChat}:
     * {@code target}, when it is that chat and the user may change it, or a channel the user manages from a private
     * chat; empty when the user may not.
     */
    Optional<SettingsTarget> toPress(long target, long messageChat, String messageChatType, long userId) {
        if (target == messageChat) {
            return admins.mayChange(messageChat, messageChatType, userId, false)
                    ? Optional.of(new SettingsTarget(messageChat, messageChatType, Optional.empty()))
                    : Optional.empty();
        }
        if (!"private".equals(messageChatType)) {
            return Optional.empty();
        }
        ChannelCheck.Result check = channels.check(String.valueOf(target), userId);
        return check.verdict() == ChannelCheck.Verdict.ALLOWED
                ? Optional.of(new SettingsTarget(target, check.chatType(), Optional.of(Echo.of(check.name()))))
                : Optional.empty();
    }

    private Resolved resolve(Request request, boolean change) {
        String args = request.args().strip();
        if (request.isPrivate() && args.startsWith("@")) {
            String[] words = args.split("\\s+", 2);
            String channel = Echo.of(words[0]);
            ChannelCheck.Result check = channels.check(words[0], request.userId());
            return switch (check.verdict()) {
                case NOT_FOUND -> Resolved.refused(Reply.text(texts.get("settings.channelNotFound", channel)));
                case BOT_NOT_ADMIN -> Resolved.refused(Reply.text(texts.get("channel.botNotAdmin", channel)));
                case USER_NOT_ADMIN -> Resolved.refused(Reply.text(texts.get("settings.channelUserNotAdmin", channel)));
                case ALLOWED ->
                    new Resolved(
                            Optional.of(new SettingsTarget(check.chatId(), check.chatType(), Optional.of(channel))),
                            words.length > 1 ? words[1] : "",
                            Optional.empty());
            };
        }
        if (change && !admins.mayChange(request.chatId(), request.chatType(), request.userId(), request.asChat())) {
            return Resolved.refused(Reply.text(texts.get("settings.adminsOnly")));
        }
        return new Resolved(Optional.of(SettingsTarget.here(request)), args, Optional.empty());
    }
}
