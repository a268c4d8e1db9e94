package talkwatch.bot;

import java.util.List;
import java.util.Optional;
import org.telegram.telegrambots.meta.api.methods.groupadministration.GetChat;
import org.telegram.telegrambots.meta.api.methods.groupadministration.GetChatAdministrators;
import org.telegram.telegrambots.meta.api.objects.chat.ChatFullInfo;
import org.telegram.telegrambots.meta.api.objects.chatmember.ChatMember;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * Whether a user may subscribe a channel from a private chat: the channel exists, the bot is one of
 * its administrators (else it could not post), and so is the user
 * (https://core.telegram.org/bots/api#getchatadministrators).
 */
final class ChannelCheck {

    enum Verdict {
        ALLOWED,
        NOT_FOUND,
        BOT_NOT_ADMIN,
        USER_NOT_ADMIN
    }

    /** @param name the channel's @username, else its title ({@code ""} when not found) */
    record Result(Verdict verdict, long chatId, String chatType, String name) {}

    private final TelegramClient telegram;
    private final Optional<String> botUsername;

    ChannelCheck(TelegramClient telegram, Optional<String> botUsername) {
        this.telegram = telegram;
        this.botUsername = botUsername;
    }

    /** Checks {@code @username} for {@code userId}; a network failure is an {@link IllegalStateException}. */
    Result check(String username, long userId) {
        ChatFullInfo chat;
        try {
            chat = telegram.execute(GetChat.builder().chatId(username).build());
        } catch (TelegramApiException e) {
            if (e instanceof TelegramApiRequestException refused
                    && refused.getErrorCode() != null
                    && refused.getErrorCode() < 500) {
                return new Result(Verdict.NOT_FOUND, 0, "", "");
            }
            throw new IllegalStateException("looking up channel " + username + ": " + e.getMessage(), e);
        }
        if ("private".equals(chat.getType())) {
            return new Result(Verdict.NOT_FOUND, 0, "", "");
        }
        String name = chat.getUserName() != null
                ? "@" + chat.getUserName()
                : chat.getTitle() == null ? String.valueOf(chat.getId()) : chat.getTitle();
        List<ChatMember> admins;
        try {
            admins = telegram.execute(
                    GetChatAdministrators.builder().chatId(chat.getId()).build());
        } catch (TelegramApiException e) {
            if (e instanceof TelegramApiRequestException refused
                    && refused.getErrorCode() != null
                    && refused.getErrorCode() < 500) {
                return new Result(Verdict.BOT_NOT_ADMIN, chat.getId(), chat.getType(), name);
            }
            throw new IllegalStateException("reading the administrators of " + username + ": " + e.getMessage(), e);
        }
        boolean bot = admins.stream()
                .anyMatch(admin -> Boolean.TRUE.equals(admin.getUser().getIsBot())
                        && botUsername
                                .map(own -> own.equalsIgnoreCase(admin.getUser().getUserName()))
                                .orElse(true));
        boolean user = admins.stream().anyMatch(admin -> admin.getUser().getId() == userId);
        Verdict verdict = !bot ? Verdict.BOT_NOT_ADMIN : !user ? Verdict.USER_NOT_ADMIN : Verdict.ALLOWED;
        return new Result(verdict, chat.getId(), chat.getType(), name);
    }
}
