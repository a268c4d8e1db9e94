package talkwatch.bot;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;
import talkwatch.arabic.BidiControls;
import talkwatch.deliver.ChatRhythm;
import talkwatch.deliver.DigestFormatter;
import talkwatch.deliver.Replies;
import talkwatch.deliver.TimeDisplay;
import talkwatch.feed.Feed;
import talkwatch.link.LinkSummaries;
import talkwatch.match.Topic;
import talkwatch.rhythm.Rhythms;
import talkwatch.store.ArticlePages;
import talkwatch.store.ArticleStore;
import talkwatch.store.ChatSettingsStore;
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
     * The kinds of update the conversation reads, Telegram's {@code allowed_updates}: messages, button presses, inline
     * queries and the bot's own membership changes; nothing else need travel.
     */
    public static final List<String> UPDATE_KINDS =
            List.of("message", "callback_query", "my_chat_member", "inline_query");

    private static final Logger log = LoggerFactory.getLogger(TalkwatchBot.class);
    private static final int SLOW_THREADS = 4;

    /**
     * What the bot reads and changes; {@code keep} is {@code storage.keep}, for /status; {@code time} shows times on
     * {@code telegram.timeZone}, {@code rhythm} on each chat's own clock.
     */
    public record Parts(
            List<Topic> topics,
            List<Feed> feeds,
            Set<Long> admins,
            SubscriptionStore subscriptions,
            ArticleStore articles,
            ArticlePages pages,
            FeedStateStore feedStates,
            Outbox outbox,
            TimeDisplay time,
            Duration keep,
            ChatSettingsStore chatSettings,
            ChatRhythm rhythm,
            LinkSummaries links,
            Clock clock) {}

    private final Replies replies;
    private final SubscriptionStore subscriptions;
    private final Texts texts = new Texts();
    private final CommandRouter router;
    private final Membership membership;
    private final SettingsButtons settingsButtons;
    private final TopicButtons topicButtons;
    private final InlineAnswers inline;
    private final LatestPages latestPages;
    /** Where slow commands run (a page to fetch takes up to 20 s), so the updates after them are not held up. */
    private final ExecutorService slowWork = Executors.newFixedThreadPool(SLOW_THREADS, runnable -> {
        Thread thread = new Thread(runnable, "bot-slow-command");
        thread.setDaemon(true);
        return thread;
    });

    /** Answers through {@code replies}, which keeps the flood limits; button presses go straight to {@code telegram}. */
    public TalkwatchBot(TelegramClient telegram, Replies replies, Parts parts, Optional<String> botUsername) {
        this.replies = replies;
        this.subscriptions = parts.subscriptions();
        TopicResolver topics = new TopicResolver(parts.topics());
        TopicKeyboard keyboard = new TopicKeyboard(topics, texts);
        GroupAdmins groupAdmins = new GroupAdmins(telegram);
        this.membership = new Membership(parts.subscriptions(), topics, texts);
        ChannelCheck channels = new ChannelCheck(telegram, botUsername);
        Zones zones = new Zones(texts);
        SettingsView settingsView = new SettingsView(texts, zones, parts.time().zone(), parts.clock());
        SettingsAccess settingsAccess = new SettingsAccess(groupAdmins, channels, texts);
        SettingChange change = new SettingChange(parts.chatSettings(), settingsAccess, parts.clock());
        this.topicButtons = new TopicButtons(telegram, parts.subscriptions(), keyboard, groupAdmins, texts);
        this.inline = new InlineAnswers(telegram, parts.articles(), parts.rhythm());
        this.latestPages = new LatestPages(telegram, parts.pages(), topics, parts.rhythm(), texts);
        this.settingsButtons = new SettingsButtons(
                telegram, parts.chatSettings(), settingsAccess, settingsView, zones, texts, parts.clock());
        this.router = new CommandRouter(
                Map.ofEntries(
                        Map.entry("settings", new SettingsCommand(parts.chatSettings(), settingsAccess, settingsView)),
                        Map.entry("digest", new DigestCommand(change, settingsView, texts)),
                        Map.entry("quiet", new QuietCommand(change, settingsView, texts)),
                        Map.entry("timezone", new TimezoneCommand(change, settingsView, zones, texts)),
                        Map.entry("start", new StartCommand(parts.subscriptions(), topics, texts)),
                        Map.entry("help", new HelpCommand(topics, texts, botUsername.orElse("talkwatch_bot"))),
                        Map.entry("topics", new TopicsCommand(parts.subscriptions(), keyboard, texts)),
                        Map.entry(
                                "subscribe",
                                groupAdmins.only(
                                        new SubscribeCommand(parts.subscriptions(), topics, texts, channels), texts)),
                        Map.entry(
                                "unsubscribe",
                                groupAdmins.only(new UnsubscribeCommand(parts.subscriptions(), topics, texts), texts)),
                        Map.entry(
                                "latest",
                                new LatestCommand(parts.articles(), topics, parts.rhythm(), latestPages, texts)),
                        Map.entry("search", new SearchCommand(parts.articles(), parts.rhythm(), texts)),
                        Map.entry("status", new StatusCommand(parts, texts)),
                        Map.entry(
                                CommandRouter.LINK_COMMAND, new SummaryCommand(parts.links(), parts.rhythm(), texts))),
                Set.of(CommandRouter.LINK_COMMAND),
                texts,
                botUsername);
    }

    /** The Arabic words of the digests the delivery loop sends. */
    public static Rhythms.Words rhythmWords() {
        Texts texts = new Texts();
        return new Rhythms.Words(
                new DigestFormatter.Words(texts.get("digest.heading"), texts.get("digest.continued")),
                texts.get("digest.other"));
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
            } else if (update.hasInlineQuery()) {
                inline.answer(update.getInlineQuery());
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
        long userId = message.getFrom() == null ? chatId : message.getFrom().getId();
        // An anonymous group administrator writes as the group itself.
        boolean asChat =
                message.getSenderChat() != null && message.getSenderChat().getId() == chatId;
        String text = BidiControls.strip(message.getText());
        Optional<CommandRouter.Routed> routed =
                router.route(chatId, message.getChat().getType(), threadOf(message), userId, asChat, text);
        if (routed.isEmpty()) {
            return;
        }
        boolean group = !message.getChat().isUserChat();
        Optional<Integer> thread = threadOf(message);
        if (routed.get().slow()) {
            slowWork.execute(() -> send(chatId, group, thread, reply(routed.get(), chatId, text)));
        } else {
            send(chatId, group, thread, reply(routed.get(), chatId, text));
        }
    }

    /** The routed reply; a failure is logged and answered with an apology, never a stack trace. */
    private Reply reply(CommandRouter.Routed routed, long chatId, String text) {
        try {
            return routed.reply().get();
        } catch (RuntimeException e) {
            log.error("Command \"{}\" in chat {} failed", firstWord(text), chatId, e);
            return Reply.text(texts.get("error.internal"));
        }
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

    /** A button: of /settings, of /latest, else of /topics. */
    private void press(CallbackQuery query) throws TelegramApiException {
        if (SettingsButtons.handles(query.getData())) {
            settingsButtons.press(query);
            return;
        }
        if (LatestPages.handles(query.getData())) {
            latestPages.press(query);
            return;
        }
        topicButtons.press(query);
    }

    /** The forum topic the message was written in, if any. */
    static Optional<Integer> threadOf(Message message) {
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
