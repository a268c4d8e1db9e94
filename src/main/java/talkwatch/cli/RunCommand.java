package talkwatch.cli;

import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import talkwatch.Application;
import talkwatch.config.Config;

/** {@code talkwatch run}: the scheduler and the bot, until SIGTERM or Ctrl-C. */
@Command(
        name = "run",
        mixinStandardHelpOptions = true,
        description = "Run the bot: poll the feeds on schedule, send summaries, answer commands. "
                + "Needs TELEGRAM_BOT_TOKEN. Stops cleanly on SIGTERM or Ctrl-C.")
public final class RunCommand implements Callable<Integer> {

    @Mixin
    ConfigOption config;

    private final Map<String, String> environment;

    public RunCommand(Map<String, String> environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() throws Exception {
        Config loaded = config.load(environment);
        Application application = Application.start(loaded);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                application.close();
            } catch (Exception e) {
                System.err.println("talkwatch: error while stopping: " + e.getMessage());
            } finally {
                stopped.countDown();
            }
        }));
        stopped.await();
        return 0;
    }
}
