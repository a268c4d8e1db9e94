package talkwatch.summary;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The EASC articles and their five human summaries, read from the corpus folder ({@link talkwatch.testing.Corpora}),
 * never copied into the repository.
 */
final class EascCorpus {

    private static final Pattern LINE_BREAK = Pattern.compile("\\R");

    /**
     * One article.
     *
     * @param text lines joined with a space, as in the baselines' protocol
     * @param original the article file as it is, line breaks included
     * @param references the five human summaries
     */
    record Article(String id, String text, String original, List<String> references) {

        /** The article cut the way the published baselines cut it: after a run of . ! ? ؟, not in 3.5. */
        List<String> baselineSentences() {
            List<String> sentences = new ArrayList<>();
            int start = 0;
            for (int i = 0; i < text.length(); i++) {
                if (!isEnd(text.charAt(i)) || isDecimalPoint(i)) {
                    continue;
                }
                while (i + 1 < text.length() && isEnd(text.charAt(i + 1))) {
                    i++;
                }
                add(text.substring(start, i + 1), sentences);
                start = i + 1;
            }
            add(text.substring(start), sentences);
            return sentences;
        }

        private boolean isDecimalPoint(int i) {
            return text.charAt(i) == '.'
                    && i > 0
                    && i + 1 < text.length()
                    && Character.isDigit(text.charAt(i - 1))
                    && Character.isDigit(text.charAt(i + 1));
        }

        private static boolean isEnd(char c) {
            return c == '.' || c == '!' || c == '?' || c == '؟';
        }

        private static void add(String piece, List<String> sentences) {
            if (piece.chars().anyMatch(Character::isLetterOrDigit)) {
                sentences.add(piece.strip());
            }
        }
    }

    private EascCorpus() {}

    /** Reads the articles of {@code split} ({@code dev} or {@code test}) from the EASC folder {@code easc}. */
    static List<Article> read(Path easc, String split) {
        List<Article> articles = new ArrayList<>();
        for (String id : lines(easc.resolve(split + ".txt"))) {
            if (id.isBlank()) {
                continue;
            }
            String original = read(easc.resolve("articles/" + id + ".txt"));
            String text = String.join(" ", LINE_BREAK.split(original.strip()));
            List<String> references = new ArrayList<>();
            for (String letter : List.of("A", "B", "C", "D", "E")) {
                references.add(read(easc.resolve("summaries/" + id + "." + letter + ".txt")));
            }
            articles.add(new Article(id.strip(), text, original, List.copyOf(references)));
        }
        return articles;
    }

    private static List<String> lines(Path file) {
        return LINE_BREAK.splitAsStream(read(file)).toList();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read EASC file " + file.toAbsolutePath(), e);
        }
    }
}
