package com.amrs.launcher.settings;

import com.amrs.launcher.LauncherException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What the services run with: the environment, then .env ({@code AMRS_ENV_FILE}), then the defaults of
 * DESIGN.md §2; compose host names of .env (db, plc-simulator, mailpit) replaced by this machine's.
 */
public final class Settings {

    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final List<String> PORTS = List.of("DB_PORT", "OPCUA_PORT", "API_PORT", "DASHBOARD_PORT");

    private final Home home;
    private final Map<String, String> values;
    private final Optional<Path> nginx;

    Settings(Home home, Map<String, String> values, Optional<Path> nginx) {
        this.home = home;
        this.values = values;
        this.nginx = nginx;
    }

    /** The settings {@code up} would start with now. */
    public static Settings compute(Home home, Map<String, String> environment) {
        Map<String, String> values = new HashMap<>(environment);
        String envFile =
                values.getOrDefault("AMRS_ENV_FILE", home.root().resolve(".env").toString());
        EnvFile.read(Path.of(envFile)).forEach(values::putIfAbsent);
        Secrets.readFiles(values);
        Secrets.useStored(values, home.secrets());
        // the embedded database has one role: migration roles are for a PostgreSQL of your own
        List.of("DB_MIGRATION_USER", "DB_MIGRATION_PASSWORD", "DB_MIGRATION_PASSWORD_FILE")
                .forEach(values::remove);
        LocalDefaults.apply(home, values);
        validate(values);
        return new Settings(home, values, Nginx.choose(values.get("AMRS_NGINX")));
    }

    private static void validate(Map<String, String> values) {
        String name = values.get("DB_NAME");
        String user = values.get("DB_USER");
        if (!IDENTIFIER.matcher(name).matches() || !IDENTIFIER.matcher(user).matches()) {
            throw new LauncherException("DB_NAME and DB_USER must be plain identifiers (letters, digits, _), got '"
                    + name + "' and '" + user + "'");
        }
        for (String port : PORTS) {
            String value = values.get(port);
            if (!value.matches("[0-9]{1,5}") || Integer.parseInt(value) < 1 || Integer.parseInt(value) > 65535) {
                throw new LauncherException(port + " must be a port number, got '" + value + "'");
            }
        }
        if (values.get("API_PORT").equals(values.get("DASHBOARD_PORT"))) {
            throw new LauncherException("API_PORT and DASHBOARD_PORT must differ, both are " + values.get("API_PORT"));
        }
        String timeout = values.getOrDefault("AMRS_TIMEOUT", "240");
        if (!timeout.matches("[1-9][0-9]{0,4}")) {
            throw new LauncherException(
                    "AMRS_TIMEOUT must be the seconds to wait for the services (1 to 99999), got '" + timeout + "'");
        }
    }

    /** How long {@code up} waits for every service to be ready ({@code AMRS_TIMEOUT}, 240 s). */
    public int timeoutSeconds() {
        return Integer.parseInt(values.getOrDefault("AMRS_TIMEOUT", "240"));
    }

    public Home home() {
        return home;
    }

    /** The whole environment of the services. */
    public Map<String, String> environment() {
        return Map.copyOf(values);
    }

    public String get(String name) {
        return values.get(name);
    }

    public int port(String name) {
        return Integer.parseInt(values.get(name));
    }

    /** The secrets still missing, generated and kept in {@code AMRS_HOME/secrets}; their names. */
    public List<String> generateSecrets() {
        return Secrets.generate(values, home.secrets());
    }

    /** nginx when it serves the dashboard; empty when the launcher does. */
    public Optional<Path> nginx() {
        return nginx;
    }

    public Path reportsDir() {
        return Path.of(values.get("REPORTS_DIR"));
    }

    public String plcUrl() {
        return "opc.tcp://localhost:" + values.get("OPCUA_PORT") + "/freeopcua/server/";
    }
}
