package com.amrs.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.amrs.e2e.support.Amrs;
import com.amrs.e2e.support.Repository;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ./amrs when nothing runs: what it says and its exit codes. */
class AmrsCommandTests {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    @TempDir
    Path home;

    private Amrs amrs;

    @BeforeEach
    void emptyStateDirectory() {
        Repository repository = Repository.fromSystemProperties();
        amrs = new Amrs(
                new Repository(repository.root(), home, repository.pgsql()),
                Map.of("AMRS_HOME", home.toString(), "AMRS_ENV_FILE", "/dev/null", "AMRS_NO_BUILD", "1"));
    }

    @Test
    void theScriptIsStrictBash() throws IOException {
        Path script = Repository.fromSystemProperties().file("amrs");

        assertThat(Files.isExecutable(script)).isTrue();
        assertThat(Files.readString(script)).startsWith("#!/usr/bin/env bash").contains("\nset -euo pipefail\n");
    }

    @Test
    void statusSaysEveryServiceIsStoppedAndFails() {
        Amrs.Result status = amrs.run(TIMEOUT, "status");

        assertThat(status.exitCode()).as(status.toString()).isEqualTo(3);
        assertThat(status.stdout())
                .containsPattern("(?m)^postgres +stopped")
                .containsPattern("(?m)^plc-simulator +stopped")
                .containsPattern("(?m)^api-server +stopped")
                .containsPattern("(?m)^reporting-pipeline +stopped");
    }

    @Test
    void onlyUpGeneratesSecrets() {
        amrs.run(TIMEOUT, "status");
        amrs.run(TIMEOUT, "down");

        assertThat(home.resolve("secrets")).doesNotExist();
    }

    @Test
    void refusesASecretSetTogetherWithItsFile() {
        Amrs.Result status = new Amrs(
                        new Repository(Repository.fromSystemProperties().root(), home, home),
                        Map.of(
                                "AMRS_HOME", home.toString(),
                                "AMRS_ENV_FILE", "/dev/null",
                                "DB_PASSWORD", "k7Qm2xVb9Rt4Lp",
                                "DB_PASSWORD_FILE", "/run/secrets/db_password"))
                .run(TIMEOUT, "status");

        assertThat(status.exitCode()).as(status.toString()).isEqualTo(1);
        assertThat(status.stderr()).contains("DB_PASSWORD_FILE and DB_PASSWORD are both set");
    }

    @Test
    void downWhenNothingRunsSaysSoAndSucceeds() {
        Amrs.Result down = amrs.run(TIMEOUT, "down");

        assertThat(down.exitCode()).as(down.toString()).isZero();
        assertThat(down.stdout()).contains("not running");
    }

    @Test
    void reportNeedsTheDatabaseRunning() {
        Amrs.Result report = amrs.run(TIMEOUT, "report");

        assertThat(report.exitCode()).as(report.toString()).isEqualTo(1);
        assertThat(report.stderr()).contains("./amrs up");
    }

    @Test
    void logsOfAnUnknownServiceNamesTheServices() {
        Amrs.Result logs = amrs.run(TIMEOUT, "logs", "mqtt-broker");

        assertThat(logs.exitCode()).isEqualTo(2);
        assertThat(logs.stderr()).contains("postgres plc-simulator api-server reporting-pipeline dashboard");
    }

    @Test
    void refusesAnNginxThatIsNoProgram() {
        Amrs.Result status = new Amrs(
                        new Repository(Repository.fromSystemProperties().root(), home, home),
                        Map.of("AMRS_HOME", home.toString(), "AMRS_ENV_FILE", "/dev/null", "AMRS_NGINX", "/no/nginx"))
                .run(TIMEOUT, "status");

        assertThat(status.exitCode()).as(status.toString()).isEqualTo(1);
        assertThat(status.stderr()).contains("AMRS_NGINX").contains("/no/nginx");
    }

    @Test
    void anUnknownCommandShowsTheUsage() {
        Amrs.Result unknown = amrs.run(TIMEOUT, "start");

        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.stderr())
                .contains("Usage: ./amrs COMMAND")
                .contains("up")
                .contains("down");
    }
}
