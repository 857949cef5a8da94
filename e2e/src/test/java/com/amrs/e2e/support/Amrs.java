package com.amrs.e2e.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The real {@code ./amrs} script, run as a user runs it, with its own state directory and ports so that
 * it never meets the developer's own {@code ./amrs up} or {@code .env}.
 */
public final class Amrs {

    /** The settings of DESIGN.md §2 and ./amrs: none is inherited from the shell that runs Maven. */
    private static final List<String> SETTINGS = List.of(
            "DB_HOST",
            "DB_PORT",
            "DB_NAME",
            "DB_USER",
            "DB_PASSWORD",
            "DB_PASSWORD_FILE",
            "DB_MIGRATION_USER",
            "DB_MIGRATION_PASSWORD",
            "DB_MIGRATION_PASSWORD_FILE",
            "OPCUA_SERVER_URL",
            "OPCUA_PORT",
            "OPCUA_HOSTNAMES",
            "OPCUA_USERNAME",
            "OPCUA_PASSWORD",
            "SIM_MACHINES",
            "SIM_TICK_MS",
            "SIM_SEED",
            "PLANT_TIMEZONE",
            "API_PORT",
            "POLL_INTERVAL_MS",
            "API_KEY",
            "API_KEY_FILE",
            "AMRS_ADMIN_PASSWORD",
            "AMRS_ADMIN_PASSWORD_FILE",
            "CORS_ORIGINS",
            "REPORTS_DIR",
            "REPORT_DAYS",
            "REPORT_CRON",
            "EMAIL_SENDER",
            "EMAIL_RECEIVER",
            "EMAIL_PASSWORD",
            "SMTP_SERVER",
            "SMTP_PORT",
            "SMTP_STARTTLS",
            "AMRS_CONFIG",
            "DASHBOARD_PORT",
            "AMRS_NGINX",
            "AMRS_PKI_DIR",
            "OPCUA_PKI_DIR",
            "AMRS_SPOOL_DIR",
            "AMRS_SECURITY_ANONYMOUS_READ",
            "REPORTING_PORT",
            "REPORT_RETENTION_DAYS",
            "AMRS_PUBLIC_URL",
            "AMRS_TRUSTED_PROXIES",
            "AMRS_OIDC_ISSUER_URI",
            "AMRS_OIDC_CLIENT_ID",
            "AMRS_OIDC_CLIENT_SECRET",
            "AMRS_OIDC_CLIENT_SECRET_FILE",
            "AMRS_OIDC_ROLES_CLAIM",
            "AMRS_JAVA_OPTS",
            "AMRS_TIMEOUT",
            "JAVA_TOOL_OPTIONS");

    private final Repository repository;
    private final Map<String, String> environment;
    private final Path outputDir;
    private final AtomicInteger runs = new AtomicInteger();

    /** Runs ./amrs with these settings on top of the test JVM's environment; a null value unsets one. */
    public Amrs(Repository repository, Map<String, String> settings) {
        this.repository = repository;
        this.environment = new HashMap<>(settings);
        this.outputDir = repository.home().resolve("test-output");
    }

    /** What one command printed and returned. */
    public record Result(List<String> command, int exitCode, String stdout, String stderr) {

        public String lastLine() {
            List<String> lines = stdout.strip().lines().toList();
            return lines.isEmpty() ? "" : lines.getLast();
        }

        @Override
        public String toString() {
            return "./amrs " + String.join(" ", command) + " exited with " + exitCode + "\n--- stdout:\n" + stdout
                    + "\n--- stderr:\n" + stderr;
        }
    }

    public Result run(Duration timeout, String... arguments) {
        List<String> command = new ArrayList<>(List.of(repository.file("amrs").toString()));
        command.addAll(List.of(arguments));
        int run = runs.incrementAndGet();
        Path stdout = outputDir.resolve(run + "-" + String.join("-", arguments) + ".out");
        Path stderr = outputDir.resolve(run + "-" + String.join("-", arguments) + ".err");
        try {
            Files.createDirectories(outputDir);
            var builder = new ProcessBuilder(command)
                    .directory(repository.root().toFile())
                    .redirectInput(
                            ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
                    .redirectOutput(stdout.toFile())
                    .redirectError(stderr.toFile());
            SETTINGS.forEach(builder.environment()::remove);
            environment.forEach((name, value) -> {
                if (value == null) {
                    builder.environment().remove(name);
                } else {
                    builder.environment().put(name, value);
                }
            });
            Process process = builder.start();
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.descendants().forEach(ProcessHandle::destroy);
                process.destroyForcibly();
                throw new IllegalStateException("./amrs " + String.join(" ", arguments) + " did not finish within "
                        + timeout + "; its output is in " + outputDir);
            }
            return new Result(
                    List.of(arguments), process.exitValue(), Files.readString(stdout), Files.readString(stderr));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running ./amrs " + String.join(" ", arguments), e);
        }
    }

    /** The pid a service's pid file names (PostgreSQL's is the postmaster's own). */
    public Optional<Long> pid(String service) {
        Path file = service.equals("postgres")
                ? repository.home().resolve("pgdata/postmaster.pid")
                : repository.home().resolve("run/" + service + ".pid");
        try {
            return Files.isRegularFile(file)
                    ? Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                            .findFirst()
                            .map(String::strip)
                            .map(Long::valueOf)
                    : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every process whose command line names the state directory: what ./amrs started and still runs. */
    public List<ProcessHandle> processes() {
        String home = repository.home().toString();
        return ProcessHandle.allProcesses()
                .filter(process -> process.info().commandLine().orElse("").contains(home))
                .filter(process -> running(process.pid()))
                .toList();
    }

    /** Whether a process runs; a zombie (stopped, not yet reaped by its parent) does not. */
    public static boolean running(long pid) {
        if (ProcessHandle.of(pid).filter(ProcessHandle::isAlive).isEmpty()) {
            return false;
        }
        try {
            String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
            return !stat.substring(stat.lastIndexOf(')') + 1).strip().startsWith("Z");
        } catch (IOException e) {
            return false;
        }
    }

    public Path home() {
        return repository.home();
    }
}
