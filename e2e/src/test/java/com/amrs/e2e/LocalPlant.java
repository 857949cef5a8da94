package com.amrs.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.amrs.e2e.support.Amrs;
import com.amrs.e2e.support.Api;
import com.amrs.e2e.support.PlantDatabase;
import com.amrs.e2e.support.Repository;
import com.amrs.testsupport.FreePorts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The plant ./amrs runs for the end-to-end tests: its own state directory (target/amrs-home, or
 * another for a second plant), free ports, the jars as the build made them, and never the developer's
 * .env. The secrets are the ones ./amrs up generates, as on a user's first run.
 */
final class LocalPlant {

    static final Duration COMMAND_TIMEOUT = Duration.ofMinutes(2);
    static final List<String> MACHINES = List.of("OPC-UA-M1", "OPC-UA-M2", "OPC-UA-M3");
    private static final List<String> SERVICES =
            List.of("postgres", "plc-simulator", "api-server", "reporting-pipeline", "dashboard");
    /** The secrets ./amrs up generates on its first run (DESIGN.md §15). */
    static final List<String> SECRETS = List.of("DB_PASSWORD", "API_KEY", "AMRS_ADMIN_PASSWORD");

    final int dbPort = FreePorts.next();
    final int opcuaPort = FreePorts.next();
    final int apiPort = FreePorts.next();
    final int dashboardPort = FreePorts.next();
    final int reportingPort = FreePorts.next();
    /** Whether the launcher serves the dashboard: nginx is missing, or AMRS_NGINX=off. */
    final boolean dashboardByLauncher;

    /** The API and the dashboard's port as the admin calls them, with the password ./amrs up generated. */
    final Api api = new Api("http://localhost:" + apiPort, this::adminLogin);

    final Api dashboard = new Api("http://localhost:" + dashboardPort, this::adminLogin);
    final Amrs amrs;
    private final Repository repository;

    /** With these settings on top of the usual ones, e.g. {@code AMRS_NGINX=off}. */
    private LocalPlant(Repository repository, Map<String, String> extraSettings) {
        this.repository = repository;
        boolean nginxInstalled = Stream.of("/usr/sbin/nginx", "/usr/bin/nginx", "/usr/local/sbin/nginx")
                .anyMatch(path -> Files.isExecutable(Path.of(path)));
        this.dashboardByLauncher = !nginxInstalled || "off".equals(extraSettings.get("AMRS_NGINX"));
        Map<String, String> settings = new HashMap<>(Map.ofEntries(
                Map.entry("AMRS_HOME", repository.home().toString()),
                Map.entry("AMRS_PGSQL", repository.pgsql().toString()),
                Map.entry("AMRS_NO_BUILD", "1"),
                Map.entry("AMRS_ENV_FILE", "/dev/null"),
                Map.entry("JAVA_HOME", System.getProperty("java.home")),
                Map.entry("DB_PORT", String.valueOf(dbPort)),
                Map.entry("OPCUA_PORT", String.valueOf(opcuaPort)),
                Map.entry("API_PORT", String.valueOf(apiPort)),
                Map.entry("DASHBOARD_PORT", String.valueOf(dashboardPort)),
                Map.entry("REPORTING_PORT", String.valueOf(reportingPort)),
                Map.entry("REPORTS_DIR", reports().toString()),
                // ticks slower than polls: between two ticks the api-server reads the PLC's values
                Map.entry("SIM_TICK_MS", "3000"),
                Map.entry("POLL_INTERVAL_MS", "1000"),
                Map.entry("PLANT_TIMEZONE", "UTC"),
                // start-up dominates these short runs: the quick compiler and one GC thread
                Map.entry("AMRS_JAVA_OPTS", "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC")));
        settings.putAll(extraSettings);
        this.amrs = new Amrs(repository, settings);
    }

    /**
     * A plant in an empty state directory, whatever an aborted earlier run left there; {@code down}
     * runs at JVM exit too, should a test class never reach its own.
     */
    static LocalPlant fresh(Repository repository, Map<String, String> extraSettings) throws IOException {
        repository.requireJars();
        LocalPlant plant = new LocalPlant(repository, extraSettings);
        plant.clean();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> plant.run(COMMAND_TIMEOUT, "down")));
        return plant;
    }

    /** Stops what an aborted earlier run may have left and empties the state directory. */
    void clean() throws IOException {
        if (!Files.exists(repository.home())) {
            return;
        }
        amrs.run(COMMAND_TIMEOUT, "down");
        try (Stream<Path> paths = Files.walk(repository.home())) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    Amrs.Result run(Duration timeout, String... arguments) {
        return amrs.run(timeout, arguments);
    }

    /** PostgreSQL as a user with psql reads it, with the password ./amrs up generated. */
    PlantDatabase database() throws IOException {
        return new PlantDatabase(
                "jdbc:postgresql://localhost:" + dbPort + "/manufacturing",
                "mfg_user",
                secrets().get("DB_PASSWORD"));
    }

    Path secretsFile() {
        return repository.home().resolve("secrets");
    }

    /** The {@code NAME=value} lines of the secrets file. */
    Map<String, String> secrets() throws IOException {
        Map<String, String> secrets = new TreeMap<>();
        for (String line : Files.readAllLines(secretsFile())) {
            int equals = line.indexOf('=');
            if (!line.startsWith("#") && equals > 0) {
                secrets.put(line.substring(0, equals), line.substring(equals + 1));
            }
        }
        return secrets;
    }

    /** HTTP Basic of the first admin ({@code curl -u admin:…}); none before the first up wrote the secrets. */
    private String adminLogin() {
        if (!Files.exists(secretsFile())) {
            return null;
        }
        try {
            String login = "admin:" + secrets().get("AMRS_ADMIN_PASSWORD");
            return "Basic " + Base64.getEncoder().encodeToString(login.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The secrets file as the first up leaves it: private to its owner, a strong value for each secret. */
    void assertGeneratedSecrets() throws IOException {
        assertThat(secretsFile()).isRegularFile();
        assertThat(Files.getPosixFilePermissions(secretsFile()))
                .as("mode of " + secretsFile())
                .isEqualTo(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE));
        Map<String, String> secrets = secrets();
        assertThat(secrets).containsOnlyKeys(SECRETS);
        secrets.forEach((name, value) ->
                assertThat(value).as(name).hasSizeGreaterThanOrEqualTo(12).isNotEqualTo("change-me"));
        assertThat(Set.copyOf(secrets.values())).as("three different secrets").hasSize(3);
    }

    String plcUrl() {
        return "opc.tcp://localhost:" + opcuaPort + "/freeopcua/server/";
    }

    Path reports() {
        return repository.home().resolve("reports");
    }

    /** The services that run now, by the pid files ./amrs wrote. */
    Map<String, Long> pids() {
        Map<String, Long> pids = new TreeMap<>();
        for (String service : SERVICES) {
            amrs.pid(service).filter(Amrs::running).ifPresent(pid -> pids.put(service, pid));
        }
        return pids;
    }

    /** None of these processes, nor any other naming the state directory, runs, and the ports are free. */
    void assertNothingRuns(Map<String, Long> started) {
        started.forEach((service, pid) -> assertThat(Amrs.running(pid))
                .as("%s (pid %d) after ./amrs down", service, pid)
                .isFalse());
        assertThat(amrs.processes().stream().map(p -> p.info().commandLine().orElse("?")))
                .as("processes that name %s", amrs.home())
                .isEmpty();
        for (int port : List.of(dbPort, opcuaPort, apiPort, dashboardPort)) {
            assertThat(FreePorts.listening(port))
                    .as("port %d after ./amrs down", port)
                    .isFalse();
        }
        Amrs.Result status = amrs.run(COMMAND_TIMEOUT, "status");
        assertThat(status.exitCode()).as(status.toString()).isNotZero();
        assertThat(status.stdout()).doesNotContain(" running ");
    }
}
