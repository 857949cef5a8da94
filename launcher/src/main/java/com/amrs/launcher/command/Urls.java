package com.amrs.launcher.command;

import com.amrs.launcher.process.Processes;
import com.amrs.launcher.process.ServiceName;
import com.amrs.launcher.settings.Settings;
import java.util.List;

/** What {@code up} prints once everything runs, and the secrets it generated. */
final class Urls {

    static final String ADMIN = "admin";

    private Urls() {}

    static void print(Settings settings) {
        String api = settings.get("API_PORT");
        System.out.println();
        System.out.println("AMRS is running:");
        if (Processes.of(settings.home(), ServiceName.DASHBOARD).isPresent()) {
            System.out.println(
                    "  Dashboard        http://localhost:" + settings.get("DASHBOARD_PORT") + servedBy(settings));
        }
        System.out.println("  REST API         http://localhost:" + api + "  (Swagger UI http://localhost:" + api
                + "/swagger-ui.html)");
        System.out.println("  Live stream      ws://localhost:" + api + "/ws");
        if ("true".equals(settings.get("AMRS_SECURITY_ANONYMOUS_READ"))) {
            System.out.println(
                    "  Login            reads open to anyone (AMRS_SECURITY_ANONYMOUS_READ=true); writes need a login");
        } else {
            System.out.println("  Login            needed to read and write: " + ADMIN
                    + " with AMRS_ADMIN_PASSWORD (.env, else " + settings.home().secrets() + ")");
        }
        System.out.println("  OPC-UA (PLC)     " + settings.plcUrl());
        System.out.println("  PostgreSQL       psql -h localhost -p " + settings.get("DB_PORT") + " -U "
                + settings.get("DB_USER") + " " + settings.get("DB_NAME"));
        System.out.println("  Reports          " + settings.reportsDir().resolve("pdf/Report.pdf"));
        System.out.println(
                "  Logs             ./amrs logs SERVICE  (" + settings.home().logs() + ")");
        System.out.println("Stop with ./amrs down.");
    }

    /** How the dashboard is served, when nginx does not serve it. */
    static String servedBy(Settings settings) {
        if (settings.nginx().isPresent()) {
            return "";
        }
        return "off".equals(settings.get("AMRS_NGINX"))
                ? "  (served by the launcher: AMRS_NGINX=off)"
                : "  (served by the launcher: nginx is not installed)";
    }

    static void printGenerated(Settings settings, List<String> generated) {
        if (generated.isEmpty()) {
            return;
        }
        System.out.println();
        System.out.println("./amrs generated " + String.join(" ", generated) + " into "
                + settings.home().secrets() + " (mode 0600); every later up reuses them.");
        if (generated.contains("AMRS_ADMIN_PASSWORD")) {
            System.out.println("  Admin login      " + ADMIN + " / " + settings.get("AMRS_ADMIN_PASSWORD")
                    + "  (shown this once; it stays in that file)");
        }
        if (generated.contains("API_KEY")) {
            System.out.println("  API key          API_KEY in "
                    + settings.home().secrets() + " (X-API-Key of POST /api/production)");
        }
    }
}
