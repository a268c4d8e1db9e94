package talkwatch.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import talkwatch.RunLock;
import talkwatch.config.Config;
import talkwatch.config.ConfigException;
import talkwatch.config.ConfigLoader;
import talkwatch.store.Copied;
import talkwatch.store.DatabaseCopy;
import talkwatch.store.Storage;
import talkwatch.store.TargetNotEmpty;

/**
 * {@code talkwatch copy-db --to URL}: moves talkwatch from its SQLite file to an empty PostgreSQL database, with every
 * chat, subscription, article, story and delivery, while the bot is stopped.
 */
@Command(
        name = "copy-db",
        mixinStandardHelpOptions = true,
        description =
                "Copy the SQLite database (storage.path or TALKWATCH_DB) into an empty PostgreSQL database, in one"
                        + " transaction: chats and their settings, subscriptions, articles with their stories, the search"
                        + " index, the whole delivery queue, feed states, poll runs; ids kept. Stop talkwatch run first. The"
                        + " password comes from TALKWATCH_DB_PASSWORD. Then point storage.url and storage.user at the"
                        + " database and start talkwatch run.")
public final class CopyDbCommand implements Callable<Integer> {

    @Mixin
    ConfigOption config;

    @Option(
            names = "--to",
            required = true,
            paramLabel = "URL",
            description = "The PostgreSQL database to fill, which must hold no data: " + TargetUrl.EXPECTED
                    + " (other parameters, such as currentSchema or sslmode, are kept).")
    String to;

    @Spec
    CommandSpec spec;

    private final Map<String, String> environment;

    public CopyDbCommand(Map<String, String> environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() throws Exception {
        Storage.Postgres target = TargetUrl.parse(
                to,
                Optional.ofNullable(environment.get(ConfigLoader.DATABASE_PASSWORD_VARIABLE))
                        .filter(password -> !password.isEmpty()));
        Config loaded = config.load(environment);
        if (loaded.storage() instanceof Storage.Postgres postgres) {
            throw new ConfigException(loaded.file() + ": storage.url already names PostgreSQL (" + postgres.describe()
                    + "); copy-db copies talkwatch's SQLite file (storage.path or TALKWATCH_DB) into PostgreSQL, so"
                    + " there is nothing to copy from");
        }
        Path source = ((Storage.Sqlite) ConfigOption.existingDatabase(loaded, "nothing to copy")).file();
        try (RunLock lock = RunLock.tryTake(source).orElseThrow(() -> runningBot(source))) {
            long start = System.nanoTime();
            Copied copied;
            try {
                copied = DatabaseCopy.copy(source, target);
            } catch (TargetNotEmpty e) {
                throw new ConfigException(e.getMessage());
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            spec.commandLine().getOut().println(report(copied, source, target, seconds, loaded.file()));
            spec.commandLine().getOut().flush();
        }
        return 0;
    }

    private static ConfigException runningBot(Path source) {
        return new ConfigException("a talkwatch run is using " + source + " (it holds " + RunLock.file(source)
                + "); stop it first, then copy: what it wrote after the copy began would be lost");
    }

    /** What was copied, and what to change to run on it. */
    static String report(Copied copied, Path source, Storage.Postgres target, double seconds, Path configFile) {
        return String.format(
                Locale.ROOT,
                "Copied %s (%,d active), %s, %s (%s), %s (%,d waiting), %s, %s and %s from %s to %s in %.1f s."
                        + " Set storage.url: %s and storage.user: %s in %s (in place of storage.path or"
                        + " TALKWATCH_DB), export %s, and start talkwatch run.",
                count(copied.chats(), "chat", "chats"),
                copied.activeChats(),
                count(copied.subscriptions(), "subscription", "subscriptions"),
                count(copied.articles(), "article", "articles"),
                count(copied.stories(), "story", "stories"),
                count(copied.deliveries(), "delivery", "deliveries"),
                copied.waiting(),
                count(copied.feedStates(), "feed state", "feed states"),
                count(copied.pollRuns(), "poll run", "poll runs"),
                count(copied.handledUpdates(), "handled update", "handled updates"),
                source,
                target.url(),
                seconds,
                target.url(),
                target.user(),
                configFile,
                ConfigLoader.DATABASE_PASSWORD_VARIABLE);
    }

    private static String count(long n, String one, String many) {
        return String.format(Locale.ROOT, "%,d %s", n, n == 1 ? one : many);
    }
}
