package talkwatch.feed;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads the team's feed fixtures from {@code shared/data/feeds} (system property {@code talkwatch.shared}). */
final class SharedFeeds {
    private SharedFeeds() {}

    static byte[] bytes(String name) {
        Path dir = Path.of(System.getProperty("talkwatch.shared", "../shared"), "data", "feeds");
        try {
            return Files.readAllBytes(dir.resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "fixture " + name + " not found in " + dir.toAbsolutePath()
                            + "; run the tests with -Dtalkwatch.shared=/path/to/shared",
                    e);
        }
    }
}
