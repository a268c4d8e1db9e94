package talkwatch.schedule;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Optional;
import talkwatch.store.Database;
import talkwatch.store.Retention;
import talkwatch.store.Storage;

/**
 * One instance of a test cluster, run in a child JVM by {@link ScheduleClusterTest}, wired as the application wires
 * the PostgreSQL mode: the store's database, named by {@value #URL_VARIABLE}, {@value #USER_VARIABLE} and {@value
 * #PASSWORD_VARIABLE}, lends its pool to the clustered schedule. The poll cycle is a stand-in that lasts {@code cycle}
 * and writes {@code start <ms>} and {@code end <ms>} lines to a file. Runs until its standard input closes, then closes
 * the schedule and the database, as the application does.
 *
 * <p>Arguments: {@code every-ms cycle-ms events-file}.
 */
final class ClusterNode {

    static final String URL_VARIABLE = "TALKWATCH_TEST_POSTGRES_URL";
    static final String USER_VARIABLE = "TALKWATCH_TEST_POSTGRES_USER";
    static final String PASSWORD_VARIABLE = "TALKWATCH_TEST_POSTGRES_PASSWORD";

    private ClusterNode() {}

    public static void main(String[] args) throws Exception {
        Duration every = Duration.ofMillis(Long.parseLong(args[0]));
        Duration cycle = Duration.ofMillis(Long.parseLong(args[1]));
        Path events = Path.of(args[2]);
        Storage.Postgres storage = new Storage.Postgres(
                System.getenv(URL_VARIABLE),
                System.getenv(USER_VARIABLE),
                Optional.ofNullable(System.getenv(PASSWORD_VARIABLE)));
        try (Database database = Database.open(storage)) {
            Schedule schedule = Schedule.clustered(
                    database.shared().orElseThrow(),
                    () -> cycle(events, cycle),
                    every,
                    new Retention(database),
                    Duration.ofDays(90),
                    Schedule.FIRST_FORGETTING);
            schedule.start();
            while (System.in.read() != -1) {
                // until the test closes our standard input
            }
            schedule.close();
        }
    }

    private static void cycle(Path events, Duration length) {
        write(events, "start " + System.currentTimeMillis());
        try {
            Thread.sleep(length.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        write(events, "end " + System.currentTimeMillis());
    }

    private static void write(Path events, String line) {
        try {
            Files.writeString(events, line + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
