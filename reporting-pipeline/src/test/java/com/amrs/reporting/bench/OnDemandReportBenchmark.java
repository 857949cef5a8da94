package com.amrs.reporting.bench;

import static com.amrs.reporting.bench.BenchmarkStats.loadAverage;
import static com.amrs.reporting.bench.BenchmarkStats.median;
import static org.assertj.core.api.Assertions.assertThat;

import com.amrs.core.shift.ProductionWindow;
import com.amrs.reporting.ReportingPipelineApplication;
import com.amrs.reporting.report.ReportGenerator;
import com.amrs.reporting.report.ReportKind;
import com.amrs.reporting.report.ReportRequest;
import com.amrs.reporting.support.TestDatabase;
import com.amrs.store.MachineFilter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * A report on demand of 100 machines × 31 days end to end (DESIGN.md §16, issue 17: under 5 s): from the job's
 * row, as {@code POST /api/reports} inserts it, through a running instance's queue (the default 500 ms poll)
 * to the stored PDF and workbook, as {@code GET /api/reports/{id}/pdf} reads them; side by side with the same
 * report made directly in the same JVM, the plain limit, and their ratio. The test database runs with fsync
 * off. Run with {@code ./mvnw -B -ntp -pl reporting-pipeline -am -Pbench test -Dtest=OnDemandReportBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false}; see bench/README.md.
 */
class OnDemandReportBenchmark {

    private static final int DAYS = 31;
    private static final int RUNS = 5;
    private static final long BUDGET_MS = 5_000;

    @BeforeAll
    static void seed() {
        BenchmarkData.seed(DAYS);
    }

    @Test
    void aReportOfAHundredMachinesAndAMonthFromRequestToPdf() throws Exception {
        LocalDate today = TestDatabase.jdbc()
                .sql("select current_date")
                .query(LocalDate.class)
                .single();
        var window = new ProductionWindow(today.minusDays(DAYS - 1), today);
        try (var context = new SpringApplicationBuilder(ReportingPipelineApplication.class).run(arguments())) {
            ReportGenerator generator = context.getBean(ReportGenerator.class);
            awaitIdle();
            endToEnd(window); // warm-up: the JIT, the fonts
            List<Long> endToEnd = new ArrayList<>();
            List<Long> direct = new ArrayList<>();
            for (int i = 0; i < RUNS; i++) {
                endToEnd.add(endToEnd(window));
                long started = System.nanoTime();
                generator.generate(
                        new ReportRequest(ReportKind.ON_DEMAND, window, MachineFilter.all(), List.of(), false));
                direct.add((System.nanoTime() - started) / 1_000_000);
            }
            long ours = median(endToEnd);
            long limit = median(direct);
            System.out.printf(
                    "BENCH on demand, %d machines x %d days: end to end %s ms (median %d), made directly %s ms"
                            + " (median %d), ratio %.2f, load %s%n",
                    BenchmarkData.MACHINES, DAYS, endToEnd, ours, direct, limit, (double) ours / limit, loadAverage());
            assertThat(ours).as("median end to end").isLessThanOrEqualTo(BUDGET_MS);
        }
    }

    /** Queues the job, waits for it, reads the PDF and workbook back: milliseconds. */
    private static long endToEnd(ProductionWindow window) throws InterruptedException {
        long started = System.nanoTime();
        long job = TestDatabase.jdbc()
                .sql("""
                        insert into report_jobs (kind, period_start, period_end, requested_by)
                        values ('on-demand', ?, ?, 'bench') returning id""")
                .params(window.from(), window.to())
                .query(Long.class)
                .single();
        Map<String, Object> done;
        while (!"done".equals((done = state(job)).get("state"))) {
            assertThat(done.get("state"))
                    .as("job %d: %s", job, done.get("error"))
                    .isNotEqualTo("failed");
            Thread.sleep(10);
        }
        byte[] pdf = TestDatabase.jdbc()
                .sql("select content from reports where id = ?")
                .param(done.get("report_id"))
                .query(byte[].class)
                .single();
        byte[] xlsx = TestDatabase.jdbc()
                .sql("select xlsx from reports where id = ?")
                .param(done.get("report_id"))
                .query(byte[].class)
                .single();
        long took = (System.nanoTime() - started) / 1_000_000;
        assertThat(pdf.length).isGreaterThan(10_000);
        assertThat(xlsx.length).isGreaterThan(10_000);
        return took;
    }

    private static Map<String, Object> state(long job) {
        return TestDatabase.jdbc()
                .sql("select state, report_id, error from report_jobs where id = ?")
                .param(job)
                .query()
                .singleRow();
    }

    /** The start-up report made, so that the runs do not wait behind it. */
    private static void awaitIdle() throws InterruptedException {
        while (TestDatabase.jdbc()
                        .sql("select count(*) from report_jobs where state in ('queued', 'running')")
                        .query(Long.class)
                        .single()
                > 0) {
            Thread.sleep(50);
        }
    }

    private static String[] arguments() {
        return new String[] {
            "--AMRS_CONFIG=does-not-exist.yml",
            "--DB_PORT=" + TestDatabase.port(),
            "--DB_NAME=postgres",
            "--DB_USER=postgres",
            "--DB_PASSWORD=" + TestDatabase.PASSWORD,
            "--REPORTS_DIR=" + Path.of("target", "bench-reports").toAbsolutePath(),
            "--REPORT_DAYS=" + DAYS,
            "--SMTP_SERVER=",
            "--EMAIL_RECEIVER="
        };
    }
}
