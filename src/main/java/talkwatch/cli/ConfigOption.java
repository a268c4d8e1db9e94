package talkwatch.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine.Option;
import talkwatch.config.Config;
import talkwatch.config.ConfigException;
import talkwatch.config.ConfigLoader;
import talkwatch.store.Storage;

/** The {@code --config FILE} option shared by the commands that read the configuration. */
final class ConfigOption {

    @Option(
            names = "--config",
            paramLabel = "FILE",
            description = "Configuration file (default: ${DEFAULT-VALUE}).",
            defaultValue = "config/talkwatch.yml")
    Path file;

    Config load(Map<String, String> environment) {
        return new ConfigLoader(environment).load(file);
    }

    /**
     * The configured database; a SQLite file must exist, else a {@link ConfigException} ending in {@code otherwise}.
     */
    static Storage existingDatabase(Config loaded, String otherwise) {
        if (loaded.storage() instanceof Storage.Sqlite sqlite && !Files.isRegularFile(sqlite.file())) {
            throw new ConfigException("no database at " + sqlite.file() + " (storage.path in " + loaded.file()
                    + ", or TALKWATCH_DB): " + otherwise);
        }
        return loaded.storage();
    }
}
