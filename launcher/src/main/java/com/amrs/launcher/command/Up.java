package com.amrs.launcher.command;

import com.amrs.launcher.build.Jars;
import com.amrs.launcher.postgres.PostgresBinaries;
import com.amrs.launcher.postgres.PostgresCluster;
import com.amrs.launcher.process.Processes;
import com.amrs.launcher.process.ServiceName;
import com.amrs.launcher.process.Supervisor;
import com.amrs.launcher.settings.Home;
import com.amrs.launcher.settings.Settings;
import com.amrs.launcher.settings.SettingsSnapshot;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** {@code ./amrs up}: builds what is missing, starts every service, returns once all are ready. */
final class Up {

    private Up() {}

    static int run(Home home, Map<String, String> environment) {
        try (var lock = Lock.acquire(
                home, Duration.ZERO, "another ./amrs command is starting or stopping the services in " + home.dir())) {
            return up(home, environment);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int up(Home home, Map<String, String> environment) {
        Settings settings = CurrentSettings.of(home, environment);
        boolean supervised = CurrentSettings.supervisorRunning(home);
        if (supervised
                && ServiceName.ALL.stream().allMatch(s -> Processes.of(home, s).isPresent())) {
            System.out.println("AMRS is already running (./amrs status shows it; ./amrs down stops it).");
            Urls.print(settings);
            return 0;
        }
        List<String> generated = new ArrayList<>();
        if (CurrentSettings.anyRunning(home)) {
            System.out.println("Some services already run; starting the others.");
        } else {
            generated = settings.generateSecrets();
            SettingsSnapshot.save(settings);
        }
        createDirectory(settings);
        FreePorts.check(settings);
        boolean noBuild = "1".equals(settings.get("AMRS_NO_BUILD"));
        Jars.build(home.root(), Jars.SERVICES, noBuild);
        if (Processes.of(home, ServiceName.DASHBOARD).isEmpty()) {
            DashboardVendor.prepare(home);
        }
        Startup startup = new Startup(settings);
        if (Processes.of(home, ServiceName.POSTGRES).isEmpty()) {
            startPostgres(settings, generated.contains("DB_PASSWORD"));
        }
        if (supervised) {
            askToStartStopped(home);
        } else {
            Jars.SERVICES.forEach(module -> Jars.install(home, module));
            Jars.install(home, "launcher");
            SupervisorProcess.start(settings);
        }
        startup.awaitAll();
        Urls.print(settings);
        Urls.printGenerated(settings, generated);
        return 0;
    }

    private static void startPostgres(Settings settings, boolean passwordGenerated) {
        Home home = settings.home();
        var cluster = new PostgresCluster(home, PostgresBinaries.select(home, settings.get("AMRS_PGSQL")));
        cluster.checkVersion();
        if (cluster.exists() && passwordGenerated) {
            cluster.setPassword(settings.get("DB_USER"), settings.get("DB_PASSWORD"));
        }
        if (!cluster.exists()) {
            cluster.create(settings.get("DB_USER"), settings.get("DB_PASSWORD"), settings.get("DB_NAME"));
        }
        cluster.start(settings.port("DB_PORT"));
        System.out.printf(
                "Started postgres (pid %d), log %s%n",
                Processes.of(home, ServiceName.POSTGRES).map(ProcessHandle::pid).orElse(-1L), cluster.log());
    }

    private static void createDirectory(Settings settings) {
        try {
            Files.createDirectories(settings.reportsDir());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + settings.reportsDir(), e);
        }
    }

    /** The supervisor starts what was stopped or failed, and takes the request away when it has. */
    private static void askToStartStopped(Home home) {
        Path request = Supervisor.startRequest(home);
        try {
            Files.writeString(request, "");
            Instant deadline = Instant.now().plusSeconds(30);
            while (Files.exists(request) && Instant.now().isBefore(deadline)) {
                Thread.sleep(100);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
