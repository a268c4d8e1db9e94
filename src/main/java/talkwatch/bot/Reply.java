package talkwatch.bot;

import java.util.List;
import java.util.Optional;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;

/** What the bot answers: one or more HTML messages, each within Telegram's limit, and buttons under the last. */
record Reply(List<String> messages, Optional<InlineKeyboardMarkup> buttons) {

    Reply {
        messages = List.copyOf(messages);
        if (messages.isEmpty()) {
            throw new IllegalArgumentException("a reply has at least one message");
        }
    }

    static Reply text(String html) {
        return new Reply(List.of(html), Optional.empty());
    }

    static Reply messages(List<String> html) {
        return new Reply(html, Optional.empty());
    }
}
