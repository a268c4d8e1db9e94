package talkwatch.bot;

import java.util.Set;
import org.telegram.telegrambots.meta.api.methods.groupadministration.GetChatMember;
import org.telegram.telegrambots.meta.api.objects.chatmember.ChatMember;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * Who may change what a group receives: its administrators (https://core.telegram.org/bots/api#getchatmember),
 * including anonymous ones, who write as the group itself. Any member may read ({@code /latest}, {@code /search}),
 * but a member who is not an administrator cannot subscribe the whole group or unsubscribe it.
 */
final class GroupAdmins {

    private static final Set<String> ADMINISTRATORS = Set.of("creator", "administrator");

    private final TelegramClient telegram;

    GroupAdmins(TelegramClient telegram) {
        this.telegram = telegram;
    }

    /** True in a private chat, for an anonymous administrator, and for a group's administrator. */
    boolean mayChange(long chatId, String chatType, long userId, boolean asChat) {
        if (!"group".equals(chatType) && !"supergroup".equals(chatType)) {
            return true;
        }
        if (asChat) {
            return true;
        }
        try {
            ChatMember member = telegram.execute(
                    GetChatMember.builder().chatId(chatId).userId(userId).build());
            return ADMINISTRATORS.contains(member.getStatus());
        } catch (TelegramApiException e) {
            if (e instanceof TelegramApiRequestException refused
                    && refused.getErrorCode() != null
                    && refused.getErrorCode() < 500) {
                return false;
            }
            throw new IllegalStateException(
                    "asking whether user " + userId + " administers chat " + chatId + ": " + e.getMessage(), e);
        }
    }

    /** {@code command}, for a group's administrators only; others are told who may use it. */
    Command only(Command command, Texts texts) {
        return request -> mayChange(request.chatId(), request.chatType(), request.userId(), request.asChat())
                ? command.handle(request)
                : Reply.text(texts.get("group.adminsOnly"));
    }
}
