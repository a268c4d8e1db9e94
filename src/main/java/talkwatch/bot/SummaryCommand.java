package talkwatch.bot;

import java.util.ArrayList;
import java.util.List;
import talkwatch.deliver.ChatRhythm;
import talkwatch.deliver.MessageFormatter;
import talkwatch.link.LinkSummaries;
import talkwatch.link.LinkSummaries.Answer;

/**
 * /summary URL, or a bare link in a private chat: the page's title as a link, its summary, and the talks it is about
 * (or that it is about none). Slow: the bot runs it off the thread that reads updates.
 */
final class SummaryCommand implements Command {

    private final LinkSummaries links;
    private final ChatRhythm rhythm;
    private final Texts texts;

    SummaryCommand(LinkSummaries links, ChatRhythm rhythm, Texts texts) {
        this.links = links;
        this.rhythm = rhythm;
        this.texts = texts;
    }

    @Override
    public Reply handle(Request request) {
        if (request.args().isBlank()) {
            return Reply.text(texts.get("summary.usage"));
        }
        Answer answer = links.summarize(request.userId(), request.args());
        if (answer instanceof Answer.Summary summary) {
            return summary(request.chatId(), summary);
        }
        Answer.Refused refused = (Answer.Refused) answer;
        return Reply.text(
                switch (refused.refusal()) {
                    case NOT_A_LINK -> texts.get("summary.notALink", Echo.of(request.args()));
                    case PER_MINUTE -> texts.get("summary.perMinute", refused.detail());
                    case PER_DAY -> texts.get("summary.perDay", refused.detail());
                    case FORBIDDEN_ADDRESS -> texts.get("summary.forbidden");
                    case NOT_HTML -> texts.get("summary.notHtml");
                    case TOO_LARGE -> texts.get("summary.tooLarge");
                    case TIMEOUT -> texts.get("summary.timeout");
                    case HTTP_ERROR -> texts.get("summary.httpError", Echo.of(LinkSummaries.status(refused.detail())));
                    case UNREACHABLE -> texts.get("summary.unreachable");
                    case NO_TEXT -> texts.get("summary.noText");
                });
    }

    /** The summary as a delivered one looks, and the talks below it; in two messages if one cannot hold both. */
    private Reply summary(long chatId, Answer.Summary summary) {
        String message = rhythm.formatter(chatId).format(summary.article());
        String about = summary.topics().isEmpty()
                ? texts.get("summary.noTopic")
                : texts.get("summary.topics", TopicResolver.names(summary.topics()));
        List<String> messages = new ArrayList<>();
        if (message.length() + 2 + about.length() <= MessageFormatter.TELEGRAM_LIMIT) {
            messages.add(message + "\n\n" + about);
        } else {
            messages.add(message);
            messages.add(about);
        }
        return Reply.messages(messages);
    }
}
