package talkwatch.store;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;
import talkwatch.rhythm.Digest;
import talkwatch.rhythm.QuietHours;

/**
 * How a chat wants its news: the one record that travels between the store, the commands that change it and the
 * delivery loop that follows it.
 *
 * @param digest the chat's digest times, or empty for each summary at once (the default)
 * @param quiet the hours in which messages arrive silently, if any
 * @param zone the chat's clock for digests, quiet hours and shown times, or empty for {@code telegram.timeZone}
 * @param previews whether Telegram shows a preview of the article's link (default no)
 * @param rhythmSince when the digest or the zone last changed: a summary queued before waits for the first digest
 *     after it
 */
public record ChatSettings(
        Optional<Digest> digest,
        Optional<QuietHours> quiet,
        Optional<ZoneId> zone,
        boolean previews,
        Instant rhythmSince) {

    /** A chat that never changed anything. */
    public static final ChatSettings DEFAULTS =
            new ChatSettings(Optional.empty(), Optional.empty(), Optional.empty(), false, Instant.EPOCH);

    public ChatSettings {
        Objects.requireNonNull(digest, "digest");
        Objects.requireNonNull(quiet, "quiet");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(rhythmSince, "rhythmSince");
    }

    /** The chat's clock: its own zone, else {@code fallback} ({@code telegram.timeZone}). */
    public ZoneId zoneOr(ZoneId fallback) {
        return zone.orElse(fallback);
    }

    public ChatSettings withDigest(Optional<Digest> digest, Instant now) {
        return new ChatSettings(digest, quiet, zone, previews, now);
    }

    public ChatSettings withQuiet(Optional<QuietHours> quiet) {
        return new ChatSettings(digest, quiet, zone, previews, rhythmSince);
    }

    public ChatSettings withZone(Optional<ZoneId> zone, Instant now) {
        return new ChatSettings(digest, quiet, zone, previews, now);
    }

    public ChatSettings withPreviews(boolean previews) {
        return new ChatSettings(digest, quiet, zone, previews, rhythmSince);
    }
}
