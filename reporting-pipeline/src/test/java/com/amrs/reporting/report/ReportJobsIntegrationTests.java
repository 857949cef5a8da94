package com.amrs.reporting.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.amrs.reporting.support.PdfContents;
import com.amrs.reporting.support.ReportingIntegrationTest;
import com.amrs.reporting.support.SampleWeek;
import com.amrs.reporting.support.TestDatabase;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The {@code report_jobs} queue (DESIGN.md §16) as the api-server fills it: a report of some machines and
 * dates, mailed to the addresses asked for; jobs taken once by concurrent workers; a job whose instance died
 * taken again, three times at most.
 */
class ReportJobsIntegrationTests extends ReportingIntegrationTest {

    @Autowired
    JobWorker worker;

    @Test
    void aReportOfOneMachineIsMadeWithItsWorkbookMailedToWhoAskedAndWritesNoFiles() throws Exception {
        SampleWeek.insert();
        long job = queue("{OPC-UA-M2}", "{lead@plant.test}");

        worker.work();

        Map<String, Object> done = job(job);
        assertThat(done)
                .containsEntry("state", "done")
                .containsEntry("error", null)
                .containsEntry("attempts", 1);
        long reportId = (Long) done.get("report_id");
        Map<String, Object> report = TestDatabase.jdbc()
                .sql("select kind, machines, period_start::text, period_end::text, file_name, content, xlsx,"
                        + " mail_status from reports where id = ?")
                .param(reportId)
                .query()
                .singleRow();
        assertThat(report)
                .containsEntry("kind", "on-demand")
                .containsEntry("period_start", "2026-01-20")
                .containsEntry("period_end", "2026-01-26")
                .containsEntry("file_name", "Report_2026-01-20_2026-01-26.pdf")
                .containsEntry("mail_status", "sent");
        assertThat((String[]) ((java.sql.Array) report.get("machines")).getArray())
                .containsExactly("OPC-UA-M2");
        assertThat((byte[]) report.get("xlsx")).as("a workbook (zip)").startsWith('P', 'K');
        String pdf = PdfContents.of((byte[]) report.get("content")).flatText();
        assertThat(pdf)
                .contains("This report covers only OPC-UA-M2.", "5,420")
                .doesNotContain("OPC-UA-M1", "OPC-UA-M3");
        MimeMessage mail = GREEN_MAIL.getReceivedMessages()[0];
        assertThat(GREEN_MAIL.getReceivedMessages()).hasSize(1);
        assertThat(mail.getRecipients(Message.RecipientType.TO))
                .extracting(Object::toString)
                .containsExactly("lead@plant.test");
        assertThat(REPORTS.resolve("pdf"))
                .as("the schedule's files stay as they were")
                .doesNotExist();
    }

    @Test
    void aCentralSitesReportOfOnePlantCoversThatPlantsMachinesOnly() throws Exception {
        SampleWeek.insert();
        // south's machines share north's ids and made three times as much (DESIGN.md §19)
        TestDatabase.jdbc().sql("""
                        insert into live_production (machine_id, production_date, shift, units_produced, defective_units,
                                                     downtime_min, state, source, recorded_at, interval_sec,
                                                     ideal_cycle_sec, plant_id)
                        select machine_id, production_date, shift, units_produced * 3, defective_units, downtime_min,
                               state, source, recorded_at, interval_sec, ideal_cycle_sec, 'south'
                        from live_production where plant_id = 'default'""").update();
        long job = TestDatabase.jdbc().sql("""
                        insert into report_jobs (kind, period_start, period_end, machines, mail_to, requested_by, plant_id)
                        values ('on-demand', '2026-01-20', '2026-01-26', '{OPC-UA-M2}', '{lead@plant.test}', 'otto',
                                'south')
                        returning id""").query(Long.class).single();

        worker.work();

        long reportId = (Long) job(job).get("report_id");
        Map<String, Object> report = TestDatabase.jdbc()
                .sql("select plant_id, content from reports where id = ?")
                .param(reportId)
                .query()
                .singleRow();
        assertThat(report).containsEntry("plant_id", "south");
        String pdf = PdfContents.of((byte[]) report.get("content")).flatText();
        assertThat(pdf).contains("south", "16,260").doesNotContain("5,420");
    }

    @Test
    void concurrentWorkersMakeEachQueuedReportOnce() {
        List<Long> queued = List.of(queue(null, "{}"), queue(null, "{}"), queue(null, "{}"), queue(null, "{}"));

        CompletableFuture.allOf(
                        CompletableFuture.runAsync(worker::work),
                        CompletableFuture.runAsync(worker::work),
                        CompletableFuture.runAsync(worker::work))
                .join();

        assertThat(queued)
                .allSatisfy(
                        id -> assertThat(job(id)).containsEntry("state", "done").containsEntry("attempts", 1));
        assertThat(TestDatabase.jdbc()
                        .sql("select count(*) from reports")
                        .query(Long.class)
                        .single())
                .isEqualTo(4);
    }

    @Test
    void aJobWhoseInstanceDiedIsTakenAgainWhenItsLeaseRanOut() {
        long job = queue(null, "{}");
        TestDatabase.jdbc()
                .sql("update report_jobs set state = 'running', attempts = 1, worker = 'gone',"
                        + " lease_until = ? where id = ?")
                .params(Timestamp.from(NOW.minusSeconds(1)), job)
                .update();

        worker.work();

        assertThat(job(job)).containsEntry("state", "done").containsEntry("attempts", 2);
    }

    @Test
    void aJobWhoseInstanceDiedThreeTimesFailsSayingSo() {
        long job = queue(null, "{}");
        TestDatabase.jdbc()
                .sql("update report_jobs set state = 'running', attempts = 3, lease_until = ? where id = ?")
                .params(Timestamp.from(NOW.minusSeconds(1)), job)
                .update();

        worker.work();

        assertThat(job(job)).containsEntry("state", "failed").containsEntry("report_id", null);
        assertThat((String) job(job).get("error")).contains("stopped while making it, 3 times");
    }

    /** As POST /api/reports queues it: the sample week, these machines (null: all) and receivers. */
    private static long queue(String machines, String mailTo) {
        return TestDatabase.jdbc()
                .sql("""
                        insert into report_jobs (kind, period_start, period_end, machines, mail_to, requested_by)
                        values ('on-demand', '2026-01-20', '2026-01-26', cast(? as text[]), cast(? as text[]), 'otto')
                        returning id""")
                .params(machines, mailTo)
                .query(Long.class)
                .single();
    }

    private static Map<String, Object> job(long id) {
        return TestDatabase.jdbc()
                .sql("select state, report_id, error, attempts from report_jobs where id = ?")
                .param(id)
                .query()
                .singleRow();
    }
}
