package com.amrs.launcher.process;

import com.amrs.launcher.settings.Home;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The process {@code ./amrs up} leaves running: it starts the services, restarts a crashed one with backoff,
 * keeps PostgreSQL running, and stops everything in reverse order when {@code ./amrs down} asks (the file
 * {@code run/stop}) or it is itself asked to stop (SIGTERM).
 */
public final class Supervisor {

    public static final String NAME = "supervisor";
    private static final Duration TICK = Duration.ofMillis(500);

    private final Home home;
    private final List<Supervised> services;
    private final Database postgres;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private volatile boolean stopRequested;

    public Supervisor(Home home, List<ServiceSpec> specs, Map<String, String> environment, Database postgres) {
        this.home = home;
        this.services = specs.stream()
                .map(spec -> new Supervised(spec, home, environment))
                .toList();
        this.postgres = postgres;
    }

    public static Path pidFile(Home home) {
        return home.pidFile(NAME);
    }

    public static Path stopRequest(Home home) {
        return home.run().resolve("stop");
    }

    public static Path startRequest(Home home) {
        return home.run().resolve("start");
    }

    public void run() {
        write(pidFile(home), ProcessHandle.current().pid() + "\n");
        Runtime.getRuntime().addShutdownHook(new Thread(this::stopFromSignal, "supervisor-stop"));
        for (Supervised service : services) {
            Processes.of(home, service.name()).ifPresent(service::adopt);
        }
        try {
            while (!stopRequested && !Files.exists(stopRequest(home))) {
                tick(Instant.now());
                sleep();
            }
            stopAll();
        } finally {
            stopped.countDown();
        }
    }

    private void tick(Instant now) {
        if (Files.exists(startRequest(home))) {
            services.forEach(Supervised::startAgainIfStopped);
            delete(startRequest(home));
        }
        postgres.tick(now);
        boolean apiReady = services.stream()
                .filter(service -> service.name().equals(ServiceName.API_SERVER))
                .allMatch(Supervised::ready);
        for (Supervised service : services) {
            service.tick(now, postgres.running() && (!service.afterApiServer() || apiReady));
        }
    }

    private void stopAll() {
        System.out.println("Stopping every service (./amrs down) ...");
        services.reversed().forEach(Supervised::stop);
        postgres.stop();
        delete(stopRequest(home));
        delete(pidFile(home));
    }

    private void stopFromSignal() {
        stopRequested = true;
        try {
            stopped.await(3, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(TICK);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void write(Path file, String content) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            System.err.println("cannot remove " + file + ": " + e.getMessage());
        }
    }
}
