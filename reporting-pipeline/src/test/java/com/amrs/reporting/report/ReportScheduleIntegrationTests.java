package com.amrs.reporting.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.amrs.reporting.ReportingPipelineApplication;
import com.amrs.reporting.mail.ReportMailer;
import com.amrs.reporting.support.TestDatabase;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.scheduling.config.CronTask;
import org.springframework.scheduling.config.ScheduledTask;
import org.springframework.scheduling.config.ScheduledTaskHolder;
import org.springframework.scheduling.support.SimpleTriggerContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The schedule as it runs (DESIGN.md §9, §16): whole reporting instances on the real clock against one real
 * PostgreSQL and a real SMTP server (GreenMail).
 */
class ReportScheduleIntegrationTests {

    @TempDir
    Path reports;

    @Test
    void reportsAtStartUpThenOnTheCronInPlantTimeAndSaysItsSchedulerRuns() throws Exception {
        TestDatabase.clean();

        try (var context = instance("0 30 6 * * *", "America/New_York", null)) {

            await().atMost(Duration.ofSeconds(30)).until(() -> count("select count(*) from reports") > 0);
            assertThat(reports.resolve("pdf/Report.pdf")).isRegularFile();
            JsonNode health = JsonMapper.builder().build().readTree(health(context));
            assertThat(health.path("status").asString()).isEqualTo("UP");
            assertThat(health.at("/components/scheduler/status").asString())
                    .as("the scheduler looks for jobs")
                    .isEqualTo("UP");
            assertThat(health.at("/components/scheduler/details/last_look").asString())
                    .isNotBlank();
            assertThat(health.at("/components/startupReport/details/state").asString())
                    .as("what the local launcher waits for")
                    .isEqualTo("done");
            assertThat(TestDatabase.jdbc()
                            .sql("select kind from reports")
                            .query(String.class)
                            .list())
                    .containsExactly("startup");
            CronTask cron = context.getBean(ScheduledTaskHolder.class).getScheduledTasks().stream()
                    .map(ScheduledTask::getTask)
                    .filter(CronTask.class::isInstance)
                    .map(CronTask.class::cast)
                    .filter(task -> task.getExpression().equals("0 30 6 * * *"))
                    .findFirst()
                    .orElseThrow();
            var fiveInTheMorningInNewYork =
                    new SimpleTriggerContext(Clock.fixed(Instant.parse("2026-01-26T10:00:00Z"), ZoneOffset.UTC));
            assertThat(cron.getTrigger().nextExecution(fiveInTheMorningInNewYork))
                    .isEqualTo(Instant.parse("2026-01-26T11:30:00Z"));
        }
    }

    @Test
    void twoInstancesMakeOneReportAndOneMailPerSlotAndTheJobQueuedBeforeEitherRan() throws Exception {
        TestDatabase.clean();
        long waiting = TestDatabase.jdbc().sql("""
                        insert into report_jobs (kind, period_start, period_end, requested_by)
                        values ('on-demand', current_date - 6, current_date, 'otto') returning id""").query(Long.class).single();
        var smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        smtp.start();
        List<Long> mailed = new ArrayList<>();
        try (var first = instance("*/3 * * * * *", "UTC", smtp);
                var second = instance("*/3 * * * * *", "UTC", smtp)) {
            await("three slots made")
                    .atMost(Duration.ofSeconds(40))
                    .until(() ->
                            count("select count(*) from report_jobs where kind = 'scheduled' and state = 'done'") >= 3);
            await("their mails")
                    .atMost(Duration.ofSeconds(20))
                    .until(() -> count("select count(*) from reports where mail_status = 'pending'") == 0);
            for (MimeMessage message : smtp.getReceivedMessages()) {
                mailed.add(Long.valueOf(message.getHeader(ReportMailer.REPORT_HEADER, null)));
            }
        } finally {
            smtp.stop();
        }

        assertThat(TestDatabase.jdbc()
                        .sql("select state from report_jobs where id = ?")
                        .param(waiting)
                        .query(String.class)
                        .single())
                .as("queued while no instance ran")
                .isEqualTo("done");
        assertThat(count("select count(*) from reports where kind = 'startup'")).isEqualTo(2);
        assertThat(count("""
                        select count(*) from reports r
                        where r.kind = 'scheduled'
                          and not exists (select 1 from report_jobs j where j.report_id = r.id and j.slot is not null)"""))
                .as("every scheduled report is the report of a slot")
                .isZero();
        assertThat(count("""
                        select count(*) from (select slot from report_jobs where kind = 'scheduled'
                                              group by slot having count(*) > 1) twice""")).isZero();
        List<Instant> slots = TestDatabase.jdbc()
                .sql("select slot from report_jobs where kind = 'scheduled' order by slot")
                .query((rs, row) -> rs.getTimestamp(1).toInstant())
                .list();
        for (int i = 1; i < slots.size(); i++) {
            assertThat(Duration.between(slots.get(i - 1), slots.get(i)))
                    .as("one job per slot, no slot skipped")
                    .isEqualTo(Duration.ofSeconds(3));
        }
        List<Long> sent = TestDatabase.jdbc()
                .sql("select id from reports where mail_status = 'sent' order by id")
                .query(Long.class)
                .list();
        assertThat(mailed).as("one mail per report, no report mailed twice").containsExactlyInAnyOrderElementsOf(sent);
        assertThat(sent).hasSize((int) count("select count(*) from reports"));
    }

    private ConfigurableApplicationContext instance(String cron, String zone, GreenMail smtp) {
        List<String> args = new ArrayList<>(List.of(
                "--AMRS_CONFIG=does-not-exist.yml",
                "--DB_PORT=" + TestDatabase.port(),
                "--DB_NAME=postgres",
                "--DB_USER=postgres",
                "--DB_PASSWORD=" + TestDatabase.PASSWORD,
                "--REPORTS_DIR=" + reports,
                "--REPORT_CRON=" + cron,
                "--PLANT_TIMEZONE=" + zone,
                "--amrs.report.job-poll=200ms"));
        if (smtp != null) {
            args.addAll(List.of(
                    "--SMTP_SERVER=localhost",
                    "--SMTP_PORT=" + smtp.getSmtp().getPort(),
                    "--SMTP_STARTTLS=false",
                    "--EMAIL_RECEIVER=ops@plant.test"));
        }
        return new SpringApplicationBuilder(ReportingPipelineApplication.class).run(args.toArray(String[]::new));
    }

    /** GET /actuator/health on the instance's port: its body, after a 200. */
    private static String health(ConfigurableApplicationContext context) throws Exception {
        var response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:"
                                        + context.getEnvironment().getProperty("local.server.port")
                                        + "/actuator/health"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body();
    }

    private static long count(String sql) {
        return TestDatabase.jdbc().sql(sql).query(Long.class).single();
    }
}
