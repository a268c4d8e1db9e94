package talkwatch.bot;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageReplyMarkup;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;
import talkwatch.deliver.MessageFormatter;
import talkwatch.deliver.Replies;
import talkwatch.deliver.TimeDisplay;
import talkwatch.feed.Feed;
import talkwatch.match.Topic;
import talkwatch.store.ArticleStore;
import talkwatch.store.FeedStateStore;
import talkwatch.store.Outbox;
import talkwatch.store.SubscriptionStore;

/**
 * The bot's side of the conversation: answers commands and button presses, in Arabic. Updates come one at a time, in
 * order ({@link LongPolling}), or several at once from different chats ({@link Webhook}): it keeps no state of its own
 * between updates (the store does), so it is thread-safe.
 */
public final class TalkwatchBot {

    /**
     * The kinds of update the conversation reads, Telegram's {@code allowed_updates}: messages, button presses and the
     * bot's own membership changes; nothing else need travel.
     */
    public static final List<String> UPDATE_KINDS = List.of("message", "callback_query", "my_chat_member");

    private static final Logger log = LoggerFactory.getLogger(TalkwatchBot.class);

    /** What the bot reads and changes; {@code keep} is {@code storage.keep}, for /status. */
    public record Parts(
            List<Topic> topics,
            List<Feed> feeds,
            Set<Long> admins,
            SubscriptionStore subscriptions,
            ArticleStore articles,
            FeedStateStore feedStates,
            Outbox outbox,
            TimeDisplay time,
            Duration keep) {}

    private final TelegramClient telegram;
    private final Replies replies;
    private final SubscriptionStore subscriptions;
    private final Texts texts = new Texts();
    private final TopicKeyboard keyboard;
    private final CommandRouter router;
    private final GroupAdmins groupAdmins;
    private final Membership membership;

    /** Answers through {@code replies}, which keeps the flood limits; button presses go straight to {@code telegram}. */
    public TalkwatchBot(TelegramClient telegram, Replies replies, Parts parts, Optional<String> botUsername) {
        this.telegram = telegram;
        this.replies = replies;
        this.subscriptions = parts.subscriptions();
        TopicResolver topics = new TopicResolver(parts.topics());
        this.keyboard = new TopicKeyboard(topics, texts);
        MessageFormatter formatter = new MessageFormatter(parts.time());
        this.groupAdmins = new GroupAdmins(telegram);
        this.membership = new Membership(parts.subscriptions(), topics, texts);
        this.router = new CommandRouter(
                Map.of(
                        "start", new StartCommand(parts.subscriptions(), topics, texts),
                        "help", new HelpCommand(topics, texts),
                        "topics", new TopicsCommand(parts.subscriptions(), keyboard, texts),
                        "subscribe",
                                groupAdmins.only(
                                        new SubscribeCommand(
                                                parts.subscriptions(),
                                                topics,
                                                texts,
                                                new ChannelCheck(telegram, botUsername)),
                                        texts),
                        "unsubscribe",
                                groupAdmins.only(new UnsubscribeCommand(parts.subscriptions(), topics, texts), texts),
                        "latest", new LatestCommand(parts.articles(), topics, formatter, texts),
                        "search", new SearchCommand(parts.articles(), formatter, texts),
                        "status", new StatusCommand(parts, texts)),
                texts,
                botUsername);
    }

    /** Handles one update; a failure is logged, never thrown, so the next update is handled all the same. */
    public void consume(Update update) {
        try {
            if (update.hasMessage() && update.getMessage().getMigrateToChatId() != null) {
                follow(update.getMessage());
            } else if (update.hasMessage() && update.getMessage().hasText()) {
                answer(update.getMessage());
            } else if (update.hasCallbackQuery()) {
                press(update.getCallbackQuery());
            } else if (update.hasMyChatMember()) {
                var chat = update.getMyChatMember().getChat();
                membership
                        .changed(update.getMyChatMember())
                        .ifPresent(reply -> send(chat.getId(), !chat.isUserChat(), Optional.empty(), reply));
            }
        } catch (TelegramApiException e) {
            log.warn("Could not answer update {}: {}", update.getUpdateId(), e.getMessage());
        } catch (RuntimeException e) {
            log.error("Update {} failed; the bot goes on with the next one", update.getUpdateId(), e);
        }
    }

    private void answer(Message message) {
        long chatId = message.getChatId();
        Optional<Reply> reply;
        try {
            long userId = message.getFrom() == null ? chatId : message.getFrom().getId();
            // An anonymous group administrator writes as the group itself.
            boolean asChat =
                    message.getSenderChat() != null && message.getSenderChat().getId() == chatId;
            reply = router.route(
                    chatId, message.getChat().getType(), threadOf(message), userId, asChat, message.getText());
        } catch (RuntimeException e) {
            log.error("Command \"{}\" in chat {} failed", firstWord(message.getText()), chatId, e);
            reply = Optional.of(Reply.text(texts.get("error.internal")));
        }
        if (reply.isEmpty()) {
            return;
        }
        send(chatId, !message.getChat().isUserChat(), threadOf(message), reply.get());
    }

    private void send(long chatId, boolean group, Optional<Integer> thread, Reply reply) {
        replies.send(chatId, group, thread, reply.messages(), reply.buttons());
    }

    /** A group became a supergroup, with a new id: its subscriptions and waiting summaries go along. */
    private void follow(Message migration) {
        long from = migration.getChatId();
        long to = migration.getMigrateToChatId();
        log.info("Group {} became the supergroup {}; its subscriptions follow it", from, to);
        subscriptions.migrate(from, to);
    }

    private void press(CallbackQuery query) throws TelegramApiException {
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
                    query.getMessage() instanceof Message message ? threadOf(message) : Optional.empty();
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

    /** The forum topic the message was written in, if any. */
    private static Optional<Integer> threadOf(Message message) {
        return Boolean.TRUE.equals(message.getIsTopicMessage())
                ? Optional.ofNullable(message.getMessageThreadId())
                : Optional.empty();
    }

    private static String firstWord(String text) {
        String stripped = text.strip();
        int space = stripped.indexOf(' ');
        return space < 0 ? stripped : stripped.substring(0, space);
    }
}
