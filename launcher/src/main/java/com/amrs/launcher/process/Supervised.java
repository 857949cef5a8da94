package com.amrs.launcher.process;

import com.amrs.launcher.settings.Home;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One service under the supervisor: started, watched, and restarted with backoff when it crashes after it had
 * been ready. A deliberate stop (exit 0, SIGINT or SIGTERM, as systemd's {@code on-failure} sees it) is left
 * stopped, and so is a service that never became ready: restarting a bad setting would only fill its log.
 */
final class Supervised {

    private static final Set<Integer> DELIBERATE = Set.of(0, 130, 143);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final ServiceSpec spec;
    private final Home home;
    private final Map<String, String> environment;
    private ProcessHandle process;
    private Process child;
    private boolean ready;
    private Instant readySince;
    private final Backoff backoff = new Backoff();
    private Instant restartAt;
    private ServiceState state = new ServiceState("waiting", "");

    Supervised(ServiceSpec spec, Home home, Map<String, String> environment) {
        this.spec = spec;
        this.home = home;
        this.environment = environment;
    }

    String name() {
        return spec.name();
    }

    boolean afterApiServer() {
        return spec.afterApiServer();
    }

    boolean ready() {
        return ready && running();
    }

    /** One look: start when due, notice an exit, check readiness. */
    void tick(Instant now, boolean dependenciesReady) {
        if (process == null) {
            boolean due = restartAt == null ? state.is("waiting") : !now.isBefore(restartAt);
            if (due && dependenciesReady) {
                start();
            }
            return;
        }
        if (!running()) {
            exited(now);
        } else if (!ready && spec.ready().getAsBoolean()) {
            ready = true;
            readySince = now;
            restartAt = null;
            setState(new ServiceState("running", ""));
        } else if (ready && Duration.between(readySince, now).compareTo(Backoff.settled()) > 0) {
            backoff.reset();
        }
    }

    /**
     * Its own child by the JDK's reaper, which knows its exit; an adopted process by its pid (a child's
     * ProcessHandle may briefly say it is gone right after the start).
     */
    private boolean running() {
        if (child != null) {
            return child.isAlive();
        }
        return process != null && Processes.alive(process);
    }

    /** A process a supervisor before this one started, still running. */
    void adopt(ProcessHandle running) {
        process = running;
        ready = false;
        setState(new ServiceState("starting", "(adopted)"));
    }

    /** Starts a service a user stopped or that failed, on {@code up}. */
    void startAgainIfStopped() {
        if (process == null && (state.is("stopped") || state.is("failed"))) {
            backoff.reset();
            restartAt = null;
            start();
        }
    }

    void stop() {
        restartAt = null;
        if (running()) {
            Processes.stop(process, spec.name());
            mark(spec.name() + " stopped by ./amrs down");
        }
        process = null;
        child = null;
        ready = false;
        try {
            Files.deleteIfExists(home.pidFile(spec.name()));
        } catch (IOException e) {
            System.err.println("cannot remove the pid file of " + spec.name() + ": " + e.getMessage());
        }
        ServiceState.clear(home, spec.name());
    }

    private void exited(Instant now) {
        Optional<Integer> code = child == null ? Optional.empty() : Optional.of(child.exitValue());
        String exit = code.map(c -> "exit " + c).orElse("exit unknown");
        boolean wasReady = ready;
        process = null;
        child = null;
        ready = false;
        if (code.isPresent() && DELIBERATE.contains(code.get())) {
            setState(new ServiceState("stopped", exit));
            mark(spec.name() + " stopped (" + exit + "), not restarted");
        } else if (!wasReady && restartAt == null) {
            setState(new ServiceState("failed", "during start-up, " + exit));
            mark(spec.name() + " failed during start-up (" + exit + "), not restarted");
        } else {
            Duration wait = backoff.take();
            restartAt = now.plus(wait);
            setState(new ServiceState("restarting", "in " + wait.toSeconds() + " s after " + exit));
            mark(spec.name() + " crashed (" + exit + "); restarts in " + wait.toSeconds() + " s");
        }
    }

    private void start() {
        try {
            Files.createDirectories(home.logs());
            Files.createDirectories(home.run());
            Files.createDirectories(home.tmp());
            mark((restartAt != null ? "restarts " : "starts ") + spec.name());
            var builder = new ProcessBuilder(spec.command())
                    .directory(home.root().toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(
                            home.log(spec.name()).toFile()))
                    .redirectInput(ProcessBuilder.Redirect.from(new File(Os.windows() ? "NUL" : "/dev/null")));
            builder.environment().putAll(environment);
            child = builder.start();
            process = child.toHandle();
            Files.writeString(home.pidFile(spec.name()), process.pid() + "\n");
            setState(new ServiceState("starting", ""));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + spec.name(), e);
        }
    }

    private void setState(ServiceState next) {
        state = next;
        next.write(home, spec.name());
    }

    /** A line in the service's own log, so that its log tells when and why it was started or stopped. */
    private void mark(String what) {
        String line = String.format(
                "%n===== %s: the launcher: %s%n", LocalDateTime.now().format(STAMP), what);
        System.out.print(line);
        try {
            Files.writeString(home.log(spec.name()), line, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            System.err.println("cannot write to the log of " + spec.name() + ": " + e.getMessage());
        }
    }
}
