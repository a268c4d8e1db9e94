package talkwatch.store;

/** The database could not be read or written; says what was being done. */
public final class StoreException extends RuntimeException {

    public StoreException(String doing, Throwable cause) {
        super("database error while " + doing + ": " + cause.getMessage(), cause);
    }
}
