package talkwatch.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import org.sqlite.SQLiteConfig;

/**
 * A connection that reads a database as it is, without migrating or writing anything, for the operator's tools that
 * run beside the bot ({@code health}, {@code topics try}); the bot may be of another version.
 */
final class ReadOnly {

    private ReadOnly() {}

    static Connection connect(Storage storage) throws SQLException {
        if (storage instanceof Storage.Postgres postgres) {
            Properties properties = new Properties();
            properties.setProperty("user", postgres.user());
            postgres.password().ifPresent(password -> properties.setProperty("password", password));
            properties.setProperty("readOnly", "true");
            properties.setProperty("ApplicationName", "talkwatch (read-only)");
            return DriverManager.getConnection(postgres.url(), properties);
        }
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setBusyTimeout(10_000);
        return config.createConnection("jdbc:sqlite:" + ((Storage.Sqlite) storage).file());
    }

    /** What to do when the database cannot be read. */
    static String hint(Storage storage) {
        return storage instanceof Storage.Postgres
                ? "reading " + storage.describe() + " (storage.url and storage.user in the config, the password from"
                        + " TALKWATCH_DB_PASSWORD)"
                : "reading " + storage.describe() + " (storage.path or TALKWATCH_DB must name talkwatch's SQLite file)";
    }
}
