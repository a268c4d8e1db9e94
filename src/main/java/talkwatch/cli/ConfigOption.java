package talkwatch.cli;

import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine.Option;
import talkwatch.config.Config;
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
}
