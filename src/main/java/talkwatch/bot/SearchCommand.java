package talkwatch.bot;

import java.util.List;
import java.util.Optional;
import talkwatch.deliver.ChatRhythm;
import talkwatch.match.TextQuery;
import talkwatch.store.ArticleStore;
import talkwatch.store.StoredArticle;

/**
 * /search ‹words›: the newest stored summaries whose headline or summary holds every word ({@link StoredSearch}).
 */
final class SearchCommand implements Command {

    static final int SHOWN = 5;
    static final int MAX_WORDS = StoredSearch.MAX_WORDS;

    private final ArticleStore articles;
    private final ChatRhythm rhythm;
    private final Texts texts;

    SearchCommand(ArticleStore articles, ChatRhythm rhythm, Texts texts) {
        this.articles = articles;
        this.rhythm = rhythm;
        this.texts = texts;
    }

    @Override
    public Reply handle(Request request) {
        Optional<TextQuery> query = TextQuery.of(request.args());
        if (query.isEmpty()) {
            return Reply.text(texts.get("search.usage"));
        }
        if (query.get().size() > MAX_WORDS) {
            return Reply.text(texts.get("search.tooLong", MAX_WORDS));
        }
        List<StoredArticle> found = StoredSearch.newest(articles, query.get(), SHOWN);
        String asked = Echo.of(query.get().text());
        if (found.isEmpty()) {
            return Reply.text(texts.get("search.none", asked));
        }
        return Reply.messages(rhythm.formatter(request.chatId()).formatAll(texts.get("search.heading", asked), found));
    }
}
