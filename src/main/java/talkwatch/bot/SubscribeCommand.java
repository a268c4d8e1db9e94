package talkwatch.bot;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import talkwatch.deliver.Html;
import talkwatch.match.Topic;
import talkwatch.store.SubscriptionStore;

/**
 * /subscribe [topics]: follows the named talks, or all of them when none is named. Sent inside a forum
 * topic, the summaries go to that topic.
 */
final class SubscribeCommand implements Command {

    private final SubscriptionStore subscriptions;
    private final TopicResolver topics;
    private final Texts texts;

    SubscribeCommand(SubscriptionStore subscriptions, TopicResolver topics, Texts texts) {
        this.subscriptions = subscriptions;
        this.topics = topics;
        this.texts = texts;
    }

    @Override
    public Reply handle(Request request) {
        List<Topic> wanted = topics.all();
        if (!request.args().isBlank()) {
            TopicResolver.Resolution resolution = topics.resolve(request.args());
            if (resolution.unknown().isPresent()) {
                return Reply.text(texts.get(
                        "topic.unknown", Html.escape(resolution.unknown().get()), topics.describeAll()));
            }
            wanted = resolution.topics();
        }
        Set<String> ids = new LinkedHashSet<>();
        wanted.forEach(t -> ids.add(t.id()));
        Set<String> added = subscriptions.subscribe(request.chatId(), request.chatType(), request.threadId(), ids);
        List<Topic> fresh = new ArrayList<>();
        List<Topic> already = new ArrayList<>();
        wanted.forEach(t -> (added.contains(t.id()) ? fresh : already).add(t));
        List<String> lines = new ArrayList<>();
        if (!fresh.isEmpty()) {
            lines.add(texts.get("subscribe.done", TopicResolver.names(fresh)));
        }
        if (!already.isEmpty()) {
            lines.add(texts.get("subscribe.already", TopicResolver.names(already)));
        }
        return Reply.text(String.join("\n", lines));
    }
}
