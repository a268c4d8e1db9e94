package talkwatch.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import talkwatch.config.Config;
import talkwatch.config.ConfigException;
import talkwatch.store.Database;
import talkwatch.store.Storage;

/** {@code talkwatch backup FILE}: a consistent copy of the database, taken while the bot runs. */
@Command(
        name = "backup",
        mixinStandardHelpOptions = true,
        description = "Copy the database (storage.path or TALKWATCH_DB) to FILE, consistent and compacted, while the"
                + " bot keeps running. To restore: stop talkwatch, put the copy in place of the database file,"
                + " start it again.")
public final class BackupCommand implements Callable<Integer> {

    @Mixin
    ConfigOption config;

    @Parameters(paramLabel = "FILE", description = "The copy to write; it must not exist yet.")
    Path target;

    @Spec
    CommandSpec spec;

    private final Map<String, String> environment;

    public BackupCommand(Map<String, String> environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() throws IOException {
        Config loaded = config.load(environment);
        if (!(ConfigOption.existingDatabase(loaded, "nothing to back up") instanceof Storage.Sqlite sqlite)) {
            throw new ConfigException(
                    loaded.file() + ": storage.url is PostgreSQL, which backup does not copy; use"
                            + " pg_dump (e.g. pg_dump -Fc -f talkwatch.dump DATABASE), which is consistent while talkwatch runs");
        }
        Path source = sqlite.file();
        if (Files.exists(target)) {
            throw new ConfigException(target + " already exists; give the name of a new file");
        }
        long start = System.nanoTime();
        Database.backup(source, target);
        spec.commandLine()
                .getOut()
                .printf(
                        Locale.ROOT,
                        "Backed up %s (%s) to %s (%s) in %.1f s%n",
                        source,
                        megabytes(source),
                        target,
                        megabytes(target),
                        (System.nanoTime() - start) / 1e9);
        spec.commandLine().getOut().flush();
        return 0;
    }

    private static String megabytes(Path file) throws IOException {
        return String.format(Locale.ROOT, "%.1f MB", Files.size(file) / 1048576.0);
    }
}
