package talkwatch.bot;

import talkwatch.deliver.Html;

/** /help: every command, with examples that use a configured topic. */
final class HelpCommand implements Command {

    private final TopicResolver topics;
    private final Texts texts;

    HelpCommand(TopicResolver topics, Texts texts) {
        this.topics = topics;
        this.texts = texts;
    }

    @Override
    public Reply handle(Request request) {
        String example = topics.all().get(0).keywords().get(0);
        return Reply.text(texts.get("help", Html.escape(example)));
    }
}
