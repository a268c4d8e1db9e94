package talkwatch.schedule;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import talkwatch.store.Database;
import talkwatch.store.Retention;

/**
 * One instance of a test cluster, run in a child JVM by {@link ScheduleClusterTest}: the clustered schedule on the
 * schema whose JDBC URL is in {@value #URL_VARIABLE}, with a stand-in poll cycle that lasts {@code cycle} and writes
 * {@code start <ms>} and {@code end <ms>} lines to a file. Runs until its standard input closes, then closes the
 * schedule as the application does.
 *
 * <p>Arguments: {@code every-ms cycle-ms events-file sqlite-file} (the SQLite file only backs the retention, which
 * the test never reaches).
 */
final class ClusterNode {

    static final String URL_VARIABLE = "TALKWATCH_TEST_POSTGRES_URL";

    private ClusterNode() {}

    public static void main(String[] args) throws Exception {
        Duration every = Duration.ofMillis(Long.parseLong(args[0]));
        Duration cycle = Duration.ofMillis(Long.parseLong(args[1]));
        Path events = Path.of(args[2]);
        Retention retention = new Retention(Database.open(Path.of(args[3])));
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(System.getenv(URL_VARIABLE));
        config.setMaximumPoolSize(6);
        try (HikariDataSource pool = new HikariDataSource(config)) {
            Schedule schedule = Schedule.clustered(
                    pool, () -> cycle(events, cycle), every, retention, Duration.ofDays(90), Schedule.FIRST_FORGETTING);
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
