package com.amrs.api.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.amrs.api.ApiServerApplication;
import com.amrs.api.support.TestDatabase;
import com.amrs.config.SecretException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.io.ClassPathResource;

/**
 * A bad setting stops the whole api-server at start-up with the line the other services print:
 * the key, the environment variable that sets it (when one does) and the value.
 */
@ExtendWith(OutputCaptureExtension.class)
class ConfigValidationIntegrationTests {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            POLL_INTERVAL_MS=abc       | amrs.api.poll-interval (environment variable POLL_INTERVAL_MS) = "abc": cannot be converted to Duration
            PLANT_TIMEZONE=Mars/Base   | amrs.plant.timezone (environment variable PLANT_TIMEZONE) = "Mars/Base": cannot be converted to ZoneId
            POLL_INTERVAL_MS=0         | amrs.api.poll-interval (POLL_INTERVAL_MS) must be positive, was PT0S
            amrs.api.buffer-capacity=0 | amrs.api.buffer-capacity = "0": must be greater than or equal to 1
            amrs.collector.max-rate-factor=0.5 | amrs.collector.max-rate-factor must be a number of at least 1, was 0.5
            amrs.collector.spool-dir=pom.xml/spool | amrs.collector.spool-dir (AMRS_SPOOL_DIR) must be a directory the api-server can write, was
            amrs.collector.write-timeout=10ms | amrs.collector.write-timeout must be between 100ms and 1h, was PT0.01S
            amrs.downtime.micro-stop=2h | amrs.downtime.micro-stop must be between 0s and 1h, was PT2H
            amrs.downtime.reasons[0].code=101 | amrs.downtime.reasons[0] needs a code, a reason and a category
            amrs.plant.non-production-days=SATURDAY,Caturday | amrs.plant.non-production-days[1] = "Caturday": neither a weekday name (MONDAY .. SUNDAY, any case) nor an ISO date (2026-12-25)
            DB_MIGRATION_USER=amrs_owner | amrs.database.migration-password (DB_MIGRATION_PASSWORD) must be set when amrs.database.migration-user (DB_MIGRATION_USER) is, was empty
            SMTP_PORT=0                | amrs.alerts.mail.port (SMTP_PORT) must be 1-65535, was 0
            RAW_RETENTION_DAYS=0       | amrs.retention.raw-days (RAW_RETENTION_DAYS) must be at least 1, was 0
            RAW_RETENTION_DAYS=ninety  | amrs.retention.raw-days (environment variable RAW_RETENTION_DAYS) = "ninety": cannot be converted to int
            AMRS_PLANT_ID=north/2      | amrs.plant.id (AMRS_PLANT_ID) must be 1 to 64 letters, digits, '_', '.' or '-', starting with a letter or digit, was 'north/2'
            AMRS_MODE=edge             | amrs.kafka.bootstrap-servers (KAFKA_BOOTSTRAP_SERVERS) must name the Kafka brokers when amrs.mode (AMRS_MODE) is edge
            AMRS_MODE=hub              | amrs.mode (environment variable AMRS_MODE) = "hub": cannot be converted to PlantMode
            AMRS_OIDC_ISSUER_URI=not a url | amrs.security.oidc.issuer-uri (AMRS_OIDC_ISSUER_URI) must be an http or https URL, was "not a url"
            AMRS_OIDC_ISSUER_URI=https://login.example.com/realms/plant | amrs.security.oidc.client-id (AMRS_OIDC_CLIENT_ID) must be set when amrs.security.oidc.issuer-uri (AMRS_OIDC_ISSUER_URI) is, was empty
            """)
    void aBadSettingStopsStartUpWithALineNamingIt(String setting, String line, CapturedOutput output) {
        assertThatThrownBy(() -> start("--" + setting))
                .satisfies(failure -> assertThat(Stream.iterate(failure, Objects::nonNull, Throwable::getCause))
                        .anyMatch(BindException.class::isInstance));

        assertThat(output).contains("APPLICATION FAILED TO START", "Invalid configuration:", "  " + line);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            13:50 | 15m | amrs.plant.shifts: the break at 13:50 (15m) of shift A ends after the shift, which runs from 06:00 to 14:00
            10:00 | 0s  | amrs.plant.shifts[0].breaks[0]: the break at 10:00 must last longer than 0, was PT0S
            """)
    void aBreakOutsideItsShiftOrOfNoTimeStopsStartUpNamingIt(
            String start, String duration, String line, CapturedOutput output) {
        assertThatThrownBy(() -> start(
                        "--AMRS_CONFIG=does-not-exist.yml",
                        "--amrs.plant.shifts[0].name=A",
                        "--amrs.plant.shifts[0].start=06:00",
                        "--amrs.plant.shifts[0].breaks[0].start=" + start,
                        "--amrs.plant.shifts[0].breaks[0].duration=" + duration,
                        "--amrs.plant.shifts[1].name=B",
                        "--amrs.plant.shifts[1].start=14:00"))
                .satisfies(failure -> assertThat(Stream.iterate(failure, Objects::nonNull, Throwable::getCause))
                        .anyMatch(BindException.class::isInstance));

        assertThat(output).contains("APPLICATION FAILED TO START", "Invalid configuration:", "  " + line);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            DB_PASSWORD=change-me              | spring.datasource.password (environment variable DB_PASSWORD) is the placeholder "change-me" of .env.example
            DB_PASSWORD=abcdefghijk            | spring.datasource.password (environment variable DB_PASSWORD) has 11 characters: a secret needs at least 12 characters
            DB_PASSWORD=                       | spring.datasource.password (environment variable DB_PASSWORD) is not set
            API_KEY=abcdefghijk                | amrs.api.api-key (environment variable API_KEY) has 11 characters
            AMRS_ADMIN_PASSWORD=change-me      | amrs.security.admin-password (environment variable AMRS_ADMIN_PASSWORD) is the placeholder
            DB_MIGRATION_PASSWORD=change-me    | amrs.database.migration-password (environment variable DB_MIGRATION_PASSWORD) is the placeholder
            """)
    void aWeakSecretStopsStartUpNamingItsKeyAndVariable(String setting, String line, CapturedOutput output) {
        assertThatThrownBy(() -> start("--" + setting))
                .satisfies(failure -> assertThat(Stream.iterate(failure, Objects::nonNull, Throwable::getCause))
                        .anyMatch(SecretException.class::isInstance));

        assertThat(output)
                .contains("APPLICATION FAILED TO START", "Invalid configuration:", "  " + line)
                .doesNotContain("abcdefghijk");
    }

    @Test
    void aBadTagMapStopsStartUpWithTheKeyAndTheValue(CapturedOutput output) throws Exception {
        String config =
                new ClassPathResource("tag-maps/bad-state-node.yml").getFile().getAbsolutePath();

        assertThatThrownBy(() -> start("--AMRS_CONFIG=" + config, "--amrs.api.reports-dir=target/test-reports/config"));

        assertThat(output)
                .contains(
                        "APPLICATION FAILED TO START",
                        "  amrs.plcs[0].machines[1].nodes.state = \"ns=2;x=2002\": not a NodeId");
    }

    /** Starts the api-server on its own database and a free port, collector off, with this setting. */
    @Test
    void anAlertRuleThatNotifiesNoChannelStopsStartUpNamingIt(CapturedOutput output) {
        assertThatThrownBy(() -> start(
                        "--AMRS_CONFIG=does-not-exist.yml",
                        "--amrs.alerts.channels[0].name=shift-lead",
                        "--amrs.alerts.channels[0].email=lead@plant.example.com",
                        "--amrs.alerts.rules[0].name=filler-down",
                        "--amrs.alerts.rules[0].when=machine_down",
                        "--amrs.alerts.rules[0].for=5m",
                        "--amrs.alerts.rules[0].notify=teams"))
                .isNotNull();

        assertThat(output)
                .contains(
                        "APPLICATION FAILED TO START",
                        "amrs.alerts.rules[0].notify[0] = \"teams\" is no channel of amrs.alerts.channels [shift-lead]");
    }

    private static void start(String setting) {
        start(new String[] {"--AMRS_CONFIG=does-not-exist.yml", setting});
    }

    private static void start(String... settings) {
        TestDatabase.ensureDatabase("amrs_config");
        List<String> arguments = new ArrayList<>(List.of(
                "--spring.datasource.url=" + TestDatabase.jdbcUrl("amrs_config"),
                "--spring.datasource.username=postgres",
                "--server.port=0",
                "--amrs.api.collector.enabled=false",
                "--AMRS_SPOOL_DIR=" + TestDatabase.spoolDir("amrs_config")));
        arguments.addAll(List.of(settings));
        if (Stream.of(settings).noneMatch(setting -> setting.startsWith("--DB_PASSWORD="))) {
            arguments.add("--DB_PASSWORD=" + TestDatabase.PASSWORD);
        }
        new SpringApplicationBuilder(ApiServerApplication.class)
                .run(arguments.toArray(String[]::new))
                .close();
    }
}
