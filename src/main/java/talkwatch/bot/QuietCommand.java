package talkwatch.bot;

import java.util.Optional;
import talkwatch.rhythm.QuietHours;

/** /quiet HH:MM-HH:MM, /quiet off: hours (on the chat's clock) in which messages arrive without a sound. */
final class QuietCommand implements Command {

    private final SettingChange change;
    private final SettingsView view;
    private final Texts texts;

    QuietCommand(SettingChange change, SettingsView view, Texts texts) {
        this.change = change;
        this.view = view;
        this.texts = texts;
    }

    @Override
    public Reply handle(Request request) {
        return change.apply(request, chat -> Reply.text(texts.get("quiet.usage")), (chat, words) -> {
            if (SettingChange.isOff(words)) {
                change.save(chat, chat.settings().withQuiet(Optional.empty()));
                return Reply.text(texts.get("quiet.off"));
            }
            Optional<QuietHours> quiet = QuietHours.parse(words);
            if (quiet.isEmpty()) {
                return Reply.text(texts.get("quiet.bad", Echo.of(words)));
            }
            var changed = chat.settings().withQuiet(quiet);
            change.save(chat, changed);
            String[] ends = quiet.get().text().split("-");
            return Reply.text(texts.get("quiet.set", ends[0], ends[1], view.zoneName(changed)));
        });
    }
}
