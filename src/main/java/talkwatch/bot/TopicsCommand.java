package talkwatch.bot;

import java.util.List;
import java.util.Optional;
import talkwatch.store.SubscriptionStore;

/** /topics: the talks the bot follows, with a button each to subscribe or unsubscribe. */
final class TopicsCommand implements Command {

    private final SubscriptionStore subscriptions;
    private final TopicKeyboard keyboard;
    private final Texts texts;

    TopicsCommand(SubscriptionStore subscriptions, TopicKeyboard keyboard, Texts texts) {
        this.subscriptions = subscriptions;
        this.keyboard = keyboard;
        this.texts = texts;
    }

    @Override
    public Reply handle(Request request) {
        subscriptions.activate(request.chatId(), request.chatType());
        return new Reply(
                List.of(texts.get("topics.heading")),
                Optional.of(keyboard.buttons(subscriptions.topicsOf(request.chatId()))));
    }
}
