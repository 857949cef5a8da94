package com.amrs.launcher.settings;

import java.nio.file.Path;
import java.util.Map;

/** DESIGN.md §2's defaults for a local run, and .env's compose host names made local. */
final class LocalDefaults {

    private static final String COMPOSE_PLC = "opc.tcp://plc-simulator:";

    private LocalDefaults() {}

    static void apply(Home home, Map<String, String> values) {
        values.putIfAbsent("DB_PORT", "5432");
        values.putIfAbsent("DB_NAME", "manufacturing");
        values.putIfAbsent("DB_USER", "mfg_user");
        values.putIfAbsent("OPCUA_PORT", "4840");
        values.putIfAbsent("API_PORT", "8000");
        values.putIfAbsent("DASHBOARD_PORT", "8080");
        values.putIfAbsent("REPORTING_PORT", "8081");
        orDefault(values, "AMRS_CONFIG", home.root().resolve("config/amrs.yml"));
        // the OPC-UA certificates and trust lists: the api-server's and the simulator's own
        orDefault(values, "AMRS_PKI_DIR", home.dir().resolve("pki"));
        orDefault(values, "OPCUA_PKI_DIR", home.dir().resolve("simulator-pki"));
        // polls that wait for the database, on disk
        orDefault(values, "AMRS_SPOOL_DIR", home.dir().resolve("spool"));
        // the embedded database and the simulator run here, whatever .env says for docker compose
        values.put("DB_HOST", "localhost");
        String plc = values.getOrDefault("OPCUA_SERVER_URL", "");
        if (plc.isEmpty() || plc.startsWith(COMPOSE_PLC)) {
            values.put("OPCUA_SERVER_URL", "opc.tcp://localhost:" + values.get("OPCUA_PORT") + "/freeopcua/server/");
        }
        if ("mailpit".equals(values.get("SMTP_SERVER"))) {
            // mailpit is the compose file's mail catcher; locally, mail stays off unless a real server is set
            values.remove("SMTP_SERVER");
        }
        Path reports = Path.of(values.getOrDefault("REPORTS_DIR", "reports"));
        values.put("REPORTS_DIR", home.root().resolve(reports).toString());
    }

    private static void orDefault(Map<String, String> values, String name, Path path) {
        if (values.getOrDefault(name, "").isEmpty()) {
            values.put(name, path.toString());
        }
    }
}
