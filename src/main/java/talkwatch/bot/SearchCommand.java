package talkwatch.bot;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import talkwatch.deliver.ChatRhythm;
import talkwatch.match.TextQuery;
import talkwatch.store.ArticleStore;
import talkwatch.store.StoredArticle;

/**
 * /search ‹words›: the newest stored summaries whose headline or summary holds every word (see {@link TextQuery}),
 * found through the full-text index of everything the store keeps.
 */
final class SearchCommand implements Command {

    static final int SHOWN = 5;
    /** More words would find nothing anyway. */
    static final int MAX_WORDS = 8;
    /** Candidates read at a time; the index finds exactly what the query matches, so one read is the rule. */
    private static final int PAGE = 50;

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
        List<StoredArticle> found = new ArrayList<>();
        for (int offset = 0; found.size() < SHOWN; offset += PAGE) {
            List<StoredArticle> candidates = articles.search(query.get().indexQuery(), PAGE, offset);
            for (StoredArticle article : candidates) {
                List<String> searched = new ArrayList<>(article.summary());
                searched.add(article.title());
                if (query.get().matches(searched) && found.size() < SHOWN) {
                    found.add(article);
                }
            }
            if (candidates.size() < PAGE) {
                break;
            }
        }
        String asked = Echo.of(query.get().text());
        if (found.isEmpty()) {
            return Reply.text(texts.get("search.none", asked));
        }
        return Reply.messages(rhythm.formatter(request.chatId()).formatAll(texts.get("search.heading", asked), found));
    }
}
