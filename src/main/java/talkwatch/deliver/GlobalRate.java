package talkwatch.deliver;

import java.time.Instant;

/** The overall rate of sending ({@code delivery.globalPerSecond}): this process's own, or its cluster's. */
interface GlobalRate {

    /** When one message may go out: {@code now}, or later. */
    Instant readyAt(Instant now);

    /** Counts {@code count} messages going out at {@code at}, which may be a scheduled moment in the future. */
    void take(int count, Instant at);

    /** Nothing goes out before {@code until}: Telegram asked for a pause (429). */
    void pauseUntil(Instant now, Instant until);
}
