package com.amrs.reporting.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.amrs.config.SecretException;
import com.amrs.reporting.ReportingPipelineApplication;
import com.amrs.reporting.support.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

@ExtendWith(OutputCaptureExtension.class)
class ConfigValidationIntegrationTests {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "REPORT_DAYS     | 0               | amrs.report.days        | must be greater than or equal to 1",
                "REPORT_DAYS     | 367             | amrs.report.days        | must be less than or equal to 366",
                "REPORT_DAYS     | seven           | amrs.report.days        | cannot be converted",
                "REPORT_CRON     | 0 0 25 * * *    | amrs.report.cron        | is not a cron expression",
                "REPORT_CRON     | every morning   | amrs.report.cron        | is not a cron expression",
                "PLANT_TIMEZONE  | Mars/Olympus    | amrs.plant.timezone     | cannot be converted",
                "SMTP_PORT       | 70000           | amrs.report.mail.port   | must be less than or equal to 65535",
                "EMAIL_RECEIVER  | nope            | amrs.report.mail.receivers | must be a well-formed email address",
                "AMRS_MODE       | headquarters    | amrs.mode               | must be plant, edge or central"
            })
    void aBadValueStopsStartUpNamingTheKeyAndTheVariable(
            String variable, String value, String key, String reason, CapturedOutput output) {
        Throwable failure = catchThrowable(() -> start("--" + variable + "=" + value));

        assertThat(causes(failure)).anyMatch(BindException.class::isInstance);
        assertThat(output)
                .contains("APPLICATION FAILED TO START", key, "environment variable " + variable, value, reason);
    }

    @Test
    void aZeroMailBackoffStopsStartUpNamingTheKey(CapturedOutput output) {
        Throwable failure = catchThrowable(() -> start("--amrs.report.mail.backoff=0s"));

        assertThat(causes(failure)).anyMatch(BindException.class::isInstance);
        assertThat(output).contains("APPLICATION FAILED TO START", "amrs.report.mail.backoff", "at least 1ms");
    }

    @Test
    void aNonProductionDayThatIsNoDayStopsStartUpNamingTheKey(CapturedOutput output) {
        Throwable failure = catchThrowable(() -> start("--amrs.plant.non-production-days=SUNDAY,2026-02-30"));

        assertThat(causes(failure)).anyMatch(BindException.class::isInstance);
        assertThat(output)
                .contains(
                        "APPLICATION FAILED TO START",
                        "  amrs.plant.non-production-days[1] = \"2026-02-30\": neither a weekday name");
    }

    @Test
    void aBreakPastTheEndOfItsShiftStopsStartUpNamingTheShifts(CapturedOutput output) {
        Throwable failure = catchThrowable(() -> start(
                "--amrs.plant.shifts[0].name=Early",
                "--amrs.plant.shifts[0].start=05:30",
                "--amrs.plant.shifts[1].name=Late",
                "--amrs.plant.shifts[1].start=17:30",
                "--amrs.plant.shifts[1].breaks[0].start=05:00",
                "--amrs.plant.shifts[1].breaks[0].duration=45m"));

        assertThat(causes(failure)).anyMatch(BindException.class::isInstance);
        assertThat(output)
                .contains(
                        "APPLICATION FAILED TO START",
                        "  amrs.plant.shifts: the break at 05:00 (45m) of shift Late ends after the shift,"
                                + " which runs from 17:30 to 05:30");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            change-me   | is the placeholder "change-me" of .env.example: choose a secret of your own
            abcdefghijk | has 11 characters: a secret needs at least 12 characters
            ''          | is not set
            """)
    void aWeakDatabasePasswordStopsStartUpNamingTheKeyAndTheVariable(
            String password, String reason, CapturedOutput output) {
        Throwable failure = catchThrowable(() -> start("--DB_PASSWORD=" + password));

        assertThat(causes(failure)).anyMatch(SecretException.class::isInstance);
        assertThat(output)
                .contains(
                        "APPLICATION FAILED TO START",
                        "Invalid configuration:",
                        "  spring.datasource.password (environment variable DB_PASSWORD) " + reason)
                .doesNotContain("abcdefghijk");
    }

    @Test
    void aDatabasePasswordFromAFileCountsAsSet(@TempDir Path dir, CapturedOutput output) throws IOException {
        Path file = Files.writeString(dir.resolve("db_password"), TestDatabase.PASSWORD + "\n");

        Throwable failure = catchThrowable(() -> start("--DB_PASSWORD_FILE=" + file, "--REPORT_DAYS=0"));

        assertThat(causes(failure)).anyMatch(BindException.class::isInstance);
        assertThat(output).doesNotContain("DB_PASSWORD").contains("amrs.report.days");
    }

    private static List<Throwable> causes(Throwable failure) {
        return Stream.iterate(failure, Objects::nonNull, Throwable::getCause).toList();
    }

    /** With the test database's password unless the settings give one (its value or its file). */
    private static void start(String... settings) {
        boolean password = Stream.of(settings).anyMatch(setting -> setting.startsWith("--DB_PASSWORD"));
        String[] arguments = Stream.of(
                        Stream.of(settings),
                        Stream.of("--AMRS_CONFIG=does-not-exist.yml", "--spring.main.keep-alive=false"),
                        password ? Stream.<String>empty() : Stream.of("--DB_PASSWORD=" + TestDatabase.PASSWORD))
                .flatMap(s -> s)
                .toArray(String[]::new);
        new SpringApplicationBuilder(ReportingPipelineApplication.class)
                .run(arguments)
                .close();
    }
}
