package talkwatch.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import talkwatch.fake.FakeBotApi;

/** {@code talkwatch run} in a child JVM against a fake Bot API, its output in a log file. */
public final class RunProcess {

    private RunProcess() {}

    public static Process launch(FakeBotApi telegram, Path config, Path database, Path log) throws IOException {
        return launch(telegram, config, java.util.Map.of("TALKWATCH_DB", database.toString()), log);
    }

    /** With {@code environment} added: the database (TALKWATCH_DB, or TALKWATCH_DB_PASSWORD), a webhook's secret. */
    public static Process launch(FakeBotApi telegram, Path config, java.util.Map<String, String> environment, Path log)
            throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(
                java,
                "-cp",
                System.getProperty("java.class.path"),
                "talkwatch.Main",
                "run",
                "--config",
                config.toString());
        builder.environment().put("TELEGRAM_BOT_TOKEN", telegram.token());
        builder.environment().put("TALKWATCH_TELEGRAM_API_URL", telegram.baseUrl());
        builder.environment().remove("TALKWATCH_DB");
        builder.environment().putAll(environment);
        builder.redirectErrorStream(true);
        builder.redirectOutput(log.toFile());
        return builder.start();
    }

    /** What the child wrote so far. */
    public static String output(Path log) throws IOException {
        return Files.exists(log) ? Files.readString(log) : "";
    }
}
