package com.amrs.launcher.command;

import com.amrs.launcher.LauncherException;
import com.amrs.launcher.process.LocalServices;
import com.amrs.launcher.process.Os;
import com.amrs.launcher.process.Processes;
import com.amrs.launcher.process.Supervisor;
import com.amrs.launcher.settings.Settings;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Starts the supervisor as a process of its own that outlives {@code up}: in a session of its own where
 * {@code setsid} exists, so that Ctrl-C in this terminal does not reach it or its services.
 */
final class SupervisorProcess {

    private static final Duration STARTING = Duration.ofSeconds(30);

    private SupervisorProcess() {}

    static void start(Settings settings) {
        Path log = settings.home().log("launcher");
        List<String> command = new ArrayList<>();
        if (!Os.windows() && Files.isExecutable(Path.of("/usr/bin/setsid"))) {
            command.add("/usr/bin/setsid");
        }
        command.addAll(List.of(
                Os.java(),
                "-Xmx64m",
                "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1",
                "-Damrs.root=" + settings.home().root(),
                "-jar",
                LocalServices.jar(settings, "launcher").toString(),
                "supervise",
                settings.home().dir().toString()));
        try {
            Files.createDirectories(settings.home().logs());
            var builder = new ProcessBuilder(command)
                    .directory(settings.home().root().toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .redirectInput(ProcessBuilder.Redirect.from(new File(Os.windows() ? "NUL" : "/dev/null")));
            builder.environment().putAll(settings.environment());
            builder.environment().put("AMRS_HOME", settings.home().dir().toString());
            Process supervisor = builder.start();
            Instant deadline = Instant.now().plus(STARTING);
            while (Processes.of(settings.home(), Supervisor.NAME).isEmpty()) {
                if (!supervisor.isAlive() || Instant.now().isAfter(deadline)) {
                    LogTail.print(log, 20, System.err);
                    throw new LauncherException("the launcher's supervisor did not start (see " + log + ")");
                }
                Thread.sleep(100);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the launcher's supervisor", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LauncherException("interrupted while the supervisor started");
        }
    }
}
