package talkwatch.store;

import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Rows added to a prepared insert and sent a thousand at a time: on PostgreSQL, whose pool rewrites a batch of inserts
 * into one statement of many rows ({@code reWriteBatchedInserts}), each thousand is one round trip.
 */
final class Batches {

    private static final int SIZE = 1000;

    private final PreparedStatement insert;
    private int waiting;
    private long rows;

    Batches(PreparedStatement insert) {
        this.insert = insert;
    }

    /** Adds the row whose parameters are set now. */
    void add() throws SQLException {
        insert.addBatch();
        rows++;
        if (++waiting == SIZE) {
            insert.executeBatch();
            waiting = 0;
        }
    }

    /** Sends the rows still waiting; returns how many were added in all. */
    long finish() throws SQLException {
        if (waiting > 0) {
            insert.executeBatch();
            waiting = 0;
        }
        return rows;
    }
}
