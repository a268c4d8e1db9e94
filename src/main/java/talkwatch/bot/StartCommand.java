package talkwatch.bot;

import talkwatch.store.SubscriptionStore;

/** /start: welcomes the chat (and revives it if it had blocked the bot), says what the bot does. */
final class StartCommand implements Command {

    private final SubscriptionStore subscriptions;
    private final TopicResolver topics;
    private final Texts texts;

    StartCommand(SubscriptionStore subscriptions, TopicResolver topics, Texts texts) {
        this.subscriptions = subscriptions;
        this.topics = topics;
        this.texts = texts;
    }

    @Override
    public Reply handle(Request request) {
        subscriptions.activate(request.chatId(), request.chatType());
        return Reply.text(texts.get("start", TopicResolver.names(topics.all())));
    }
}
