package talkwatch.testing;

import java.nio.file.Path;

/** The team's shared data folder ({@code ../shared}), as the build passes it in {@code talkwatch.shared}. */
public final class SharedData {

    private SharedData() {}

    public static Path root() {
        return Path.of(System.getProperty("talkwatch.shared", "../shared"));
    }
}
