package talkwatch.store;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Where talkwatch keeps what it knows: a SQLite file, the default that needs nothing installed ({@code storage.path}),
 * or a PostgreSQL database that several instances share ({@code storage.url}).
 */
public sealed interface Storage {

    /** Names the database in messages: the file, or the server and database (never a password). */
    String describe();

    /** The SQLite file {@code file}: one talkwatch process at a time. */
    record Sqlite(Path file) implements Storage {

        public Sqlite {
            Objects.requireNonNull(file, "file");
        }

        @Override
        public String describe() {
            return file.toString();
        }
    }

    /**
     * The PostgreSQL database at {@code url} ({@code jdbc:postgresql://host:port/database}), as {@code user}, with
     * {@code password} (from the environment only).
     */
    record Postgres(String url, String user, Optional<String> password) implements Storage {

        public Postgres {
            Objects.requireNonNull(url, "url");
            Objects.requireNonNull(user, "user");
            Objects.requireNonNull(password, "password");
        }

        @Override
        public String describe() {
            int query = url.indexOf('?');
            return (query < 0 ? url : url.substring(0, query)) + " as " + user;
        }

        @Override
        public String toString() {
            return "Postgres[url=" + url + ", user=" + user + ", password=" + (password.isPresent() ? "***" : "none")
                    + "]";
        }
    }
}
