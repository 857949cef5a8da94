package com.amrs.dashboard.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A program the tests start (simulator, api-server, nginx), its output in a log file. Whatever is
 * still running when the test JVM exits is stopped by a shutdown hook.
 */
public final class ChildProcess {

    private static final Logger log = LoggerFactory.getLogger(ChildProcess.class);
    private static final Set<ChildProcess> RUNNING = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> RUNNING.forEach(p -> p.stop(Duration.ofSeconds(10)))));
    }

    private final String name;
    private final List<String> command;
    private final Map<String, String> environment;
    private final Path directory;
    private final Path logFile;
    private Process process;

    public ChildProcess(
            String name, List<String> command, Map<String, String> environment, Path directory, Path logFile) {
        this.name = name;
        this.command = List.copyOf(command);
        this.environment = Map.copyOf(environment);
        this.directory = directory;
        this.logFile = logFile;
    }

    public synchronized void start() {
        if (alive()) {
            throw new IllegalStateException(name + " is already running");
        }
        try {
            Files.createDirectories(logFile.getParent());
            var builder = new ProcessBuilder(command)
                    .directory(directory.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
            builder.environment().putAll(environment);
            process = builder.start();
            RUNNING.add(this);
            log.info("Started {} (pid {}), log {}", name, process.pid(), logFile);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start " + name + ": " + command, e);
        }
    }

    /** Waits until {@code ready} holds; fails with the end of the log when the process dies or time runs out. */
    public void awaitReady(Duration timeout, BooleanSupplier ready) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!alive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + ":\n" + logTail());
            }
            if (ready.getAsBoolean()) {
                return;
            }
            try {
                process.waitFor(200, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for " + name, e);
            }
        }
        throw new IllegalStateException(name + " was not ready within " + timeout + ":\n" + logTail());
    }

    /** SIGTERM (a graceful stop), SIGKILL after {@code grace}; its children too. */
    public synchronized void stop(Duration grace) {
        if (process == null) {
            return;
        }
        var children = process.descendants().toList();
        process.destroy();
        try {
            if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                log.warn("{} did not stop within {}: killing it", name, grace);
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        children.forEach(ProcessHandle::destroyForcibly);
        RUNNING.remove(this);
        log.info("Stopped {}", name);
    }

    public boolean alive() {
        return process != null && process.isAlive();
    }

    public Path logFile() {
        return logFile;
    }

    public String logTail() {
        try {
            List<String> lines = new String(Files.readAllBytes(logFile), StandardCharsets.UTF_8)
                    .lines()
                    .toList();
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log at " + logFile + ")";
        }
    }
}
