package talkwatch.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine.Option;
import talkwatch.config.Config;
import talkwatch.config.ConfigException;
import talkwatch.config.ConfigLoader;

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

    /** The configured database file, which must exist; else a {@link ConfigException} ending in {@code otherwise}. */
    static Path existingDatabase(Config loaded, String otherwise) {
        if (!Files.isRegularFile(loaded.databasePath())) {
            throw new ConfigException("no database at " + loaded.databasePath() + " (storage.path in " + loaded.file()
                    + ", or TALKWATCH_DB): " + otherwise);
        }
        return loaded.databasePath();
    }
}
