package talkwatch.bot;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import talkwatch.match.Topic;
import talkwatch.store.SubscriptionStore;

/** /unsubscribe [topics]: stops following the named talks, or all of them when none is named. */
final class UnsubscribeCommand implements Command {

    private final SubscriptionStore subscriptions;
    private final TopicResolver topics;
    private final Texts texts;

    UnsubscribeCommand(SubscriptionStore subscriptions, TopicResolver topics, Texts texts) {
        this.subscriptions = subscriptions;
        this.topics = topics;
        this.texts = texts;
    }

    @Override
    public Reply handle(Request request) {
        List<Topic> wanted = new ArrayList<>();
        if (request.args().isBlank()) {
            subscriptions
                    .topicsOf(request.chatId())
                    .forEach(id -> topics.byId(id).ifPresent(wanted::add));
            if (wanted.isEmpty()) {
                return Reply.text(texts.get("unsubscribe.nothing"));
            }
        } else {
            TopicResolver.Resolution resolution = topics.resolve(request.args());
            if (resolution.unknown().isPresent()) {
                return Reply.text(
                        texts.get("topic.unknown", Echo.of(resolution.unknown().get()), topics.describeAll()));
            }
            wanted.addAll(resolution.topics());
        }
        Set<String> ids = new LinkedHashSet<>();
        wanted.forEach(t -> ids.add(t.id()));
        Set<String> removed = subscriptions.unsubscribe(request.chatId(), ids);
        List<Topic> gone = new ArrayList<>();
        List<Topic> absent = new ArrayList<>();
        wanted.forEach(t -> (removed.contains(t.id()) ? gone : absent).add(t));
        List<String> lines = new ArrayList<>();
        if (!gone.isEmpty()) {
            lines.add(texts.get("unsubscribe.done", TopicResolver.names(gone)));
        }
        if (!absent.isEmpty()) {
            lines.add(texts.get("unsubscribe.none", TopicResolver.names(absent)));
        }
        return Reply.text(String.join("\n", lines));
    }
}
