package talkwatch.bot;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import talkwatch.deliver.MessageFormatter;
import talkwatch.match.TextQuery;
import talkwatch.store.ArticleStore;
import talkwatch.store.StoredArticle;

/**
 * /search ‹words›: the newest stored summaries whose headline or summary holds every word (see {@link TextQuery}),
 * among the {@value #SEARCHED} newest: the talks' recent news, which is what the store keeps.
 */
final class SearchCommand implements Command {

    static final int SEARCHED = 2000;
    static final int SHOWN = 5;
    /** More words would find nothing anyway, and each costs a pass over every summary searched. */
    static final int MAX_WORDS = 8;

    private final ArticleStore articles;
    private final MessageFormatter formatter;
    private final Texts texts;

    SearchCommand(ArticleStore articles, MessageFormatter formatter, Texts texts) {
        this.articles = articles;
        this.formatter = formatter;
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
        List<StoredArticle> found = new ArrayList<>();
        for (StoredArticle article : articles.latest(Optional.empty(), SEARCHED)) {
            List<String> searched = new ArrayList<>(article.summary());
            searched.add(article.title());
            if (query.get().matches(searched)) {
                found.add(article);
                if (found.size() == SHOWN) {
                    break;
                }
            }
        }
        String asked = Echo.of(query.get().text());
        if (found.isEmpty()) {
            return Reply.text(texts.get("search.none", asked));
        }
        return Reply.messages(formatter.formatAll(texts.get("search.heading", asked), found));
    }
}
