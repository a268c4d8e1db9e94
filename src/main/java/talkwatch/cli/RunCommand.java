package talkwatch.cli;

import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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

    private static final Logger log = LoggerFactory.getLogger(RunCommand.class);

    @Mixin
    ConfigOption config;

    private final Map<String, String> environment;

    public RunCommand(Map<String, String> environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() throws Exception {
        Config loaded = config.load(environment);
        Thread main = Thread.currentThread();
        CountDownLatch stopAsked = new CountDownLatch(1);
        CountDownLatch interrupted = new CountDownLatch(1);
        CountDownLatch stopped = new CountDownLatch(1);
        // Registered before the start, which may wait minutes for Telegram: a SIGTERM then interrupts the wait and
        // the start closes what it had opened. Should the interrupt be lost inside a library, stopAsked still holds.
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            stopAsked.countDown();
                            main.interrupt();
                            interrupted.countDown();
                            try {
                                stopped.await(30, TimeUnit.SECONDS);
                            } catch (InterruptedException e) {
                                Thread.currentThread().interrupt();
                            }
                        },
                        "talkwatch-stop"));
        try {
            Application application;
            try {
                application = Application.start(loaded);
            } catch (Exception e) {
                if (stopAsked.getCount() > 0) {
                    throw e;
                }
                // stopped while starting (waiting for Telegram, most likely): the start closed what it had opened
                log.info("Stopping talkwatch during start-up; what is queued stays in the store");
                return 0;
            }
            try {
                stopAsked.await();
            } catch (InterruptedException e) {
                // the shutdown hook, as expected
            }
            // The hook's interrupt may land after the wait above ended: let it land, then clear it, so that it does
            // not cut the close short.
            awaitUninterruptibly(interrupted);
            Thread.interrupted();
            try {
                application.close();
            } catch (Exception e) {
                log.error("Error while stopping talkwatch (what is queued stays in the store)", e);
            }
            return 0;
        } finally {
            stopped.countDown();
        }
    }

    private static void awaitUninterruptibly(CountDownLatch latch) {
        while (true) {
            try {
                latch.await();
                return;
            } catch (InterruptedException e) {
                // the one interrupt expected; waiting on
            }
        }
    }
}
