package com.amrs.launcher.command;

import com.amrs.launcher.LauncherException;
import com.amrs.launcher.settings.Home;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;

/** One up or down at a time per state directory: {@code run/amrs.lock}, released when the command ends. */
final class Lock {

    private Lock() {}

    static FileLock acquire(Home home, Duration wait, String busy) {
        try {
            Files.createDirectories(home.run());
            FileChannel channel = FileChannel.open(
                    home.run().resolve("amrs.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            Instant deadline = Instant.now().plus(wait);
            while (true) {
                FileLock lock = channel.tryLock();
                if (lock != null) {
                    return lock;
                }
                if (Instant.now().isAfter(deadline)) {
                    throw new LauncherException(busy);
                }
                Thread.sleep(200);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LauncherException(busy);
        }
    }
}
