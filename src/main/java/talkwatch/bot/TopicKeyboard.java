package talkwatch.bot;

import java.util.Optional;
import java.util.Set;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;
import talkwatch.match.Topic;

/** One button per topic: ✅ when the chat follows it (press to leave), ➕ when not (press to follow). */
final class TopicKeyboard {

    private static final String PREFIX = "topic:";

    private final TopicResolver topics;
    private final Texts texts;

    TopicKeyboard(TopicResolver topics, Texts texts) {
        this.topics = topics;
        this.texts = texts;
    }

    InlineKeyboardMarkup buttons(Set<String> subscribed) {
        InlineKeyboardMarkup.InlineKeyboardMarkupBuilder<?, ?> keyboard = InlineKeyboardMarkup.builder();
        for (Topic topic : topics.all()) {
            String label = texts.get(
                    subscribed.contains(topic.id()) ? "topics.subscribed" : "topics.unsubscribed", topic.name());
            keyboard.keyboardRow(new InlineKeyboardRow(InlineKeyboardButton.builder()
                    .text(label)
                    .callbackData(PREFIX + topic.id())
                    .build()));
        }
        return keyboard.build();
    }

    /** The topic a button press names, if it is one of ours. */
    Optional<Topic> topicOf(String callbackData) {
        if (callbackData == null || !callbackData.startsWith(PREFIX)) {
            return Optional.empty();
        }
        return topics.byId(callbackData.substring(PREFIX.length()));
    }
}
