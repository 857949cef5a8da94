package com.amrs.dashboard.support;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Everything the dashboard talks to, real and started once per test JVM: embedded PostgreSQL, the
 * PLC simulator, the api-server polling it (which also serves the page on a port of its own), and
 * nginx with dashboard/nginx.conf in front; the reporting pipeline only when a test asks for it.
 */
public final class PlantStack implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(PlantStack.class);

    private final Locations locations;
    private final Path work;
    private final PlantDatabase database;
    private final Simulator simulator;
    private final ApiServer apiServer;
    private final Nginx nginx;
    private ReportingPipeline reportingPipeline;

    private PlantStack(
            Locations locations,
            Path work,
            PlantDatabase database,
            Simulator simulator,
            ApiServer apiServer,
            Nginx nginx) {
        this.locations = locations;
        this.work = work;
        this.database = database;
        this.simulator = simulator;
        this.apiServer = apiServer;
        this.nginx = nginx;
    }

    static PlantStack start() {
        long started = System.nanoTime();
        Locations found = Locations.fromSystemProperties();
        found.requireEverything();
        Path work = found.freshDir("stack");
        Locations locations = found.withCopiedJars(work.resolve("jars"));
        PlantDatabase database = PlantDatabase.start();
        Simulator simulator = null;
        ApiServer apiServer = null;
        try {
            simulator = Simulator.start(locations, work);
            apiServer = ApiServer.create(locations, work, database, simulator);
            apiServer.start();
            database.seedHistory(today());
            Nginx nginx = Nginx.start(locations.dashboardDir(), work.resolve("nginx"), apiServer.port());
            log.info(
                    "Plant stack up in {} s: dashboard {} -> api-server :{}",
                    (System.nanoTime() - started) / 1_000_000_000,
                    nginx.url(),
                    apiServer.port());
            return new PlantStack(locations, work, database, simulator, apiServer, nginx);
        } catch (RuntimeException e) {
            if (apiServer != null) {
                apiServer.stop();
            }
            if (simulator != null) {
                simulator.stop();
            }
            database.close();
            throw e;
        }
    }

    /** Today's production date (the plant runs on UTC in the tests). */
    public static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    /** The production date the collector writes now: before 06:00 that of the night shift begun yesterday. */
    public static LocalDate liveProductionDate() {
        return PlantDatabase.CALENDAR.slotOf(Instant.now()).productionDate();
    }

    public Locations locations() {
        return locations;
    }

    public PlantDatabase database() {
        return database;
    }

    public ApiServer apiServer() {
        return apiServer;
    }

    public Nginx nginx() {
        return nginx;
    }

    /**
     * The reporting pipeline on this stack's database, started at the first call (the tests of the Reports
     * view) and kept until the stack stops.
     */
    public synchronized ReportingPipeline reportingPipeline() {
        if (reportingPipeline == null) {
            long started = System.nanoTime();
            reportingPipeline = ReportingPipeline.start(locations, work, database);
            log.info("Reporting pipeline up in {} s", (System.nanoTime() - started) / 1_000_000_000);
        }
        return reportingPipeline;
    }

    /** The api-server's own answers, fetched by the test (not through the page). */
    public Http api() {
        return apiServer.http();
    }

    @Override
    public synchronized void close() {
        if (reportingPipeline != null) {
            reportingPipeline.stop();
        }
        nginx.stop();
        apiServer.stop();
        simulator.stop();
        database.close();
    }
}
