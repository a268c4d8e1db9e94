package talkwatch.summary;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The team's shared data directory, which is not part of the repository (EASC texts may not be republished).
 * Surefire passes it as system property {@code talkwatch.shared}; otherwise {@code ../shared} from the working
 * directory is used.
 */
final class SharedData {

    private SharedData() {}

    static Path dir() {
        String configured = System.getProperty("talkwatch.shared");
        return configured != null ? Path.of(configured) : Path.of("..", "shared");
    }

    static String read(String relativePath) {
        Path file = dir().resolve(relativePath);
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "cannot read shared data " + file.toAbsolutePath() + " (set -Dtalkwatch.shared=/path/to/shared)",
                    e);
        }
    }
}
