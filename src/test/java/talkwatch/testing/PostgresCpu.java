package talkwatch.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.stream.Stream;
import talkwatch.store.Storage;

/**
 * The CPU time of a PostgreSQL server running on this machine, for benchmarks: the postmaster and its children
 * (backends, autovacuum, WAL writer, checkpointer…), user and system time as {@code /proc/PID/stat} counts them, with
 * the time of children that have already exited (a backend whose connection closed), which the postmaster's counters
 * of waited-for children keep. Other servers on the machine are not counted: the postmaster is found as the parent of
 * the backend a connection gets. Linux only; counted in clock ticks (10 ms) per process.
 */
public final class PostgresCpu {

    private final long postmaster;
    private final double secondsPerTick;

    private PostgresCpu(long postmaster, double secondsPerTick) {
        this.postmaster = postmaster;
        this.secondsPerTick = secondsPerTick;
    }

    /** The server {@code storage} is on. */
    public static PostgresCpu of(Storage.Postgres storage) {
        try (Connection connection = PostgresForTests.connect(storage);
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT pg_backend_pid()")) {
            rows.next();
            long backend = rows.getLong(1);
            return new PostgresCpu(stat(backend)[1], 1.0 / ticksPerSecond());
        } catch (SQLException e) {
            throw new IllegalStateException("finding the server of " + storage.describe(), e);
        }
    }

    /** The server's CPU time so far, in seconds. */
    public double seconds() {
        long ticks = 0;
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            for (Path process : processes.toList()) {
                String name = process.getFileName().toString();
                if (!name.chars().allMatch(Character::isDigit)) {
                    continue;
                }
                long[] stat = stat(Long.parseLong(name));
                if (stat != null && (stat[0] == postmaster || stat[1] == postmaster)) {
                    ticks += stat[2];
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("reading /proc", e);
        }
        return ticks * secondsPerTick;
    }

    /**
     * The process's id, its parent's, and utime + stime + cutime + cstime in ticks; null when it is gone. Fields after
     * the command, which is in parentheses and may hold spaces: state, ppid, … utime is the 14th field of the line.
     */
    private static long[] stat(long pid) {
        String line;
        try {
            line = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
        } catch (IOException e) {
            return null;
        }
        String[] fields = line.substring(line.lastIndexOf(')') + 2).split(" ");
        long ticks = 0;
        for (int i = 11; i <= 14; i++) {
            ticks += Long.parseLong(fields[i]);
        }
        return new long[] {pid, Long.parseLong(fields[1]), ticks};
    }

    private static long ticksPerSecond() {
        try {
            Process getconf = new ProcessBuilder("getconf", "CLK_TCK").start();
            String out = new String(getconf.getInputStream().readAllBytes()).strip();
            getconf.waitFor();
            return Long.parseLong(out);
        } catch (IOException | NumberFormatException e) {
            return 100;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 100;
        }
    }
}
