package com.amrs.launcher.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.amrs.launcher.LauncherException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The settings a local run starts with: environment over .env over DESIGN.md §2, compose names made local. */
class SettingsTests {

    @TempDir
    Path root;

    @Test
    void theEnvironmentWinsOverDotEnvAndComposeHostNamesBecomeLocal() throws IOException {
        Files.writeString(root.resolve(".env"), """
                # compose's settings
                DB_HOST=db
                API_PORT=9000
                OPCUA_SERVER_URL=opc.tcp://plc-simulator:4840/freeopcua/server/
                SMTP_SERVER=mailpit
                REPORT_CRON="0 0 8 * * *"
                EMAIL_SENDER=plant@example.com # who sends
                CORS_ORIGINS=http://a#b
                """);

        Settings settings = Settings.compute(home(), Map.of("API_PORT", "9100", "OPCUA_PORT", "14840"));

        assertThat(settings.get("API_PORT")).isEqualTo("9100");
        assertThat(settings.get("DB_HOST")).isEqualTo("localhost");
        assertThat(settings.get("OPCUA_SERVER_URL")).isEqualTo("opc.tcp://localhost:14840/freeopcua/server/");
        assertThat(settings.get("SMTP_SERVER")).isNull();
        assertThat(settings.get("REPORT_CRON")).isEqualTo("0 0 8 * * *");
        assertThat(settings.get("EMAIL_SENDER")).isEqualTo("plant@example.com");
        assertThat(settings.get("CORS_ORIGINS")).isEqualTo("http://a#b");
        assertThat(settings.get("DB_NAME")).isEqualTo("manufacturing");
        assertThat(settings.reportsDir()).isEqualTo(root.toRealPath().resolve("reports"));
    }

    @Test
    void aBadPortOrNameStopsWithTheVariableNamed() {
        assertThatThrownBy(() -> Settings.compute(home(), Map.of("DB_PORT", "70000")))
                .isInstanceOf(LauncherException.class)
                .hasMessageContaining("DB_PORT must be a port number, got '70000'");
        assertThatThrownBy(() -> Settings.compute(home(), Map.of("DB_NAME", "plant-1")))
                .hasMessageContaining("DB_NAME and DB_USER must be plain identifiers");
        assertThatThrownBy(() -> Settings.compute(home(), Map.of("API_PORT", "8080")))
                .hasMessageContaining("API_PORT and DASHBOARD_PORT must differ");
        assertThatThrownBy(() -> Settings.compute(home(), Map.of("AMRS_TIMEOUT", "4m")))
                .hasMessageContaining(
                        "AMRS_TIMEOUT must be the seconds to wait for the services (1 to 99999), got '4m'");
        assertThatThrownBy(() -> Settings.compute(home(), Map.of("AMRS_NGINX", "/no/nginx")))
                .hasMessageContaining("AMRS_NGINX must be off or the path of the nginx program, got '/no/nginx'");
    }

    @Test
    void aSecretAndItsFileTogetherAreRefusedAndAFileIsRead() throws IOException {
        Path file = Files.writeString(root.resolve("db_password"), "k7Qm2xVb9Rt4Lp\n");

        assertThatThrownBy(
                        () -> Settings.compute(home(), Map.of("DB_PASSWORD", "x", "DB_PASSWORD_FILE", file.toString())))
                .hasMessage("DB_PASSWORD_FILE and DB_PASSWORD are both set: set only one of them");
        assertThat(Settings.compute(home(), Map.of("DB_PASSWORD_FILE", file.toString()))
                        .get("DB_PASSWORD"))
                .isEqualTo("k7Qm2xVb9Rt4Lp");
    }

    @Test
    void missingSecretsAreGeneratedOnceIntoAPrivateFileAndReused() throws IOException {
        Home home = home();
        Settings first = Settings.compute(home, Map.of("API_KEY", "change-me", "AMRS_ADMIN_PASSWORD", "Set-by-me-42"));

        assertThat(first.generateSecrets()).containsExactly("DB_PASSWORD", "API_KEY");
        assertThat(first.get("DB_PASSWORD")).matches("[A-Za-z0-9_-]{32}");
        assertThat(first.get("AMRS_ADMIN_PASSWORD")).isEqualTo("Set-by-me-42");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(home.secrets())))
                .isEqualTo("rw-------");

        Settings second = Settings.compute(home, Map.of());
        assertThat(second.generateSecrets()).containsExactly("AMRS_ADMIN_PASSWORD");
        assertThat(second.get("DB_PASSWORD")).isEqualTo(first.get("DB_PASSWORD"));
        assertThat(second.get("API_KEY")).isEqualTo(first.get("API_KEY"));
    }

    @Test
    void theSnapshotKeepsWhatUpStartedWithOverALaterEnvironment() {
        Home home = home();
        Settings started = Settings.compute(home, Map.of("API_PORT", "18000", "AMRS_NGINX", "off"));
        SettingsSnapshot.save(started);

        Map<String, String> later = new HashMap<>(Map.of("API_PORT", "9999", "PATH", "/usr/bin"));
        Settings loaded = SettingsSnapshot.load(home, later).orElseThrow();

        assertThat(loaded.get("API_PORT")).isEqualTo("18000");
        assertThat(loaded.get("PATH")).isEqualTo("/usr/bin");
        assertThat(loaded.nginx()).isEmpty();
    }

    private Home home() {
        return Home.of(root, root.resolve("state").toString());
    }
}
