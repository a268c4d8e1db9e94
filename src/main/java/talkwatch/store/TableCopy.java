package talkwatch.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One table's rows, copied as they are from SQLite into the same table on PostgreSQL: every column the source has (so
 * that nothing is left behind unnoticed: a column the target lacks fails the copy), each value bound as the target's
 * column type, the rows sent in {@link Batches}.
 */
final class TableCopy {

    private TableCopy() {}

    /** Copies {@code table}; returns how many rows. */
    static long copy(Connection from, Connection to, String table) throws SQLException {
        try (Statement select = from.createStatement();
                ResultSet rows = select.executeQuery("SELECT * FROM " + table)) {
            List<String> columns = columns(rows.getMetaData());
            int[] types = targetTypes(to, table, columns);
            String sql = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
                    + String.join(", ", Collections.nCopies(columns.size(), "?")) + ")";
            try (PreparedStatement insert = to.prepareStatement(sql)) {
                Batches batches = new Batches(insert);
                while (rows.next()) {
                    for (int i = 1; i <= types.length; i++) {
                        Object value = rows.getObject(i);
                        if (value == null) {
                            insert.setNull(i, types[i - 1]);
                        } else {
                            insert.setObject(i, value, types[i - 1]);
                        }
                    }
                    batches.add();
                }
                return batches.finish();
            }
        }
    }

    private static List<String> columns(ResultSetMetaData source) throws SQLException {
        List<String> columns = new ArrayList<>(source.getColumnCount());
        for (int i = 1; i <= source.getColumnCount(); i++) {
            columns.add(source.getColumnName(i));
        }
        return columns;
    }

    /** The JDBC types of {@code columns} in the target's {@code table}. */
    private static int[] targetTypes(Connection to, String table, List<String> columns) throws SQLException {
        try (Statement select = to.createStatement();
                ResultSet none = select.executeQuery(
                        "SELECT " + String.join(", ", columns) + " FROM " + table + " WHERE false")) {
            ResultSetMetaData target = none.getMetaData();
            int[] types = new int[columns.size()];
            for (int i = 0; i < types.length; i++) {
                types[i] = target.getColumnType(i + 1);
            }
            return types;
        }
    }
}
