package talkwatch.bot;

import java.time.Clock;
import java.util.Optional;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;
import talkwatch.rhythm.Digest;
import talkwatch.rhythm.QuietHours;
import talkwatch.store.ChatSettings;
import talkwatch.store.ChatSettingsStore;

/**
 * The buttons under a /settings message: one opens the choices of a setting, one stores a choice; the message is
 * edited in place to show the settings as they now are (https://core.telegram.org/bots/api#editmessagetext). Only
 * those who may change the settings may press them ({@link SettingsAccess}).
 */
final class SettingsButtons {

    private final TelegramClient telegram;
    private final ChatSettingsStore settings;
    private final SettingsAccess access;
    private final SettingsView view;
    private final Zones zones;
    private final Texts texts;
    private final Clock clock;

    SettingsButtons(
            TelegramClient telegram,
            ChatSettingsStore settings,
            SettingsAccess access,
            SettingsView view,
            Zones zones,
            Texts texts,
            Clock clock) {
        this.telegram = telegram;
        this.settings = settings;
        this.access = access;
        this.view = view;
        this.zones = zones;
        this.texts = texts;
        this.clock = clock;
    }

    /** Whether the button is one of these. */
    static boolean handles(String data) {
        return data != null && data.startsWith(SettingsView.PREFIX);
    }

    void press(CallbackQuery query) throws TelegramApiException {
        String[] parts = query.getData().substring(SettingsView.PREFIX.length()).split(":", 3);
        Optional<Long> chatId = parts.length == 3 ? number(parts[0]) : Optional.empty();
        if (chatId.isEmpty() || query.getMessage() == null) {
            answer(query, texts.get("settings.unknownButton"), true);
            return;
        }
        Optional<SettingsTarget> target = access.toPress(
                chatId.get(),
                query.getMessage().getChatId(),
                query.getMessage().getChat().getType(),
                query.getFrom().getId());
        if (target.isEmpty()) {
            answer(query, texts.get("settings.adminsOnly"), true);
            return;
        }
        long chat = chatId.get();
        ChatSettings before = settings.get(chat);
        String what = parts[1];
        String value = parts[2];
        if (what.equals("m")) {
            answer(query, null, false);
            String prompt = switch (value) {
                case "r" -> "\n\n" + texts.get("settings.chooseRhythm");
                case "q" -> "\n\n" + texts.get("settings.chooseQuiet");
                case "z" -> "\n\n" + texts.get("settings.chooseZone");
                default -> "";
            };
            edit(query, view.text(target.get(), before) + prompt, menu(chat, before, value));
            return;
        }
        Optional<ChatSettings> changed = change(before, what, value);
        if (changed.isEmpty()) {
            answer(query, texts.get("settings.unknownButton"), true);
            return;
        }
        settings.save(chat, changed.get());
        answer(query, texts.get("settings.saved"), false);
        edit(query, view.text(target.get(), changed.get()), view.main(chat, changed.get()));
    }

    private InlineKeyboardMarkup menu(long chat, ChatSettings current, String which) {
        return switch (which) {
            case "r" -> view.rhythms(chat, current);
            case "q" -> view.quiets(chat, current);
            case "z" -> view.zones(chat, current);
            default -> view.main(chat, current);
        };
    }

    /** The settings after the choice a button names; empty for a choice this version does not know. */
    private Optional<ChatSettings> change(ChatSettings before, String what, String value) {
        boolean off = value.equals("off");
        return switch (what) {
            case "d" ->
                off
                        ? Optional.of(before.withDigest(Optional.empty(), clock.instant()))
                        : Digest.parse(value).map(digest -> before.withDigest(Optional.of(digest), clock.instant()));
            case "q" ->
                off
                        ? Optional.of(before.withQuiet(Optional.empty()))
                        : QuietHours.parse(value).map(quiet -> before.withQuiet(Optional.of(quiet)));
            case "z" -> zones.find(value).map(zone -> before.withZone(Optional.of(zone), clock.instant()));
            case "p" -> Optional.of(before.withPreviews(value.equals("1")));
            default -> Optional.empty();
        };
    }

    private void answer(CallbackQuery query, String text, boolean alert) throws TelegramApiException {
        AnswerCallbackQuery.AnswerCallbackQueryBuilder<?, ?> answer =
                AnswerCallbackQuery.builder().callbackQueryId(query.getId());
        if (text != null) {
            answer.text(text).showAlert(alert);
        }
        telegram.execute(answer.build());
    }

    private void edit(CallbackQuery query, String text, InlineKeyboardMarkup buttons) throws TelegramApiException {
        try {
            telegram.execute(EditMessageText.builder()
                    .chatId(query.getMessage().getChatId())
                    .messageId(query.getMessage().getMessageId())
                    .text(text)
                    .parseMode("HTML")
                    .replyMarkup(buttons)
                    .build());
        } catch (TelegramApiRequestException e) {
            // two presses at once: the second finds the message as it wants it
            if (e.getApiResponse() == null || !e.getApiResponse().contains("message is not modified")) {
                throw e;
            }
        }
    }

    private static Optional<Long> number(String text) {
        try {
            return Optional.of(Long.parseLong(text));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
