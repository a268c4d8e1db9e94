package talkwatch;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import talkwatch.config.ConfigException;

/**
 * One {@code run} per database: a second one on the same file would answer every command twice, fight the first
 * for Telegram's updates (409 Conflict) and poll every feed twice. The lock is an operating-system lock on a file
 * beside the database, so it goes with the process, even after {@code kill -9}. Other commands that must not run
 * beside a {@code run} ({@code copy-db}) take it too, for as long as they work.
 */
public class RunLock implements AutoCloseable {

    /** No lock: the instances that share a PostgreSQL database run side by side. */
    static final RunLock NONE = new RunLock(null, null) {
        @Override
        public void close() {}
    };

    private final FileChannel channel;
    private final FileLock lock;

    private RunLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** The lock of {@code database} for a {@code run}; a {@link ConfigException} when another one holds it. */
    static RunLock take(Path database) throws IOException {
        return tryTake(database)
                .orElseThrow(() -> new ConfigException("another talkwatch run is using " + database + " (it holds "
                        + file(database) + "); stop it first, or give this one its own storage.path or TALKWATCH_DB"));
    }

    /**
     * The lock of {@code database}, held until closed; empty when a {@code run} (of this process or another) holds it.
     * Creates the lock file, and its folder, if need be.
     */
    public static Optional<RunLock> tryTake(Path database) throws IOException {
        Path file = file(database);
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null; // held by this very process
        }
        if (lock == null) {
            channel.close();
            return Optional.empty();
        }
        return Optional.of(new RunLock(channel, lock));
    }

    /** The file a {@code run} on {@code database} locks: {@code <database>.run-lock}, beside it. */
    public static Path file(Path database) {
        return database.resolveSibling(database.getFileName() + ".run-lock");
    }

    @Override
    public void close() throws IOException {
        lock.release();
        channel.close();
    }
}
