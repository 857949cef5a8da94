package com.amrs.launcher.process;

import com.amrs.launcher.settings.Home;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** The processes this state directory started, found by their pid files. */
public final class Processes {

    private static final Duration STOP_WAIT = Duration.ofSeconds(30);

    private Processes() {}

    /**
     * The process of a service this state directory started, if it still runs: a recycled pid does not count
     * (its command line must name the state directory), nor does a zombie.
     */
    public static Optional<ProcessHandle> of(Home home, String service) {
        Path file =
                service.equals(ServiceName.POSTGRES) ? home.pgdata().resolve("postmaster.pid") : home.pidFile(service);
        return pid(file)
                .flatMap(ProcessHandle::of)
                .filter(Processes::alive)
                .filter(process -> namesHome(process, home));
    }

    public static Optional<Long> pid(Path file) {
        try {
            if (!Files.isRegularFile(file)) {
                return Optional.empty();
            }
            String first = Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                    .findFirst()
                    .orElse("")
                    .strip();
            return first.matches("[0-9]+") ? Optional.of(Long.valueOf(first)) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Whether a process runs; a zombie (stopped, not yet reaped by its parent) does not. */
    public static boolean alive(ProcessHandle process) {
        if (!process.isAlive()) {
            return false;
        }
        try {
            String stat = Files.readString(Path.of("/proc", String.valueOf(process.pid()), "stat"));
            return !stat.substring(stat.lastIndexOf(')') + 1).strip().startsWith("Z");
        } catch (IOException e) {
            return true;
        }
    }

    /** From /proc where there is one: nginx rewrites its arguments into one, which ProcessHandle then misses. */
    private static boolean namesHome(ProcessHandle process, Home home) {
        Path cmdline = Path.of("/proc", String.valueOf(process.pid()), "cmdline");
        try {
            if (Files.isReadable(cmdline)) {
                return new String(Files.readAllBytes(cmdline), StandardCharsets.UTF_8)
                        .contains(home.dir().toString());
            }
        } catch (IOException e) {
            return false;
        }
        return process.info()
                .commandLine()
                .map(line -> line.contains(home.dir().toString()))
                .orElse(true);
    }

    /** Asks a process to stop (SIGTERM), and kills it when it has not stopped within 30 s. */
    public static void stop(ProcessHandle process, String name) {
        process.destroy();
        if (!await(process, STOP_WAIT)) {
            System.err.printf("amrs: warning: %s (pid %d) did not stop within 30 s: killing it%n", name, process.pid());
            process.destroyForcibly();
            await(process, Duration.ofSeconds(10));
        }
    }

    public static boolean await(ProcessHandle process, Duration timeout) {
        try {
            process.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return !alive(process);
        } catch (ExecutionException e) {
            return !alive(process);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !alive(process);
        }
    }
}
