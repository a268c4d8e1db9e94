package talkwatch.store;

/**
 * The database a {@link Database} speaks to. The stores' SQL is written once for both wherever the two agree (nearly
 * everywhere: {@code ON CONFLICT}, {@code RETURNING}, {@code string_agg … ORDER BY}); what differs is asked of this.
 */
public enum Dialect {
    /** A SQLite file: one process, one writer at a time, an FTS5 index for /search. */
    SQLITE,
    /** A PostgreSQL database that several instances share, a GIN-indexed tsvector for /search. */
    POSTGRESQL;

    /** Whether writers of this process must queue for the database's single write lock. */
    boolean oneWriter() {
        return this == SQLITE;
    }
}
