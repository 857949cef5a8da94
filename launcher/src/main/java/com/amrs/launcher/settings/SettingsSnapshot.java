package com.amrs.launcher.settings;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * The settings {@code up} started with, in {@code run/settings}: status, report, logs and down see them while
 * anything runs, whatever the shell or .env say meanwhile.
 */
public final class SettingsSnapshot {

    private static final String DASHBOARD_SERVER = "DASHBOARD_SERVER";
    private static final List<String> SAVED = List.of(
            "DB_HOST",
            "DB_PORT",
            "DB_NAME",
            "DB_USER",
            "DB_PASSWORD",
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
            "AMRS_ADMIN_PASSWORD",
            "AMRS_TRUSTED_PROXIES",
            "AMRS_OIDC_ISSUER_URI",
            "AMRS_OIDC_CLIENT_ID",
            "AMRS_OIDC_CLIENT_SECRET",
            "AMRS_OIDC_ROLES_CLAIM",
            "REPORTING_PORT",
            "REPORT_RETENTION_DAYS",
            "AMRS_PUBLIC_URL");

    private SettingsSnapshot() {}

    public static void save(Settings settings) {
        Path file = file(settings.home());
        Properties saved = new Properties();
        SAVED.stream()
                .filter(name -> settings.get(name) != null)
                .forEach(name -> saved.setProperty(name, settings.get(name)));
        saved.setProperty(DASHBOARD_SERVER, settings.nginx().map(Path::toString).orElse(""));
        try {
            Files.createDirectories(file.getParent());
            Path tmp = file.resolveSibling("settings.tmp");
            PrivateFile.create(tmp);
            try (Writer out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                saved.store(out, "the settings ./amrs up started the services with");
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /** The saved settings over this environment; empty when up saved none. */
    public static Optional<Settings> load(Home home, Map<String, String> environment) {
        Path file = file(home);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties saved = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            saved.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        Map<String, String> values = new HashMap<>(environment);
        saved.stringPropertyNames().forEach(name -> values.put(name, saved.getProperty(name)));
        String nginx = values.remove(DASHBOARD_SERVER);
        return Optional.of(new Settings(
                home, values, nginx == null || nginx.isEmpty() ? Optional.empty() : Optional.of(Path.of(nginx))));
    }

    private static Path file(Home home) {
        return home.run().resolve("settings");
    }
}
