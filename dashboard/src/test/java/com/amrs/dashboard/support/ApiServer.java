package com.amrs.dashboard.support;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * The real api-server (api-server.jar) polling the simulator every second and storing into the
 * embedded PostgreSQL. Like {@code ./amrs up} where nginx is absent, it also serves the dashboard
 * folder on a second port ({@code DASHBOARD_DIR}, {@code DASHBOARD_PORT}). It can be stopped and
 * started again on the same ports.
 */
public final class ApiServer {

    public static final Duration POLL_INTERVAL = Duration.ofSeconds(1);
    public static final String PLANT_NAME = "Werk Süd · Linie 3";
    /** The key writes need (X-API-Key), as an operator types it into the page. */
    public static final String API_KEY = "dashboard-test-key";

    private static final Duration START_TIMEOUT = Duration.ofSeconds(150);

    private final ChildProcess process;
    private final int port;
    private final int dashboardPort;
    private final Http http;

    private ApiServer(ChildProcess process, int port, int dashboardPort) {
        this.process = process;
        this.port = port;
        this.dashboardPort = dashboardPort;
        this.http = new Http("http://127.0.0.1:" + port);
    }

    public static ApiServer create(Locations locations, Path workDir, PlantDatabase database, Simulator simulator) {
        int port = FreePorts.next();
        int dashboardPort = FreePorts.next();
        Map<String, String> environment = new HashMap<>();
        environment.put("API_PORT", String.valueOf(port));
        environment.put("DASHBOARD_DIR", locations.dashboardDir().toString());
        environment.put("DASHBOARD_PORT", String.valueOf(dashboardPort));
        environment.put("OPCUA_SERVER_URL", simulator.endpointUrl());
        environment.put("POLL_INTERVAL_MS", String.valueOf(POLL_INTERVAL.toMillis()));
        environment.put("DB_HOST", "localhost");
        environment.put("DB_PORT", String.valueOf(database.port()));
        environment.put("DB_NAME", PlantDatabase.NAME);
        environment.put("DB_USER", "postgres");
        environment.put("DB_PASSWORD", PlantDatabase.PASSWORD);
        environment.put("PLANT_TIMEZONE", "UTC");
        environment.put("API_KEY", API_KEY);
        // the page reads without login until the dashboard's login page lands (issue 16)
        environment.put("AMRS_SECURITY_ANONYMOUS_READ", "true");
        // amrs.plant.name, as config/amrs.yml sets it, through Spring's relaxed binding
        environment.put("AMRS_PLANT_NAME", PLANT_NAME);
        environment.put("REPORTS_DIR", workDir.resolve("reports").toString());
        environment.put(
                "AMRS_CONFIG",
                locations.repositoryRoot().resolve("config/amrs.yml").toString());
        var process = new ChildProcess(
                "api-server",
                Simulator.Java.command(locations.apiServerJar()),
                environment,
                workDir,
                workDir.resolve("logs/api-server.log"));
        return new ApiServer(process, port, dashboardPort);
    }

    /** Starts it and waits until it is healthy and has polled the machines. */
    public void start() {
        process.start();
        process.awaitReady(START_TIMEOUT, this::serving);
    }

    public void stop() {
        process.stop(Duration.ofSeconds(30));
    }

    public boolean alive() {
        return process.alive();
    }

    public int port() {
        return port;
    }

    /** The dashboard page as the api-server serves it itself, without nginx. */
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
            return "healthy".equals(health.path("status").asString())
                    && http.json("/api/machines/live").size() == PlantDatabase.MACHINES.size();
        } catch (RuntimeException e) {
            return false;
        }
    }
}
