package com.amrs.dashboard.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the tests find what they run (set by the pom's surefire configuration) and where they write.
 * A missing jar or program fails the tests with what to do: nothing is skipped silently.
 */
public record Locations(
        Path dashboardDir,
        Path apiServerJar,
        Path simulatorJar,
        Path reportingPipelineJar,
        Path launcherJar,
        Path workDir,
        Path screenshotsDir) {

    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final String APT =
            "install it with: apt-get install -y chromium chromium-driver nginx (./amrs test installs what is missing)";

    public static Locations fromSystemProperties() {
        Path dashboard = path("amrs.dashboardDir", "..");
        return new Locations(
                dashboard,
                path("amrs.apiServerJar", "../api-server/target/api-server.jar"),
                path("amrs.simulatorJar", "../plc-simulator/target/plc-simulator.jar"),
                path("amrs.reportingPipelineJar", "../reporting-pipeline/target/reporting-pipeline.jar"),
                path("amrs.launcherJar", "../launcher/target/launcher.jar"),
                path("amrs.workDir", "target/e2e"),
                path("amrs.screenshotsDir", "target/screenshots"));
    }

    private static Path path(String property, String fallback) {
        return Path.of(System.getProperty(property, fallback)).toAbsolutePath().normalize();
    }

    public Path repositoryRoot() {
        return dashboardDir.getParent();
    }

    /**
     * The jars, the page's vendor files, nginx and Chromium: all there, or a failure that says how. The reporting
     * pipeline's jar only when a test starts it ({@link #requireReportingPipeline}).
     */
    public void requireEverything() {
        requireFile(
                apiServerJar,
                "The dashboard tests run the real api-server, but " + apiServerJar + " is missing. Build it first"
                        + " (./mvnw -B -ntp -pl api-server -am package -DskipTests) or run ./mvnw verify at the"
                        + " root, where dashboard comes after api-server.");
        requireFile(
                simulatorJar,
                "The dashboard tests run the real PLC simulator, but " + simulatorJar + " is missing. Build it"
                        + " first (./mvnw -B -ntp -pl plc-simulator -am package -DskipTests).");
        requireFile(
                launcherJar,
                "Where nginx is absent the launcher serves the page, and the tests run it, but " + launcherJar
                        + " is missing. Build it first (./mvnw -B -ntp -pl launcher package -DskipTests).");
        requireFile(
                dashboardDir.resolve("vendor/chart.js"),
                "dashboard/vendor/ is missing: run npm ci in dashboard/ (the Maven build does it).");
        requireProgram(Nginx.BINARY, "nginx");
        requireProgram(CHROMIUM, "Chromium");
        requireProgram(CHROMEDRIVER, "ChromeDriver");
    }

    /** The reporting pipeline's jar, for the tests that run it (the Reports view's). */
    public void requireReportingPipeline() {
        requireFile(
                reportingPipelineJar,
                "The Reports view's tests run the real reporting pipeline, but " + reportingPipelineJar + " is"
                        + " missing. Build it first (./mvnw -B -ntp -pl reporting-pipeline -am package -DskipTests).");
    }

    static void requireProgram(Path program, String name) {
        if (!Files.isExecutable(program)) {
            throw new IllegalStateException(name + " is missing at " + program + ": " + APT);
        }
    }

    private static void requireFile(Path file, String message) {
        if (!Files.exists(file)) {
            throw new IllegalStateException(message);
        }
    }

    /**
     * These locations with private copies of the api-server's, the simulator's and the launcher's jars: the tests keep running
     * what they started with while another build replaces target/*.jar (a running jar must not change under
     * it). The reporting pipeline's is copied when a test starts it.
     */
    public Locations withCopiedJars(Path dir) {
        return new Locations(
                dashboardDir,
                copy(apiServerJar, dir),
                copy(simulatorJar, dir),
                reportingPipelineJar,
                copy(launcherJar, dir),
                workDir,
                screenshotsDir);
    }

    static Path copy(Path jar, Path dir) {
        Path copy = dir.resolve(jar.getFileName());
        for (int attempt = 1; ; attempt++) {
            try {
                Files.createDirectories(dir);
                Files.copy(jar, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                try (var readable = new java.util.jar.JarFile(copy.toFile())) {
                    return copy;
                }
            } catch (IOException e) {
                if (attempt == 3) {
                    throw new UncheckedIOException("Cannot copy " + jar + " (is it being rebuilt?)", e);
                }
                org.awaitility.Awaitility.await()
                        .pollDelay(java.time.Duration.ofSeconds(5))
                        .until(() -> true);
            }
        }
    }

    /** A fresh, empty directory under the work directory. */
    public Path freshDir(String name) {
        try {
            Path dir = workDir.resolve(name);
            Files.createDirectories(workDir);
            if (Files.exists(dir)) {
                try (var paths = Files.walk(dir)) {
                    paths.sorted(java.util.Comparator.reverseOrder())
                            .forEach(p -> p.toFile().delete());
                }
            }
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
