package com.amrs.launcher.command;

import com.amrs.launcher.postgres.PostgresBinaries;
import com.amrs.launcher.postgres.PostgresCluster;
import com.amrs.launcher.process.Processes;
import com.amrs.launcher.process.ServiceName;
import com.amrs.launcher.process.Supervisor;
import com.amrs.launcher.settings.Home;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code ./amrs down}: asks the supervisor to stop every service in reverse order and waits for it; stops what
 * runs without a supervisor (it was killed) itself.
 */
final class Down {

    private static final Duration SUPERVISOR_WAIT = Duration.ofMinutes(3);

    private Down() {}

    static int run(Home home, Map<String, String> environment) {
        try (var lock =
                Lock.acquire(home, Duration.ofMinutes(5), "another ./amrs command is still running in " + home.dir())) {
            Map<String, ProcessHandle> running = new LinkedHashMap<>();
            for (String service : ServiceName.ALL.reversed()) {
                Processes.of(home, service).ifPresent(process -> running.put(service, process));
            }
            var supervisor = Processes.of(home, Supervisor.NAME);
            if (supervisor.isPresent()) {
                Files.writeString(Supervisor.stopRequest(home), "");
                if (!Processes.await(supervisor.get(), SUPERVISOR_WAIT)) {
                    System.err.println("amrs: warning: the supervisor did not stop within 3 minutes: stopping the"
                            + " services one by one");
                    Processes.stop(supervisor.get(), Supervisor.NAME);
                }
            }
            running.forEach((service, process) -> stop(home, environment, service, process));
            Files.deleteIfExists(Supervisor.stopRequest(home));
            Files.deleteIfExists(home.run().resolve("nginx.pid"));
            if (running.isEmpty() && supervisor.isEmpty()) {
                System.out.println("AMRS is not running.");
            } else {
                System.out.println(
                        "AMRS is stopped; its data stays in " + home.dir() + " (./amrs up starts it again).");
            }
            return 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void stop(Home home, Map<String, String> environment, String service, ProcessHandle process) {
        if (Processes.alive(process)) {
            if (service.equals(ServiceName.POSTGRES)) {
                PostgresBinaries.installed(home, environment.get("AMRS_PGSQL"))
                        .map(bin -> new PostgresCluster(home, bin).stop())
                        .filter(stopped -> stopped && Processes.await(process, Duration.ofSeconds(10)))
                        .orElseGet(() -> {
                            Processes.stop(process, service);
                            return true;
                        });
            } else {
                Processes.stop(process, service);
            }
        }
        System.out.printf("Stopped %s (pid %d)%n", service, process.pid());
        try {
            if (!service.equals(ServiceName.POSTGRES)) {
                Files.deleteIfExists(home.pidFile(service));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
