package talkwatch.cli;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import talkwatch.config.ConfigException;
import talkwatch.config.ConfigLoader;
import talkwatch.store.Storage;

/**
 * The PostgreSQL database {@code copy-db --to} names: a JDBC URL whose {@code user=} names the role, taken out of the
 * URL as talkwatch's configuration keeps it apart ({@code storage.user}); the other parameters stay. The password
 * comes from {@value ConfigLoader#DATABASE_PASSWORD_VARIABLE} only, never from a command line that {@code ps} and the
 * shell's history show.
 */
final class TargetUrl {

    static final String EXPECTED = "jdbc:postgresql://host[:port]/database?user=NAME";

    private TargetUrl() {}

    /** The database {@code text} names, reached with {@code password}; a {@link ConfigException} if it is no such URL. */
    static Storage.Postgres parse(String text, Optional<String> password) {
        if (!ConfigLoader.POSTGRES_URL.matcher(text).matches()) {
            throw new ConfigException("--to " + masked(text) + " is not a PostgreSQL JDBC URL; expected " + EXPECTED
                    + " (the password from " + ConfigLoader.DATABASE_PASSWORD_VARIABLE + ")");
        }
        int query = text.indexOf('?');
        String base = query < 0 ? text : text.substring(0, query);
        if (base.substring("jdbc:postgresql://".length()).contains("@")) {
            throw holdsAPassword();
        }
        String user = null;
        List<String> kept = new ArrayList<>();
        for (String parameter :
                query < 0 ? new String[0] : text.substring(query + 1).split("&")) {
            String[] pair = parameter.split("=", 2);
            String name = pair[0].toLowerCase(Locale.ROOT);
            if (name.equals("password")) {
                throw holdsAPassword();
            }
            if (name.equals("user")) {
                user = pair.length == 2 ? URLDecoder.decode(pair[1], StandardCharsets.UTF_8) : "";
            } else if (!parameter.isEmpty()) {
                kept.add(parameter);
            }
        }
        if (user == null || user.isBlank()) {
            throw new ConfigException(
                    "--to " + base + " names no role; add ?user=NAME, the role talkwatch is to connect"
                            + " as (the password from " + ConfigLoader.DATABASE_PASSWORD_VARIABLE + ")");
        }
        return new Storage.Postgres(base + (kept.isEmpty() ? "" : "?" + String.join("&", kept)), user, password);
    }

    private static ConfigException holdsAPassword() {
        return new ConfigException("--to holds a password; remove it from the URL and export "
                + ConfigLoader.DATABASE_PASSWORD_VARIABLE + " instead");
    }

    /** {@code text} without what might be a password: in {@code //user:password@host}, or a {@code password=}. */
    private static String masked(String text) {
        return text.replaceAll("(//[^/@]*?:)[^/@]*@", "$1***@").replaceAll("(?i)(password=)[^&]*", "$1***");
    }
}
