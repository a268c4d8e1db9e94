package talkwatch.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import talkwatch.match.Topic;
import talkwatch.match.TopicMatcher;

/** {@code talkwatch classify}: the configured topics of plain-text articles, one line per file. */
@Command(
        name = "classify",
        mixinStandardHelpOptions = true,
        description = "Print the topics of plain-text articles (UTF-8; first line the headline, then the text): "
                + "one line per FILE, the file name, a tab, the topic ids separated by commas or - for none.")
public final class ClassifyCommand implements Callable<Integer> {

    @Mixin
    ConfigOption config;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Plain-text articles (UTF-8).")
    List<Path> files;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        for (Path file : files) {
            if (!Files.isRegularFile(file)) {
                throw new CommandLine.ParameterException(spec.commandLine(), file + ": no such file");
            }
        }
        // Topics need no environment (token, API URL, database): classify runs anywhere.
        TopicMatcher matcher = new TopicMatcher(config.load(Map.of()).topics());
        PrintWriter out = spec.commandLine().getOut();
        for (Path file : files) {
            String content = ArticleFiles.read(file);
            int newline = content.indexOf('\n');
            String headline = newline < 0 ? content : content.substring(0, newline);
            String text = newline < 0 ? "" : content.substring(newline + 1);
            List<Topic> topics = matcher.match(headline.strip(), text);
            String ids = topics.isEmpty() ? "-" : topics.stream().map(Topic::id).collect(Collectors.joining(","));
            out.println(file + "\t" + ids);
        }
        out.flush();
        return 0;
    }
}
