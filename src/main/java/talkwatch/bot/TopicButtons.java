package talkwatch.bot;

import java.util.Optional;
import java.util.Set;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageReplyMarkup;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;
import talkwatch.match.Topic;
import talkwatch.store.SubscriptionStore;

/**
 * The buttons under /topics: a press subscribes the chat to the talk or unsubscribes it (in a group, for its
 * administrators only), and the buttons are redrawn with ✅ and ➕ as they now are.
 */
final class TopicButtons {

    private final TelegramClient telegram;
    private final SubscriptionStore subscriptions;
    private final TopicKeyboard keyboard;
    private final GroupAdmins groupAdmins;
    private final Texts texts;

    TopicButtons(
            TelegramClient telegram,
            SubscriptionStore subscriptions,
            TopicKeyboard keyboard,
            GroupAdmins groupAdmins,
            Texts texts) {
        this.telegram = telegram;
        this.subscriptions = subscriptions;
        this.keyboard = keyboard;
        this.groupAdmins = groupAdmins;
        this.texts = texts;
    }

    void press(CallbackQuery query) throws TelegramApiException {
        Optional<Topic> topic = keyboard.topicOf(query.getData());
        if (topic.isEmpty() || query.getMessage() == null) {
            telegram.execute(AnswerCallbackQuery.builder()
                    .callbackQueryId(query.getId())
                    .text(texts.get("callback.unknown"))
                    .build());
            return;
        }
        long chatId = query.getMessage().getChatId();
        if (!groupAdmins.mayChange(
                chatId, query.getMessage().getChat().getType(), query.getFrom().getId(), false)) {
            telegram.execute(AnswerCallbackQuery.builder()
                    .callbackQueryId(query.getId())
                    .text(texts.get("group.adminsOnly"))
                    .showAlert(true)
                    .build());
            return;
        }
        String id = topic.get().id();
        boolean subscribed = subscriptions.topicsOf(chatId).contains(id);
        if (subscribed) {
            subscriptions.unsubscribe(chatId, Set.of(id));
        } else {
            Optional<Integer> thread =
                    query.getMessage() instanceof Message message ? TalkwatchBot.threadOf(message) : Optional.empty();
            subscriptions.subscribe(chatId, query.getMessage().getChat().getType(), thread, Set.of(id));
        }
        telegram.execute(AnswerCallbackQuery.builder()
                .callbackQueryId(query.getId())
                .text(texts.get(
                        subscribed ? "callback.unsubscribed" : "callback.subscribed",
                        topic.get().name()))
                .build());
        telegram.execute(EditMessageReplyMarkup.builder()
                .chatId(chatId)
                .messageId(query.getMessage().getMessageId())
                .replyMarkup(keyboard.buttons(subscriptions.topicsOf(chatId)))
                .build());
    }
}
