package talkwatch.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import talkwatch.summary.Summarizer;

/** {@code talkwatch summarize}: extractive Arabic summaries of plain-text files, one sentence per line. */
@Command(
        name = "summarize",
        mixinStandardHelpOptions = true,
        description = "Summarize plain-text articles (standard input when no FILE is given): print the chosen "
                + "sentences one per line, in article order.")
public final class SummarizeCommand implements Callable<Integer> {

    static final class Length {
        @Option(names = "--sentences", paramLabel = "N", description = "Number of sentences (default 3).")
        Integer sentences;

        @Option(
                names = "--ratio",
                paramLabel = "R",
                description = "Fraction of the article's sentences: max(1, round(R × sentences)), 0 < R ≤ 1.")
        Double ratio;
    }

    @ArgGroup(exclusive = true)
    Length length = new Length();

    @Option(
            names = "--out",
            paramLabel = "DIR",
            description = "Write each summary to DIR/<input file name> instead of standard output.")
    Path out;

    @Parameters(paramLabel = "FILE", description = "Plain-text articles (UTF-8).")
    List<Path> files = List.of();

    @Spec
    CommandSpec spec;

    private final Summarizer summarizer = new Summarizer();

    @Override
    public Integer call() throws IOException {
        validate();
        PrintWriter stdout = spec.commandLine().getOut();
        if (files.isEmpty()) {
            print(stdout, summarize(new String(System.in.readAllBytes(), StandardCharsets.UTF_8)));
            return 0;
        }
        if (out != null) {
            Files.createDirectories(out);
        }
        for (int i = 0; i < files.size(); i++) {
            Path file = files.get(i);
            List<String> summary = summarize(ArticleFiles.read(file));
            if (out != null) {
                Files.write(out.resolve(file.getFileName()), summary, StandardCharsets.UTF_8);
            } else {
                if (i > 0) {
                    stdout.println();
                }
                print(stdout, summary);
            }
        }
        return 0;
    }

    private void validate() {
        if (length.sentences != null && length.sentences < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--sentences must be at least 1");
        }
        if (length.ratio != null && !(length.ratio > 0 && length.ratio <= 1)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--ratio must be above 0 and at most 1");
        }
        for (Path file : files) {
            if (!Files.isRegularFile(file)) {
                throw new CommandLine.ParameterException(spec.commandLine(), file + ": no such file");
            }
        }
    }

    private List<String> summarize(String text) {
        if (length.ratio != null) {
            return summarizer.summarizeByRatio(text, length.ratio);
        }
        return summarizer.summarize(text, length.sentences == null ? 3 : length.sentences);
    }

    private static void print(PrintWriter stdout, List<String> summary) {
        summary.forEach(stdout::println);
        stdout.flush();
    }
}
