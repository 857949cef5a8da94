package com.amrs.launcher.command;

import com.amrs.launcher.LauncherException;
import com.amrs.launcher.process.Processes;
import com.amrs.launcher.process.ServiceName;
import com.amrs.launcher.process.ServiceState;
import com.amrs.launcher.settings.Settings;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * {@code up}'s wait: every service ready as the supervisor found it from its health endpoint, then the
 * reporting pipeline's start-up report made (its health says so); the end of a service's log when it fails.
 */
final class Startup {

    private static final Duration LOOK_EVERY = Duration.ofMillis(500);

    private final Settings settings;
    private final Instant deadline;
    private final int timeoutSeconds;
    private final boolean reportingRan;
    private final Map<String, Long> announced = new HashMap<>();

    Startup(Settings settings) {
        this.settings = settings;
        this.timeoutSeconds = settings.timeoutSeconds();
        this.deadline = Instant.now().plusSeconds(timeoutSeconds);
        this.reportingRan = Processes.of(settings.home(), ServiceName.REPORTING).isPresent();
    }

    void awaitAll() {
        await(ServiceName.SIMULATOR, "");
        await(ServiceName.API_SERVER, " (database migrations)");
        await(ServiceName.DASHBOARD, "");
        await(ServiceName.REPORTING, reportingRan ? "" : " (first report)");
        if (!reportingRan) {
            awaitFirstReport();
        }
    }

    private void await(String service, String what) {
        System.out.println("Waiting for " + service + what + " ...");
        while (true) {
            announceStarted();
            Optional<ServiceState> state = ServiceState.read(settings.home(), service);
            if (state.filter(s -> s.is("running")).isPresent()
                    && Processes.of(settings.home(), service).isPresent()) {
                return;
            }
            if (state.filter(s -> s.is("failed") || s.is("stopped")).isPresent()) {
                throw failure(
                        service + " stopped during start-up (" + state.get().word() + ", "
                                + state.get().detail() + ")",
                        service);
            }
            if (!CurrentSettings.supervisorRunning(settings.home())) {
                throw failure(
                        "the launcher's supervisor stopped before " + service + " was ready; see "
                                + settings.home().log("launcher"),
                        service);
            }
            if (Instant.now().isAfter(deadline)) {
                throw failure(service + " is not healthy after " + timeoutSeconds + " s", service);
            }
            pause();
        }
    }

    private void awaitFirstReport() {
        int port = settings.port("REPORTING_PORT");
        while (true) {
            String state = StartupReport.state(port);
            if (state.equals("done")) {
                return;
            }
            if (state.equals("failed")) {
                System.err.println("amrs: warning: the first report failed; ./amrs logs reporting-pipeline says why"
                        + " (the pipeline keeps running and tries again on its schedule)");
                return;
            }
            if (Instant.now().isAfter(deadline)) {
                throw failure(
                        "reporting-pipeline made no first report within " + timeoutSeconds + " s",
                        ServiceName.REPORTING);
            }
            pause();
        }
    }

    private void announceStarted() {
        for (String service : ServiceName.ALL.subList(1, ServiceName.ALL.size())) {
            Processes.of(settings.home(), service).ifPresent(process -> {
                if (!Long.valueOf(process.pid()).equals(announced.put(service, process.pid()))) {
                    System.out.printf(
                            "Started %s (pid %d), log %s%n",
                            service, process.pid(), settings.home().log(service));
                }
            });
        }
    }

    private LauncherException failure(String what, String service) {
        System.err.printf("amrs: %s; the end of %s:%n", what, settings.home().log(service));
        LogTail.print(settings.home().log(service), 25, System.err);
        return new LauncherException(service + " did not start");
    }

    private static void pause() {
        try {
            Thread.sleep(LOOK_EVERY);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LauncherException("interrupted");
        }
    }
}
