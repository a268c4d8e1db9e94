package talkwatch.testing;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import talkwatch.config.Config;
import talkwatch.config.ConfigLoader;
import talkwatch.fake.FakeBotApi;
import talkwatch.store.Storage;

/**
 * The configuration of a whole bot run against a fake Bot API, for tests of the conversation: one feed, polled
 * hourly, the Astana and Geneva talks, the database {@code talkwatch.db} in {@code dir}.
 */
public final class BotConfig {

    private BotConfig() {}

    /** With a feed that never answers (127.0.0.1:9). */
    public static Config against(FakeBotApi telegram, Path dir) throws IOException {
        return against(telegram, dir, URI.create("http://127.0.0.1:9/none.xml"));
    }

    public static Config against(FakeBotApi telegram, Path dir, URI feed) throws IOException {
        return against(telegram, dir, feed, new Storage.Sqlite(dir.resolve("talkwatch.db")));
    }

    /** With a feed that never answers, on {@code storage}. */
    public static Config against(FakeBotApi telegram, Path dir, Storage storage) throws IOException {
        return against(telegram, dir, URI.create("http://127.0.0.1:9/none.xml"), storage);
    }

    public static Config against(FakeBotApi telegram, Path dir, URI feed, Storage storage) throws IOException {
        return load(telegram, dir, """
                schedule:
                  pollEvery: 1h
                feeds:
                  - id: test-news
                    name: "وكالة الاختبار"
                    url: %s
                topics:
                  - id: astana
                    name: "محادثات أستانا"
                    keywords: ["أستانا", "أستانة"]
                  - id: geneva
                    name: "محادثات جنيف"
                    keywords: ["جنيف"]
                """.formatted(feed), storage, Map.of());
    }

    /** {@code yaml} as {@code dir/talkwatch.yml}, with the token, the fake's URL and the database from the environment. */
    public static Config load(FakeBotApi telegram, Path dir, String yaml) throws IOException {
        return load(telegram, dir, yaml, new Storage.Sqlite(dir.resolve("talkwatch.db")), Map.of());
    }

    /** As {@link #load(FakeBotApi, Path, String)}, with more of the environment ({@code TELEGRAM_WEBHOOK_SECRET}). */
    public static Config load(FakeBotApi telegram, Path dir, String yaml, Map<String, String> more) throws IOException {
        return load(telegram, dir, yaml, new Storage.Sqlite(dir.resolve("talkwatch.db")), more);
    }

    /**
     * {@code yaml} as {@code dir/talkwatch.yml}, with the token and the fake's URL from the environment, on {@code
     * storage}: a SQLite file named by TALKWATCH_DB, or PostgreSQL, named by storage.url and storage.user added to the
     * file, with the password in TALKWATCH_DB_PASSWORD; and with {@code more} of the environment.
     */
    public static Config load(FakeBotApi telegram, Path dir, String yaml, Storage storage, Map<String, String> more)
            throws IOException {
        Map<String, String> environment = new HashMap<>(more);
        environment.put("TELEGRAM_BOT_TOKEN", telegram.token());
        environment.put("TALKWATCH_TELEGRAM_API_URL", telegram.baseUrl());
        if (storage instanceof Storage.Postgres postgres) {
            yaml = yaml + "storage:\n  url: \"" + postgres.url() + "\"\n  user: " + postgres.user() + "\n";
            postgres.password().ifPresent(password -> environment.put("TALKWATCH_DB_PASSWORD", password));
        } else {
            environment.put("TALKWATCH_DB", ((Storage.Sqlite) storage).file().toString());
        }
        Path file = Files.writeString(dir.resolve("talkwatch.yml"), yaml);
        return new ConfigLoader(environment).load(file);
    }
}
