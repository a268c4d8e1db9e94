package talkwatch;

import java.io.PrintWriter;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import talkwatch.cli.BackupCommand;
import talkwatch.cli.ClassifyCommand;
import talkwatch.cli.CopyDbCommand;
import talkwatch.cli.FeedsCommand;
import talkwatch.cli.HealthCommand;
import talkwatch.cli.PollOnceCommand;
import talkwatch.cli.RunCommand;
import talkwatch.cli.SummarizeCommand;
import talkwatch.cli.TopicsCommand;
import talkwatch.config.ConfigException;

/** The {@code talkwatch} command line: exit 0 when all went well, 2 for bad usage or config, 1 for a failure. */
@Command(
        name = "talkwatch",
        mixinStandardHelpOptions = true,
        version = "talkwatch 0.1.0",
        description = "Arabic news about peace talks, summarized and sent to Telegram subscribers.",
        subcommands = {
            RunCommand.class,
            PollOnceCommand.class,
            SummarizeCommand.class,
            FeedsCommand.class,
            ClassifyCommand.class,
            TopicsCommand.class,
            BackupCommand.class,
            CopyDbCommand.class,
            HealthCommand.class
        })
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(
                execute(args, System.getenv(), new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command line with the given environment, so tests need not touch the real one. */
    public static int execute(String[] args, Map<String, String> environment, PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(new Main(), new Factory(environment));
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler((exception, line, parsed) -> {
            if (exception instanceof ConfigException) {
                err.println("talkwatch: " + oneLine(exception.getMessage()));
                return 2;
            }
            err.println("talkwatch: " + oneLine(exception.getMessage()));
            org.slf4j.LoggerFactory.getLogger(Main.class).debug("Failure", exception);
            return 1;
        });
        return commandLine.execute(args);
    }

    /**
     * The message on one line: some carry the lines of another's (PostgreSQL's errors add "Detail: …" and "Hint: …" on
     * lines of their own).
     */
    static String oneLine(String message) {
        return String.valueOf(message).strip().replaceAll("\\s*\\R\\s*", " ");
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(
                spec.commandLine(),
                "missing command: run, poll-once, summarize, classify, topics, feeds, backup, copy-db or health");
    }

    /** Gives each command the environment. */
    private record Factory(Map<String, String> environment) implements CommandLine.IFactory {

        @Override
        public <K> K create(Class<K> type) throws Exception {
            if (type == RunCommand.class) {
                return type.cast(new RunCommand(environment));
            }
            if (type == PollOnceCommand.class) {
                return type.cast(new PollOnceCommand(environment));
            }
            if (type == BackupCommand.class) {
                return type.cast(new BackupCommand(environment));
            }
            if (type == CopyDbCommand.class) {
                return type.cast(new CopyDbCommand(environment));
            }
            if (type == TopicsCommand.Try.class) {
                return type.cast(new TopicsCommand.Try(environment, java.time.Clock.systemUTC()));
            }
            if (type == HealthCommand.class) {
                return type.cast(new HealthCommand(environment, java.time.Clock.systemUTC()));
            }
            return CommandLine.defaultFactory().create(type);
        }
    }
}
