package talkwatch.deliver;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs each kind of delivery problem once a minute at most: a Telegram outage hitting thousands of
 * deliveries is one clear line, not thousands. Thread-safe.
 */
final class ProblemLog {

    private static final long QUIET_NANOS = 60_000_000_000L;
    private final Logger log;
    private final Map<String, Long> lastLogged = new ConcurrentHashMap<>();

    /** Logs under {@code owner}'s name, so a line says which part of talkwatch met the problem. */
    ProblemLog(Class<?> owner) {
        this.log = LoggerFactory.getLogger(owner);
    }

    void once(String kind, String format, Object... arguments) {
        long now = System.nanoTime();
        Long last = lastLogged.get(kind);
        if (last != null && now - last < QUIET_NANOS) {
            return;
        }
        lastLogged.put(kind, now);
        log.warn(format, arguments);
    }
}
