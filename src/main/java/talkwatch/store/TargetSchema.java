package talkwatch.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The schema a {@link DatabaseCopy} fills (the target's current schema: {@code public}, or the one {@code
 * currentSchema} names), checked before anything is written: it may hold talkwatch's tables, empty (as a {@code run}
 * that stopped at once leaves them), and nothing else.
 */
final class TargetSchema {

    /** Tables named in a refusal, at most; the count says how many more. */
    private static final int NAMED = 5;

    private TargetSchema() {}

    /** Checks the target before it is migrated, on a connection of its own. */
    static void refuseUnlessEmpty(Storage.Postgres target) {
        Connection connection;
        try {
            connection = Database.connect(target, "talkwatch copy-db");
        } catch (SQLException e) {
            throw new StoreException(
                    "connecting to " + target.describe() + " (the password from TALKWATCH_DB_PASSWORD)",
                    Database.reason(e));
        }
        try (connection) {
            refuseUnlessEmpty(connection, target);
        } catch (SQLException e) {
            throw new StoreException("reading the tables of " + target.describe(), e);
        }
    }

    /** Refuses ({@link TargetNotEmpty}) a schema with tables that are not talkwatch's, or with talkwatch's data. */
    static void refuseUnlessEmpty(Connection connection, Storage.Postgres target) throws SQLException {
        String schema;
        List<String> tables = new ArrayList<>();
        try (Statement select = connection.createStatement();
                ResultSet rows = select.executeQuery("SELECT current_schema(), c.relname FROM pg_namespace n"
                        + " LEFT JOIN pg_class c ON c.relnamespace = n.oid AND c.relkind IN ('r', 'p', 'v', 'm', 'f')"
                        + " WHERE n.nspname = current_schema() ORDER BY c.relname")) {
            if (!rows.next()) {
                return; // no current schema: Flyway's migration will say so, or create it
            }
            schema = rows.getString(1);
            do {
                if (rows.getString(2) != null) {
                    tables.add(rows.getString(2));
                }
            } while (rows.next());
        }
        String where = target.describe() + " (schema " + schema + ")";
        List<String> foreign =
                tables.stream().filter(table -> !isTalkwatchs(table)).toList();
        if (!foreign.isEmpty()) {
            throw new TargetNotEmpty(where + " holds tables that are not talkwatch's (" + named(foreign)
                    + "); copy-db fills only an empty database: create one for talkwatch (CREATE DATABASE talkwatch"
                    + " OWNER " + target.user() + "), or name an empty schema with currentSchema=");
        }
        List<String> filled = new ArrayList<>();
        for (String table : tables) {
            if (isData(table) && hasRows(connection, table)) {
                filled.add(table);
            }
        }
        if (!filled.isEmpty()) {
            throw new TargetNotEmpty(where + " holds talkwatch data already (rows in " + named(filled)
                    + "); copy-db fills only an empty database, so that nothing is mixed or overwritten: drop it"
                    + " and create it again, or name another");
        }
    }

    /** Whether talkwatch's migrations make {@code table}: one it fills, or one of {@link DatabaseCopy#NOT_COPIED}. */
    static boolean isTalkwatchs(String table) {
        return isData(table)
                || DatabaseCopy.NOT_COPIED.contains(table)
                || table.toLowerCase(Locale.ROOT).startsWith(DatabaseCopy.QUARTZ_PREFIX);
    }

    private static boolean isData(String table) {
        return DatabaseCopy.TABLES.contains(table) || table.equals(DatabaseCopy.SEARCH_INDEX);
    }

    private static boolean hasRows(Connection connection, String table) throws SQLException {
        try (Statement select = connection.createStatement();
                ResultSet rows = select.executeQuery("SELECT EXISTS (SELECT 1 FROM " + table + ")")) {
            rows.next();
            return rows.getBoolean(1);
        }
    }

    private static String named(List<String> tables) {
        return tables.size() <= NAMED
                ? String.join(", ", tables)
                : String.join(", ", tables.subList(0, NAMED)) + " and " + (tables.size() - NAMED) + " more";
    }
}
