package com.amrs.dashboard.support;

import com.amrs.testsupport.ChildProcess;
import com.amrs.testsupport.FreePorts;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * The real api-server (api-server.jar) polling the simulator every second and storing into the
 * embedded PostgreSQL, reads open to anyone ({@code AMRS_SECURITY_ANONYMOUS_READ}). Like {@code ./amrs up}
 * where nginx is absent, the launcher serves the dashboard folder in front of it on a port of its own
 * ({@code launcher.jar serve-dashboard}). It can be stopped and started again on the same ports. {@link #readsClosed} is a
 * second one on the same database that polls nothing and lets only logged-in users read.
 */
public final class ApiServer {

    public static final Duration POLL_INTERVAL = Duration.ofSeconds(1);
    public static final String PLANT_NAME = "Werk Süd · Linie 3";
    /** The key of writes from outside the page (X-API-Key), as a script sends it. */
    public static final String API_KEY = "dashboard-test-key";

    private static final Duration START_TIMEOUT = Duration.ofSeconds(150);

    private final ChildProcess process;
    private final ChildProcess dashboard;
    private final Locations locations;
    private final Map<String, String> environment;
    private final boolean polls;
    private final int port;
    private final int dashboardPort;
    private final Http http;

    private ApiServer(String name, Locations locations, Path workDir, Map<String, String> environment, boolean polls) {
        this.process = new ChildProcess(
                name,
                Simulator.Java.command(locations.apiServerJar()),
                environment,
                workDir,
                workDir.resolve("logs/" + name + ".log"));
        this.locations = locations;
        this.environment = Map.copyOf(environment);
        this.polls = polls;
        this.port = Integer.parseInt(environment.get("API_PORT"));
        this.dashboardPort = FreePorts.next();
        List<String> serve = new ArrayList<>(Simulator.Java.command(locations.launcherJar()));
        serve.addAll(List.of(
                "serve-dashboard",
                "--port",
                String.valueOf(dashboardPort),
                "--root",
                locations.dashboardDir().toString(),
                "--api-port",
                String.valueOf(port)));
        this.dashboard = new ChildProcess(
                name + "-dashboard", serve, Map.of(), workDir, workDir.resolve("logs/" + name + "-dashboard.log"));
        this.http = new Http("http://127.0.0.1:" + port);
    }

    public static ApiServer create(Locations locations, Path workDir, PlantDatabase database, Simulator simulator) {
        Map<String, String> environment = environment(locations, workDir, database);
        environment.put("OPCUA_SERVER_URL", simulator.endpointUrl());
        environment.put("POLL_INTERVAL_MS", String.valueOf(POLL_INTERVAL.toMillis()));
        // the shop-floor screen's opt-in: the page reads without login, "Log in" to write (DESIGN.md §15)
        environment.put("AMRS_SECURITY_ANONYMOUS_READ", "true");
        return new ApiServer("api-server", locations, workDir, environment, true);
    }

    /** A second api-server on the same database, reads only for logged-in users; its collector is off. */
    public static ApiServer readsClosed(Locations locations, Path workDir, PlantDatabase database) {
        Map<String, String> environment = environment(locations, workDir, database);
        environment.put("AMRS_API_COLLECTOR_ENABLED", "false");
        environment.put("AMRS_SECURITY_ANONYMOUS_READ", "false");
        return new ApiServer("api-server-reads-closed", locations, workDir, environment, false);
    }

    /**
     * A central site (DESIGN.md §19) on a database of its own, {@code databaseName} of the stack's PostgreSQL: no
     * collector; its consumer's Kafka is a port nobody listens on, so only what the test writes is there.
     */
    public static ApiServer central(Locations locations, Path workDir, PlantDatabase database, String databaseName) {
        Map<String, String> environment = environment(locations, workDir, database);
        environment.put("DB_NAME", databaseName);
        environment.put("AMRS_MODE", "central");
        environment.put("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:" + FreePorts.next());
        environment.put("AMRS_SECURITY_ANONYMOUS_READ", "true");
        return new ApiServer("api-server-central", locations, workDir, environment, false);
    }

    private static Map<String, String> environment(Locations locations, Path workDir, PlantDatabase database) {
        Map<String, String> environment = new HashMap<>();
        environment.put("API_PORT", String.valueOf(FreePorts.next()));
        environment.put("DB_HOST", "localhost");
        environment.put("DB_PORT", String.valueOf(database.port()));
        environment.put("DB_NAME", PlantDatabase.NAME);
        environment.put("DB_USER", "postgres");
        environment.put("DB_PASSWORD", PlantDatabase.PASSWORD);
        environment.put("PLANT_TIMEZONE", "UTC");
        environment.put("API_KEY", API_KEY);
        // amrs.plant.name, as config/amrs.yml sets it, through Spring's relaxed binding
        environment.put("AMRS_PLANT_NAME", PLANT_NAME);
        environment.put("REPORTS_DIR", workDir.resolve("reports").toString());
        environment.put(
                "AMRS_CONFIG",
                locations.repositoryRoot().resolve("config/amrs.yml").toString());
        return environment;
    }

    /** Starts it and waits until it is healthy and, unless its collector is off, has polled the machines. */
    public void start() {
        process.start();
        dashboard.start();
        process.awaitReady(START_TIMEOUT, this::serving);
    }

    /** What it was started with: the database and the rest (a {@code users add} needs the same). */
    public Map<String, String> environment() {
        return environment;
    }

    public Path jar() {
        return locations.apiServerJar();
    }

    public void stop() {
        dashboard.stop(Duration.ofSeconds(10));
        process.stop(Duration.ofSeconds(30));
    }

    public boolean alive() {
        return process.alive();
    }

    public int port() {
        return port;
    }

    /** The dashboard page as the launcher serves it, without nginx. */
    public String dashboardUrl() {
        return "http://127.0.0.1:" + dashboardPort;
    }

    /** Calls straight to the api-server, not through nginx. */
    public Http http() {
        return http;
    }

    public String logTail() {
        return process.logTail();
    }

    private boolean serving() {
        if (!FreePorts.listening(port) || !FreePorts.listening(dashboardPort)) {
            return false;
        }
        try {
            JsonNode health = http.json("/api/health");
            if (!polls) {
                return "up".equals(health.path("database").asString());
            }
            return "healthy".equals(health.path("status").asString())
                    && http.json("/api/machines/live").size() == PlantDatabase.MACHINES.size();
        } catch (RuntimeException e) {
            return false;
        }
    }
}
