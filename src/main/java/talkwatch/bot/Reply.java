package talkwatch.bot;

import java.util.Optional;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;

/** What the bot answers: HTML text, and buttons if any. */
record Reply(String html, Optional<InlineKeyboardMarkup> buttons) {

    static Reply text(String html) {
        return new Reply(html, Optional.empty());
    }
}
