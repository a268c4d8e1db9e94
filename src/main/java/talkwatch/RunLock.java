package talkwatch;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import talkwatch.config.ConfigException;

/**
 * One {@code run} per database: a second one on the same file would answer every command twice, fight the first
 * for Telegram's updates (409 Conflict) and poll every feed twice. The lock is an operating-system lock on a file
 * beside the database, so it goes with the process, even after {@code kill -9}.
 */
class RunLock implements AutoCloseable {

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

    static RunLock take(Path database) throws IOException {
        Path file = database.resolveSibling(database.getFileName() + ".run-lock");
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
            throw new ConfigException("another talkwatch run is using " + database + " (it holds " + file
                    + "); stop it first, or give this one its own storage.path or TALKWATCH_DB");
        }
        return new RunLock(channel, lock);
    }

    @Override
    public void close() throws IOException {
        lock.release();
        channel.close();
    }
}
