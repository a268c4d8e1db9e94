package talkwatch.bot;

import java.time.Clock;
import java.time.Instant;
import java.util.function.BiFunction;
import java.util.function.Function;
import talkwatch.arabic.ArabicText;
import talkwatch.store.ChatSettings;
import talkwatch.store.ChatSettingsStore;

/**
 * What /digest, /quiet and /timezone share: the chat they change (or the channel named first), who may change it, the
 * usage when nothing follows the command, and "off" in the ways people write it.
 */
final class SettingChange {

    private final ChatSettingsStore settings;
    private final SettingsAccess access;
    private final Clock clock;

    SettingChange(ChatSettingsStore settings, SettingsAccess access, Clock clock) {
        this.settings = settings;
        this.access = access;
        this.clock = clock;
    }

    /**
     * Runs {@code change} with the target's settings and the words after the command, for a user who may change them;
     * {@code usage} when no words follow.
     */
    Reply apply(Request request, Function<Target, Reply> usage, BiFunction<Target, String, Reply> change) {
        String args = request.args().strip();
        boolean bare = args.isEmpty() || (args.startsWith("@") && args.split("\\s+").length == 1);
        SettingsAccess.Resolved resolved = bare ? access.toSee(request) : access.toChange(request);
        if (resolved.refusal().isPresent()) {
            return resolved.refusal().get();
        }
        SettingsTarget target = resolved.target().orElseThrow();
        Target chat = new Target(target, settings.get(target.chatId()));
        return bare ? usage.apply(chat) : change.apply(chat, resolved.args());
    }

    /** Stores {@code changed} as the target's settings. */
    void save(Target target, ChatSettings changed) {
        settings.save(target.target().chatId(), changed);
    }

    Instant now() {
        return clock.instant();
    }

    /** Whether the user means "none": off, إيقاف, إلغاء. */
    static boolean isOff(String words) {
        String word = ArabicText.normalize(words);
        return word.equals("off") || word.equals("none") || word.equals("ايقاف") || word.equals("الغاء");
    }

    /** The chat a command changes, and its settings before. */
    record Target(SettingsTarget target, ChatSettings settings) {}
}
