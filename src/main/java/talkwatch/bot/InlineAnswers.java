package talkwatch.bot;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.telegram.telegrambots.meta.api.methods.AnswerInlineQuery;
import org.telegram.telegrambots.meta.api.objects.LinkPreviewOptions;
import org.telegram.telegrambots.meta.api.objects.inlinequery.InlineQuery;
import org.telegram.telegrambots.meta.api.objects.inlinequery.inputmessagecontent.InputTextMessageContent;
import org.telegram.telegrambots.meta.api.objects.inlinequery.result.InlineQueryResult;
import org.telegram.telegrambots.meta.api.objects.inlinequery.result.InlineQueryResultArticle;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;
import talkwatch.arabic.BidiControls;
import talkwatch.deliver.ChatRhythm;
import talkwatch.match.TextQuery;
import talkwatch.store.ArticleStore;
import talkwatch.store.StoredArticle;

/**
 * Inline mode: {@code @bot words} typed in any chat offers the summaries /search finds (the latest ones for no words),
 * each an article result whose message is the whole formatted summary, so that a reader shares it where they are
 * (https://core.telegram.org/bots/api#answerinlinequery). Answered from the store at once, on the update thread: an
 * inline query that waits goes stale in seconds. Times are on the clock the user chose in their chat with the bot.
 */
final class InlineAnswers {

    static final int RESULTS = 10;
    /** Telegram caches the answer to the same query this long, for everyone (the results are not personal). */
    static final int CACHE_SECONDS = 60;

    private static final int TITLE_CHARS = 120;
    private static final int DESCRIPTION_CHARS = 200;

    private final TelegramClient telegram;
    private final ArticleStore articles;
    private final ChatRhythm rhythm;

    InlineAnswers(TelegramClient telegram, ArticleStore articles, ChatRhythm rhythm) {
        this.telegram = telegram;
        this.articles = articles;
        this.rhythm = rhythm;
    }

    void answer(InlineQuery query) throws TelegramApiException {
        List<InlineQueryResult> results = new ArrayList<>();
        for (StoredArticle article : found(BidiControls.strip(query.getQuery() == null ? "" : query.getQuery()))) {
            results.add(InlineQueryResultArticle.builder()
                    .id("a" + article.id())
                    .title(plain(article.title(), TITLE_CHARS))
                    .description(plain(
                            article.summary().stream()
                                            .filter(s -> !s.strip()
                                                    .equals(article.title().strip()))
                                            .findFirst()
                                            .orElse("")
                                    + " — " + article.sourceName(),
                            DESCRIPTION_CHARS))
                    .inputMessageContent(InputTextMessageContent.builder()
                            .messageText(
                                    rhythm.formatter(query.getFrom().getId()).format(article))
                            .parseMode("HTML")
                            .linkPreviewOptions(LinkPreviewOptions.builder()
                                    .isDisabled(true)
                                    .build())
                            .build())
                    .build());
        }
        telegram.execute(AnswerInlineQuery.builder()
                .inlineQueryId(query.getId())
                .results(results)
                .cacheTime(CACHE_SECONDS)
                .isPersonal(false)
                .build());
    }

    /** What /search finds for the words, the latest summaries for none, at most {@value #RESULTS}. */
    private List<StoredArticle> found(String words) {
        if (words.isBlank()) {
            return articles.latest(Optional.empty(), RESULTS);
        }
        Optional<TextQuery> query = TextQuery.of(words);
        if (query.isEmpty() || query.get().size() > StoredSearch.MAX_WORDS) {
            return List.of();
        }
        return StoredSearch.newest(articles, query.get(), RESULTS);
    }

    /** One line of plain text, bidi controls out, cut at a word to at most {@code max} characters. */
    private static String plain(String text, int max) {
        String line = BidiControls.strip(text).replace('\n', ' ').strip();
        if (line.length() <= max) {
            return line;
        }
        int cut = line.lastIndexOf(' ', max - 1);
        return line.substring(0, cut > max / 2 ? cut : max - 1).strip() + "…";
    }
}
