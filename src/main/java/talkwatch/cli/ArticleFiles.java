package talkwatch.cli;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import talkwatch.config.ConfigException;

/** Reads the plain-text article files that {@code summarize} and {@code classify} take. */
final class ArticleFiles {

    private ArticleFiles() {}

    /** The file's text, without a byte order mark; a file that is not UTF-8 is a one-line usage error. */
    static String read(Path file) throws IOException {
        try {
            return Files.readString(file, StandardCharsets.UTF_8).replace("\uFEFF", "");
        } catch (MalformedInputException e) {
            throw new ConfigException(file + ": not UTF-8 text; save the article as plain UTF-8 text"
                    + " (first line the headline, then the text)");
        } catch (NoSuchFileException e) {
            throw new ConfigException(file + ": no such file");
        }
    }
}
