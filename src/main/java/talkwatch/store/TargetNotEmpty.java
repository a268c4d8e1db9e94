package talkwatch.store;

/**
 * The PostgreSQL database {@link DatabaseCopy} was to fill holds data already, or tables that are not talkwatch's: it
 * is left as it was. The message says what it holds and what to do.
 */
public final class TargetNotEmpty extends RuntimeException {

    TargetNotEmpty(String message) {
        super(message);
    }
}
