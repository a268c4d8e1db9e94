package talkwatch.bot;

import talkwatch.deliver.Html;

/** /help: every command, with examples that use a configured topic, and inline mode under the bot's name. */
final class HelpCommand implements Command {

    private final TopicResolver topics;
    private final Texts texts;
    private final String botUsername;

    HelpCommand(TopicResolver topics, Texts texts, String botUsername) {
        this.topics = topics;
        this.texts = texts;
        this.botUsername = botUsername;
    }

    @Override
    public Reply handle(Request request) {
        String example = topics.all().get(0).keywords().get(0);
        return Reply.text(texts.get("help", Html.escape(example), Html.escape(botUsername)));
    }
}
