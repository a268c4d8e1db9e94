package talkwatch.bot;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import talkwatch.arabic.ArabicText;
import talkwatch.deliver.ChatRhythm;
import talkwatch.deliver.Html;
import talkwatch.match.Topic;
import talkwatch.store.ArticleStore;
import talkwatch.store.StoredArticle;

/** /latest [topic] [n]: the newest summaries from the store, of one talk or of all; «الأقدم» pages back. */
final class LatestCommand implements Command {

    static final int DEFAULT_COUNT = 3;
    static final int MAX_COUNT = 10;

    private final ArticleStore articles;
    private final TopicResolver topics;
    private final ChatRhythm rhythm;
    private final LatestPages pages;
    private final Texts texts;

    LatestCommand(ArticleStore articles, TopicResolver topics, ChatRhythm rhythm, LatestPages pages, Texts texts) {
        this.articles = articles;
        this.topics = topics;
        this.rhythm = rhythm;
        this.pages = pages;
        this.texts = texts;
    }

    @Override
    public Reply handle(Request request) {
        List<String> words =
                new ArrayList<>(Arrays.asList(request.args().strip().split("\\s+")));
        words.removeIf(String::isBlank);
        int count = DEFAULT_COUNT;
        if (!words.isEmpty() && isNumber(words.get(words.size() - 1))) {
            String number = ArabicText.normalize(words.remove(words.size() - 1));
            count = number.length() > 3 ? Integer.MAX_VALUE : Integer.parseInt(number);
            if (count < 1 || count > MAX_COUNT) {
                return Reply.text(texts.get("latest.count", MAX_COUNT));
            }
        }
        Optional<Topic> topic = Optional.empty();
        if (!words.isEmpty()) {
            TopicResolver.Resolution resolution = topics.resolve(String.join(" ", words));
            if (resolution.unknown().isPresent() || resolution.topics().size() != 1) {
                String unknown = resolution.unknown().orElse(String.join(" ", words));
                return Reply.text(texts.get("topic.unknown", Echo.of(unknown), topics.describeAll()));
            }
            topic = Optional.of(resolution.topics().get(0));
        }
        String scope = topic.map(t -> Html.escape(t.name())).orElse(texts.get("latest.all"));
        // one more than shown: whether there are older ones to page back to
        List<StoredArticle> latest = articles.latest(topic.map(Topic::id), count + 1);
        if (latest.isEmpty()) {
            return Reply.text(topic.isPresent() ? texts.get("latest.noneAbout", scope) : texts.get("latest.none"));
        }
        List<StoredArticle> shown = latest.subList(0, Math.min(count, latest.size()));
        List<String> messages = rhythm.formatter(request.chatId()).formatAll(texts.get("latest.heading", scope), shown);
        return latest.size() > count
                ? new Reply(messages, Optional.of(pages.button(topic, count, shown.get(shown.size() - 1))))
                : Reply.messages(messages);
    }

    private static boolean isNumber(String word) {
        return ArabicText.normalize(word).matches("\\d+");
    }
}
