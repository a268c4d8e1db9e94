package talkwatch.bot;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.chatmember.ChatMemberUpdated;
import talkwatch.match.Topic;
import talkwatch.store.SubscriptionStore;

/**
 * What the bot does when it is added to a chat or taken out of it (Telegram's {@code my_chat_member} update). Removed
 * from a group or channel, or blocked by a user: the chat is deactivated at once, its subscriptions kept for a return,
 * rather than at the next summary refused. Added to a group: it says what it does and how to subscribe, or, when the
 * group had subscriptions, that they resume.
 */
final class Membership {

    private static final Logger log = LoggerFactory.getLogger(Membership.class);
    private static final Set<String> OUT = Set.of("left", "kicked");

    private final SubscriptionStore subscriptions;
    private final TopicResolver topics;
    private final Texts texts;

    Membership(SubscriptionStore subscriptions, TopicResolver topics, Texts texts) {
        this.subscriptions = subscriptions;
        this.topics = topics;
        this.texts = texts;
    }

    /** Records the change; the message to send the chat, if any. */
    Optional<Reply> changed(ChatMemberUpdated update) {
        long chatId = update.getChat().getId();
        String type = update.getChat().getType();
        boolean wasIn = !OUT.contains(update.getOldChatMember().getStatus());
        boolean isIn = !OUT.contains(update.getNewChatMember().getStatus());
        if (wasIn && !isIn) {
            boolean privateChat = "private".equals(type);
            log.info(
                    "{} {}: no more summaries go there; its subscriptions are kept should it come back",
                    privateChat ? "The user blocked the bot in chat" : "The bot was removed from chat",
                    chatId);
            subscriptions.deactivate(chatId, privateChat ? "the user blocked the bot" : "the bot was removed");
            return Optional.empty();
        }
        if (wasIn || !isIn || "private".equals(type)) {
            // a promotion or a restriction changes nothing; a user who unblocks the bot comes back with /start
            return Optional.empty();
        }
        subscriptions.activate(chatId, type);
        List<Topic> subscribed = subscriptions.topicsOf(chatId).stream()
                .flatMap(id -> topics.byId(id).stream())
                .toList();
        if ("channel".equals(type)) {
            // the bot posts only the summaries in a channel, subscribed from a private chat with /subscribe @channel
            return Optional.empty();
        }
        return Optional.of(Reply.text(
                subscribed.isEmpty()
                        ? texts.get("group.added", TopicResolver.names(topics.all()))
                        : texts.get("group.back", TopicResolver.names(subscribed))));
    }
}
