package talkwatch.bot;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import talkwatch.match.Topic;
import talkwatch.store.SubscriptionStore;

/**
 * /subscribe [topics]: follows the named talks, or all of them when none is named. Sent inside a forum
 * topic, the summaries go to that topic. From a private chat, /subscribe @channel [topics] subscribes a
 * channel where both the user and the bot are administrators.
 */
final class SubscribeCommand implements Command {

    private final SubscriptionStore subscriptions;
    private final TopicResolver topics;
    private final Texts texts;
    private final ChannelCheck channels;

    SubscribeCommand(SubscriptionStore subscriptions, TopicResolver topics, Texts texts, ChannelCheck channels) {
        this.subscriptions = subscriptions;
        this.topics = topics;
        this.texts = texts;
        this.channels = channels;
    }

    @Override
    public Reply handle(Request request) {
        if (request.isPrivate() && request.args().startsWith("@")) {
            return subscribeChannel(request);
        }
        return subscribe(request.chatId(), request.chatType(), request.threadId(), request.args(), "subscribe");
    }

    /** /subscribe @channel [topics] from a private chat, by an administrator of the channel. */
    private Reply subscribeChannel(Request request) {
        String[] words = request.args().split("\\s+", 2);
        String channel = Echo.of(words[0]);
        ChannelCheck.Result check = channels.check(words[0], request.userId());
        return switch (check.verdict()) {
            case NOT_FOUND -> Reply.text(texts.get("channel.notFound", channel));
            case BOT_NOT_ADMIN -> Reply.text(texts.get("channel.botNotAdmin", channel));
            case USER_NOT_ADMIN -> Reply.text(texts.get("channel.userNotAdmin", channel));
            case ALLOWED ->
                subscribe(
                        check.chatId(), check.chatType(), Optional.empty(), words.length > 1 ? words[1] : "", channel);
        };
    }

    /** Subscribes {@code chatId}; {@code channel} is the escaped @name, or "subscribe" for the chat itself. */
    private Reply subscribe(long chatId, String chatType, Optional<Integer> threadId, String args, String channel) {
        boolean forChannel = !channel.equals("subscribe");
        List<Topic> wanted = topics.all();
        if (!args.isBlank()) {
            TopicResolver.Resolution resolution = topics.resolve(args);
            if (resolution.unknown().isPresent()) {
                return Reply.text(
                        texts.get("topic.unknown", Echo.of(resolution.unknown().get()), topics.describeAll()));
            }
            wanted = resolution.topics();
        }
        Set<String> ids = new LinkedHashSet<>();
        wanted.forEach(t -> ids.add(t.id()));
        Set<String> added = subscriptions.subscribe(chatId, chatType, threadId, ids);
        List<Topic> fresh = new ArrayList<>();
        List<Topic> already = new ArrayList<>();
        wanted.forEach(t -> (added.contains(t.id()) ? fresh : already).add(t));
        List<String> lines = new ArrayList<>();
        if (!fresh.isEmpty()) {
            lines.add(
                    forChannel
                            ? texts.get("channel.done", channel, TopicResolver.names(fresh))
                            : texts.get("subscribe.done", TopicResolver.names(fresh)));
        }
        if (!already.isEmpty()) {
            lines.add(
                    forChannel
                            ? texts.get("channel.already", channel, TopicResolver.names(already))
                            : texts.get("subscribe.already", TopicResolver.names(already)));
        }
        return Reply.text(String.join("\n", lines));
    }
}
