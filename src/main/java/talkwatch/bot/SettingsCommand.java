package talkwatch.bot;

import java.util.List;
import java.util.Optional;
import talkwatch.store.ChatSettings;
import talkwatch.store.ChatSettingsStore;

/** /settings [@channel]: the chat's settings in one message, with buttons to change each. */
final class SettingsCommand implements Command {

    private final ChatSettingsStore settings;
    private final SettingsAccess access;
    private final SettingsView view;

    SettingsCommand(ChatSettingsStore settings, SettingsAccess access, SettingsView view) {
        this.settings = settings;
        this.access = access;
        this.view = view;
    }

    @Override
    public Reply handle(Request request) {
        SettingsAccess.Resolved resolved = access.toSee(request);
        if (resolved.refusal().isPresent()) {
            return resolved.refusal().get();
        }
        SettingsTarget target = resolved.target().orElseThrow();
        ChatSettings chat = settings.get(target.chatId());
        return new Reply(List.of(view.text(target, chat)), Optional.of(view.main(target.chatId(), chat)));
    }
}
