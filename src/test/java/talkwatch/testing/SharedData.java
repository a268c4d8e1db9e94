package talkwatch.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The team's shared data folder ({@code ../shared}), as the build passes it in {@code talkwatch.shared}. */
public final class SharedData {

    private SharedData() {}

    public static Path root() {
        return Path.of(System.getProperty("talkwatch.shared", "../shared"));
    }

    /** The article talkwatch was designed around: first line the headline, then the text. */
    public static String seedArticle() {
        try {
            return Files.readString(root().resolve("data/seed/astana-talks-next-round.txt"));
        } catch (IOException e) {
            throw new UncheckedIOException("the seed article is missing from " + root(), e);
        }
    }

    public static String seedHeadline() {
        return seedArticle().lines().findFirst().orElseThrow().strip();
    }

    public static String seedBody() {
        String article = seedArticle();
        return article.substring(article.indexOf('\n') + 1).strip();
    }
}
