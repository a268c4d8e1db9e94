package talkwatch.config;

import java.nio.file.Path;

/** A mistake in the configuration: names the file, the key and what is expected. */
public final class ConfigException extends RuntimeException {

    public ConfigException(Path file, String key, String problem) {
        super(file + ": " + key + ": " + problem);
    }

    public ConfigException(String message) {
        super(message);
    }
}
