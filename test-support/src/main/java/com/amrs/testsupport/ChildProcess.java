package com.amrs.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A program a test starts (a service jar, nginx, a broker), its output in one log file: the first start empties it,
 * a restart appends. Whatever still runs when the test JVM exits is stopped by a shutdown hook.
 */
public final class ChildProcess {

    private static final Logger log = LoggerFactory.getLogger(ChildProcess.class);
    private static final Set<ChildProcess> RUNNING = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime()
                .addShutdownHook(
                        new Thread(() -> RUNNING.forEach(p -> p.stop(Duration.ofSeconds(10))), "child-processes-stop"));
    }

    private final String name;
    private final List<String> command;
    private final Map<String, String> environment;
    private final Path directory;
    private final Path logFile;
    private Process process;

    /**
     * The environment is the test JVM's with {@code environment} on top, where a null value removes a variable;
     * {@code directory} is the working directory.
     */
    public ChildProcess(
            String name, List<String> command, Map<String, String> environment, Path directory, Path logFile) {
        this.name = name;
        this.command = List.copyOf(command);
        this.environment = Collections.unmodifiableMap(new HashMap<>(environment));
        this.directory = directory.toAbsolutePath();
        this.logFile = logFile.toAbsolutePath();
    }

    public synchronized ChildProcess start() {
        if (alive()) {
            throw new IllegalStateException(name + " is already running");
        }
        try {
            Files.createDirectories(logFile.getParent());
            var builder = new ProcessBuilder(command)
                    .directory(directory.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(
                            process == null
                                    ? ProcessBuilder.Redirect.to(logFile.toFile())
                                    : ProcessBuilder.Redirect.appendTo(logFile.toFile()));
            environment.forEach((variable, value) -> {
                if (value == null) {
                    builder.environment().remove(variable);
                } else {
                    builder.environment().put(variable, value);
                }
            });
            process = builder.start();
            RUNNING.add(this);
            log.info("Started {} (pid {}), log {}", name, process.pid(), logFile);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start " + name + ": " + command, e);
        }
    }

    /** Waits until {@code ready} holds; fails with the end of the log when the process dies or time runs out. */
    public void awaitReady(Duration timeout, BooleanSupplier ready) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!alive()) {
                throw failure(name + " exited with " + process.exitValue());
            }
            if (ready.getAsBoolean()) {
                return;
            }
            waitFor(Duration.ofMillis(200));
        }
        throw failure(name + " was not ready within " + timeout);
    }

    /** Waits for the process to end by itself, its exit code; killed and a failure with its log after {@code timeout}. */
    public int awaitExit(Duration timeout) {
        if (!waitFor(timeout)) {
            kill();
            throw failure(name + " was still running after " + timeout);
        }
        RUNNING.remove(this);
        return process.exitValue();
    }

    /** SIGTERM (a graceful stop), SIGKILL after {@code grace}; its children too. */
    public synchronized void stop(Duration grace) {
        if (process == null) {
            return;
        }
        var children = process.descendants().toList();
        process.destroy();
        if (!waitFor(grace)) {
            log.warn("{} did not stop within {}: killing it", name, grace);
            kill();
        }
        children.forEach(ProcessHandle::destroyForcibly);
        RUNNING.remove(this);
        log.info("Stopped {}", name);
    }

    /** SIGKILL, as a power cut or the OOM killer would: no shutdown hook, no last write. */
    public synchronized void kill() {
        if (process == null) {
            return;
        }
        process.destroyForcibly();
        waitFor(Duration.ofSeconds(10));
        RUNNING.remove(this);
    }

    public boolean alive() {
        return process != null && process.isAlive();
    }

    /** The process as it runs now (a restart starts another). */
    public ProcessHandle handle() {
        if (process == null) {
            throw new IllegalStateException(name + " was never started");
        }
        return process.toHandle();
    }

    public Path logFile() {
        return logFile;
    }

    /** The whole log, as far as it is written. */
    public String output() {
        try {
            return Files.exists(logFile) ? new String(Files.readAllBytes(logFile), StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String logTail() {
        List<String> lines = output().lines().toList();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    private IllegalStateException failure(String message) {
        return new IllegalStateException(message + "\n--- last lines of " + logFile + " ---\n" + logTail());
    }

    private boolean waitFor(Duration timeout) {
        try {
            return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for " + name, e);
        }
    }
}
