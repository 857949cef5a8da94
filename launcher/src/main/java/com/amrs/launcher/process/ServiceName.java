package com.amrs.launcher.process;

import java.util.List;
import java.util.Optional;

/** The services of a local run, in start order; down stops them in reverse. */
public final class ServiceName {

    public static final String POSTGRES = "postgres";
    public static final String SIMULATOR = "plc-simulator";
    public static final String API_SERVER = "api-server";
    public static final String REPORTING = "reporting-pipeline";
    public static final String DASHBOARD = "dashboard";
    public static final List<String> ALL = List.of(POSTGRES, SIMULATOR, API_SERVER, REPORTING, DASHBOARD);

    private ServiceName() {}

    /** A service by its name or a name users give it (db, api, reporting-app, nginx, …). */
    public static Optional<String> of(String given) {
        return Optional.ofNullable(
                switch (given) {
                    case "postgres", "postgresql", "db" -> POSTGRES;
                    case "plc-simulator", "simulator", "plc" -> SIMULATOR;
                    case "api-server", "api" -> API_SERVER;
                    case "reporting-pipeline", "reporting", "reporting-app" -> REPORTING;
                    case "dashboard", "nginx" -> DASHBOARD;
                    case "report" -> "report";
                    default -> null;
                });
    }
}
