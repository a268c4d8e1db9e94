package talkwatch.bot;

import java.time.ZoneId;
import java.util.Optional;

/** /timezone Area/City: the chat's clock for digests, quiet hours and the times shown. */
final class TimezoneCommand implements Command {

    private final SettingChange change;
    private final SettingsView view;
    private final Zones zones;
    private final Texts texts;

    TimezoneCommand(SettingChange change, SettingsView view, Zones zones, Texts texts) {
        this.change = change;
        this.view = view;
        this.zones = zones;
        this.texts = texts;
    }

    @Override
    public Reply handle(Request request) {
        return change.apply(
                request, chat -> Reply.text(texts.get("timezone.usage", view.zone(chat.settings()))), (chat, words) -> {
                    Optional<ZoneId> zone = zones.find(words);
                    if (zone.isEmpty()) {
                        return Reply.text(texts.get("timezone.bad", Echo.of(words)));
                    }
                    var changed = chat.settings().withZone(zone, change.now());
                    change.save(chat, changed);
                    return Reply.text(texts.get("timezone.set", view.zone(changed), view.now(changed)));
                });
    }
}
