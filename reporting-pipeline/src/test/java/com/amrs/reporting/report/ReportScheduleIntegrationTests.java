package com.amrs.reporting.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.amrs.reporting.ReportingPipelineApplication;
import com.amrs.reporting.support.TestDatabase;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.scheduling.config.CronTask;
import org.springframework.scheduling.config.ScheduledTask;
import org.springframework.scheduling.config.ScheduledTaskHolder;
import org.springframework.scheduling.support.SimpleTriggerContext;

class ReportScheduleIntegrationTests {

    @TempDir
    Path reports;

    @Test
    void reportsAtStartUpThenOnTheCronInPlantTime() {
        TestDatabase.clean();

        try (var context = new SpringApplicationBuilder(ReportingPipelineApplication.class)
                .run(
                        "--AMRS_CONFIG=does-not-exist.yml",
                        "--DB_PORT=" + TestDatabase.port(),
                        "--DB_NAME=postgres",
                        "--DB_USER=postgres",
                        "--DB_PASSWORD=" + TestDatabase.PASSWORD,
                        "--REPORTS_DIR=" + reports,
                        "--REPORT_CRON=0 30 6 * * *",
                        "--PLANT_TIMEZONE=America/New_York")) {

            assertThat(reports.resolve("pdf/Report.pdf")).isRegularFile();
            assertThat(TestDatabase.jdbc()
                            .sql("select count(*) from reports")
                            .query(Long.class)
                            .single())
                    .isOne();
            CronTask cron = context.getBean(ScheduledTaskHolder.class).getScheduledTasks().stream()
                    .map(ScheduledTask::getTask)
                    .filter(CronTask.class::isInstance)
                    .map(CronTask.class::cast)
                    .findFirst()
                    .orElseThrow();
            assertThat(cron.getExpression()).isEqualTo("0 30 6 * * *");
            var fiveInTheMorningInNewYork =
                    new SimpleTriggerContext(Clock.fixed(Instant.parse("2026-01-26T10:00:00Z"), ZoneOffset.UTC));
            assertThat(cron.getTrigger().nextExecution(fiveInTheMorningInNewYork))
                    .isEqualTo(Instant.parse("2026-01-26T11:30:00Z"));
        }
    }
}
