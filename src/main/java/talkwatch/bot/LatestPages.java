package talkwatch.bot;

import java.util.List;
import java.util.Optional;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;
import talkwatch.deliver.ChatRhythm;
import talkwatch.deliver.Html;
import talkwatch.match.Topic;
import talkwatch.store.ArticlePages;
import talkwatch.store.StoredArticle;

/**
 * The «الأقدم» button under /latest: each press shows, in place of the message it is under, the summaries older than
 * the last one shown, as many as /latest asked for and one message holds, with the button again while older ones remain
 * (https://core.telegram.org/bots/api#editmessagetext). Any member may page. Button data: {@code
 * older:<topic id, or * for all>:<count>:<id of the last summary shown>}.
 */
final class LatestPages {

    static final String PREFIX = "older:";
    private static final String ALL = "*";

    private final TelegramClient telegram;
    private final ArticlePages pages;
    private final TopicResolver topics;
    private final ChatRhythm rhythm;
    private final Texts texts;

    LatestPages(TelegramClient telegram, ArticlePages pages, TopicResolver topics, ChatRhythm rhythm, Texts texts) {
        this.telegram = telegram;
        this.pages = pages;
        this.topics = topics;
        this.rhythm = rhythm;
        this.texts = texts;
    }

    static boolean handles(String data) {
        return data != null && data.startsWith(PREFIX);
    }

    /** The button that pages back from {@code last}, {@code count} summaries at a time. */
    InlineKeyboardMarkup button(Optional<Topic> topic, int count, StoredArticle last) {
        String data = PREFIX + topic.map(Topic::id).orElse(ALL) + ":" + count + ":" + last.id();
        return new InlineKeyboardMarkup(List.of(new InlineKeyboardRow(InlineKeyboardButton.builder()
                .text(texts.get("latest.olderButton"))
                .callbackData(data)
                .build())));
    }

    void press(CallbackQuery query) throws TelegramApiException {
        String[] parts = query.getData().substring(PREFIX.length()).split(":");
        Optional<Topic> topic = parts.length == 3 && !parts[0].equals(ALL) ? topics.byId(parts[0]) : Optional.empty();
        if (parts.length != 3
                || (!parts[0].equals(ALL) && topic.isEmpty())
                || !parts[1].matches("\\d{1,2}")
                || !parts[2].matches("\\d{1,18}")
                || query.getMessage() == null) {
            answer(query, texts.get("callback.unknown"));
            return;
        }
        int count = Math.max(1, Math.min(LatestCommand.MAX_COUNT, Integer.parseInt(parts[1])));
        List<StoredArticle> older = pages.olderThan(topic.map(Topic::id), Long.parseLong(parts[2]), count + 1);
        if (older.isEmpty()) {
            answer(query, texts.get("latest.noOlder"));
            return;
        }
        long chatId = query.getMessage().getChatId();
        String heading = texts.get(
                "latest.olderHeading", topic.map(t -> Html.escape(t.name())).orElse(texts.get("latest.all")));
        List<StoredArticle> page = older.subList(0, Math.min(count, older.size()));
        // one message: the one the button was under, edited in place
        while (page.size() > 1
                && rhythm.formatter(chatId).formatAll(heading, page).size() > 1) {
            page = page.subList(0, page.size() - 1);
        }
        boolean more = older.size() > page.size();
        answer(query, null);
        EditMessageText.EditMessageTextBuilder<?, ?> edit = EditMessageText.builder()
                .chatId(chatId)
                .messageId(query.getMessage().getMessageId())
                .text(rhythm.formatter(chatId).formatAll(heading, page).get(0))
                .parseMode("HTML")
                .linkPreviewOptions(org.telegram.telegrambots.meta.api.objects.LinkPreviewOptions.builder()
                        .isDisabled(true)
                        .build());
        if (more) {
            edit.replyMarkup(button(topic, count, page.get(page.size() - 1)));
        }
        telegram.execute(edit.build());
    }

    private void answer(CallbackQuery query, String text) throws TelegramApiException {
        AnswerCallbackQuery.AnswerCallbackQueryBuilder<?, ?> answer =
                AnswerCallbackQuery.builder().callbackQueryId(query.getId());
        if (text != null) {
            answer.text(text);
        }
        telegram.execute(answer.build());
    }
}
