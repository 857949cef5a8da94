package com.amrs.dashboard.support;

import com.amrs.testsupport.ChildProcess;
import com.amrs.testsupport.FreePorts;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * The real reporting pipeline (reporting-pipeline.jar) on the stack's database, as {@code ./amrs up} runs it: it
 * takes the report jobs the api-server queues ({@code POST /api/reports}) and stores each report with its PDF and
 * workbook. Mail is off ({@code SMTP_SERVER} empty): every report's mail is {@code skipped}. Started by {@link
 * PlantStack#reportingPipeline()} for the tests that need it, once per test JVM.
 */
public final class ReportingPipeline {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(150);

    private final ChildProcess process;
    private final PlantDatabase database;
    private final int port;
    private final Http http;

    private ReportingPipeline(ChildProcess process, PlantDatabase database, int port) {
        this.process = process;
        this.database = database;
        this.port = port;
        this.http = new Http("http://127.0.0.1:" + port);
    }

    /**
     * Starts it and waits until its health is UP and its start-up report is made, so that the reports a test asks
     * for come after it.
     */
    static ReportingPipeline start(Locations locations, Path workDir, PlantDatabase database) {
        locations.requireReportingPipeline();
        Path jar = Locations.copy(locations.reportingPipelineJar(), workDir.resolve("jars"));
        int port = FreePorts.next();
        Map<String, String> environment = new HashMap<>();
        environment.put("DB_HOST", "localhost");
        environment.put("DB_PORT", String.valueOf(database.port()));
        environment.put("DB_NAME", PlantDatabase.NAME);
        environment.put("DB_USER", "postgres");
        environment.put("DB_PASSWORD", PlantDatabase.PASSWORD);
        environment.put("PLANT_TIMEZONE", "UTC");
        environment.put("AMRS_PLANT_NAME", ApiServer.PLANT_NAME);
        environment.put("REPORTS_DIR", workDir.resolve("reporting/reports").toString());
        environment.put("REPORTING_PORT", String.valueOf(port));
        environment.put("SMTP_SERVER", "");
        environment.put(
                "AMRS_CONFIG",
                locations.repositoryRoot().resolve("config/amrs.yml").toString());
        var process = new ChildProcess(
                "reporting-pipeline",
                Simulator.Java.command(jar),
                environment,
                workDir,
                workDir.resolve("logs/reporting-pipeline.log"));
        var pipeline = new ReportingPipeline(process, database, port);
        process.start();
        process.awaitReady(START_TIMEOUT, pipeline::readyForJobs);
        return pipeline;
    }

    public void stop() {
        process.stop(Duration.ofSeconds(20));
    }

    public String logTail() {
        return process.logTail();
    }

    private boolean readyForJobs() {
        if (!FreePorts.listening(port)) {
            return false;
        }
        try {
            return "UP".equals(http.json("/actuator/health").path("status").asString()) && startupReportMade();
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** The start-up report is stored, and no other job is queued or being made. */
    private boolean startupReportMade() {
        try (Connection connection = database.connect();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("""
                        select exists (select 1 from report_jobs where kind = 'startup' and state = 'done')
                            and not exists (select 1 from report_jobs where state in ('queued', 'running'))""")) {
            rows.next();
            return rows.getBoolean(1);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read report_jobs", e);
        }
    }
}
