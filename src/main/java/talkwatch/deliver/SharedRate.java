package talkwatch.deliver;

import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import talkwatch.store.SendSlots;

/**
 * The overall rate of a cluster of instances on one PostgreSQL database: each message takes a slot of the cluster's
 * one schedule ({@link SendSlots}), {@code 1/perSecond} after the one before, whichever instance sends it. Slots are
 * taken a few at a time (more while this instance sends a lot, one at a time while it only answers commands), and
 * one not used by its moment is lost, never saved up for a burst. Should the database not answer, this instance goes
 * on at the full rate on its own until it does, and says so. Not thread-safe (the {@link Pacer} guards it).
 */
final class SharedRate implements GlobalRate {

    /** The slots taken at once, at most: a twentieth of a second's worth. */
    private static final double MOST_AHEAD = 0.05;

    private static final Logger log = LoggerFactory.getLogger(SharedRate.class);

    private final SendSlots slots;
    private final Duration interval;
    private final int mostAtOnce;
    private final LocalRate fallback;

    private Instant next = Instant.EPOCH;
    private int left;
    private int atOnce = 1;
    private boolean onItsOwn;

    SharedRate(SendSlots slots, double perSecond, Instant now) {
        this.slots = slots;
        this.interval = Duration.ofNanos((long) Math.ceil(1e9 / perSecond));
        this.mostAtOnce = Math.max(1, (int) (perSecond * MOST_AHEAD));
        this.fallback = new LocalRate(perSecond, now);
    }

    @Override
    public Instant readyAt(Instant now) {
        dropPast(now);
        if (left == 0 && !refill(now)) {
            return fallback.readyAt(now);
        }
        return Pacer.max(now, next);
    }

    @Override
    public void take(int count, Instant at) {
        for (int i = 0; i < count; i++) {
            dropPast(at);
            if (left == 0 && !refill(at)) {
                fallback.take(count - i, at);
                return;
            }
            next = next.plus(interval);
            left--;
            if (left == 0) {
                atOnce = Math.min(mostAtOnce, atOnce * 2); // all used: take more next time
            }
        }
    }

    @Override
    public void pauseUntil(Instant now, Instant until) {
        left = 0;
        fallback.pauseUntil(now, until);
        if (until.isAfter(now)) {
            try {
                slots.pause(Duration.between(now, until));
            } catch (RuntimeException e) {
                log.warn("Could not tell the other instances of Telegram's pause: {}", e.getMessage());
            }
        }
    }

    /** Slots whose moment passed unused are lost: using them late would send a burst. */
    private void dropPast(Instant now) {
        Instant late = now.minus(interval);
        boolean dropped = false;
        while (left > 0 && next.isBefore(late)) {
            next = next.plus(interval);
            left--;
            dropped = true;
        }
        if (dropped && left == 0) {
            atOnce = Math.max(1, atOnce / 2);
        }
    }

    /** Takes the next slots of the cluster's schedule; false when the database did not answer. */
    private boolean refill(Instant now) {
        try {
            SendSlots.Grant grant = slots.take(atOnce, interval);
            next = now.plus(grant.firstIn());
            left = grant.count();
            if (onItsOwn) {
                log.info("The database answers again: this instance sends within the cluster's rate again");
                onItsOwn = false;
            }
            return true;
        } catch (RuntimeException e) {
            if (!onItsOwn) {
                log.warn(
                        "Could not take slots of the cluster's rate ({}); this instance sends at the full rate on its"
                                + " own until the database answers",
                        e.getMessage());
                onItsOwn = true;
            }
            return false;
        }
    }
}
