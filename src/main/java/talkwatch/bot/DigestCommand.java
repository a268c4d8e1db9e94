package talkwatch.bot;

import java.util.Optional;
import talkwatch.rhythm.Digest;

/**
 * /digest HH:MM, /digest every Nh, /digest off: the chat's summaries folded into one digest a day (on its clock), or
 * every few hours, or each at once (the default).
 */
final class DigestCommand implements Command {

    private final SettingChange change;
    private final SettingsView view;
    private final Texts texts;

    DigestCommand(SettingChange change, SettingsView view, Texts texts) {
        this.change = change;
        this.view = view;
        this.texts = texts;
    }

    @Override
    public Reply handle(Request request) {
        return change.apply(request, chat -> Reply.text(texts.get("digest.usage")), (chat, words) -> {
            if (SettingChange.isOff(words)) {
                change.save(chat, chat.settings().withDigest(Optional.empty(), change.now()));
                return Reply.text(texts.get("digest.off"));
            }
            Optional<Digest> digest = Digest.parse(words);
            if (digest.isEmpty()) {
                return Reply.text(texts.get("digest.bad", Echo.of(words)));
            }
            var changed = chat.settings().withDigest(digest, change.now());
            change.save(chat, changed);
            String zone = view.zoneName(changed);
            return digest.get() instanceof Digest.Every every
                    ? Reply.text(texts.get("digest.every", view.every(every.hours()), zone))
                    : Reply.text(texts.get("digest.daily", digest.get().text(), zone));
        });
    }
}
