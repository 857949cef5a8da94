package com.amrs.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.amrs.dashboard.support.LoginPage;
import com.amrs.dashboard.support.PlantStack;
import com.amrs.dashboard.support.PlantUsers;
import com.amrs.dashboard.support.ReportsPage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The Reports view (DESIGN.md §16, #reports) in real Chromium against the real api-server and a real reporting
 * pipeline on the same database: an operator asks for a report, follows its job to done and downloads its PDF
 * and workbook; a bad request is shown next to its field and queues nothing; a viewer sees the list and the
 * downloads only; accessibility and a phone.
 */
class ReportsViewIntegrationTests extends DashboardBrowserTest {

    private static final Duration REPORT_MADE = Duration.ofSeconds(90);

    private ReportsPage reports;
    private LoginPage login;

    @BeforeEach
    void pipelineAndUsers() {
        stack.reportingPipeline();
        PlantUsers.ensure(stack.apiServer());
        reports = new ReportsPage(browser, pageUrl());
        login = new LoginPage(browser);
    }

    @Test
    void anOperatorAsksForAReportOfOneMachineSeesItsJobDoneAndDownloadsItsPdfAndWorkbook() throws IOException {
        login.logInFromHeader(PlantUsers.OPERATOR);
        reports.openFromHeader();
        assertThat(reports.shown()).isTrue();
        assertThat(reports.focused()).containsEntry("id", "reports-title");
        assertThat(browser.<String>script("return document.title")).startsWith("Reports · ");
        LocalDate today = PlantStack.today(); // the plant runs on UTC in the tests
        assertThat(reports.dates())
                .containsEntry("from", today.minusDays(6).toString())
                .containsEntry("to", today.toString());
        await("the machines to choose from")
                .atMost(Duration.ofSeconds(10))
                .until(() -> reports.machineChoices().contains("OPC-UA-M2"));
        long jobsBefore = stack.database().reportJobCount();

        reports.chooseMachines("OPC-UA-M2");
        reports.submit();

        await("the job done")
                .atMost(REPORT_MADE)
                .until(() -> reports.jobStatus().get("state"), state -> state.equals("done") || state.equals("failed"));
        Map<String, String> status = reports.jobStatus();
        assertThat(status)
                .containsEntry("state", "done")
                .containsEntry("role", "status")
                .containsEntry("live", "polite");
        assertThat(status.get("text"))
                .isEqualTo("Report job " + status.get("job") + " done: the new report is at the top of the list.");
        assertThat(stack.database().reportJobCount()).isEqualTo(jobsBefore + 1);
        JsonNode job = stack.api().json("/api/reports/jobs/" + status.get("job"));
        assertThat(job.path("requested_by").asString()).isEqualTo("olga");
        String reportId = job.path("report_id").asString();
        assertThat(stack.nginx().accessLog())
                .anyMatch(line -> line.contains("POST /api/reports ") && line.contains(" 202 "))
                .anyMatch(line -> line.contains("GET /api/reports/jobs/" + status.get("job") + " "));

        await("the new report at the top")
                .atMost(Duration.ofSeconds(10))
                .until(() -> !reports.rows().isEmpty()
                        && reports.rows().getFirst().get("id").equals(reportId));
        Map<String, Object> top = reports.rows().getFirst();
        assertThat(top)
                .containsEntry("kind", "On demand")
                .containsEntry("machines", "OPC-UA-M2")
                .containsEntry("period", today.minusDays(6) + " – " + today + " (7 days)")
                .containsEntry("mail", "Not mailed") // no SMTP server
                .containsEntry("pdf", "api/reports/" + reportId + "/pdf")
                .containsEntry("xlsx", "api/reports/" + reportId + "/xlsx")
                .containsEntry("sendAgain", true);
        assertThat((String) top.get("size")).matches("\\d+\\.\\d (KB|MB)");
        assertThat(reports.focused())
                .containsEntry("report", reportId)
                .containsEntry("className", "btn btn-small download-pdf");
        browser.screenshot(stack.locations().screenshotsDir().resolve("dashboard-reports-done-1280.png"));

        reports.clickDownload(reportId, "pdf");
        Path pdf = awaitDownload(".pdf");
        assertThat(new String(Arrays.copyOf(Files.readAllBytes(pdf), 4), StandardCharsets.US_ASCII))
                .isEqualTo("%PDF");
        assertThat(Files.readAllBytes(pdf))
                .isEqualTo(stack.api().get("/api/reports/" + reportId + "/pdf").body());
        reports.clickDownload(reportId, "xlsx");
        Path workbook = awaitDownload(".xlsx");
        assertThat(new String(Arrays.copyOf(Files.readAllBytes(workbook), 2), StandardCharsets.US_ASCII))
                .isEqualTo("PK");

        // its mail again: a write with the session's CSRF header (else 403), the row shows the API's answer
        reports.sendAgain(reportId);
        await("the mail due again")
                .atMost(Duration.ofSeconds(10))
                .until(reports::listStatus, text -> text.startsWith("The mail of the on demand report of "));
        assertThat(stack.nginx().accessLog())
                .anyMatch(line -> line.contains("POST /api/reports/" + reportId + "/mail ") && line.contains(" 202 "));
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void aRequestFromAfterToShowsTheErrorNextToFromAndQueuesNoJob() {
        login.logInFromHeader(PlantUsers.OPERATOR);
        reports.openFromHeader();
        long jobsBefore = stack.database().reportJobCount();
        LocalDate today = PlantStack.today();

        reports.setDates(today, today.minusDays(1));
        reports.submit();

        await("the refusal next to From")
                .atMost(Duration.ofSeconds(10))
                .until(() -> !reports.fieldError("report-from")
                        .get("text")
                        .toString()
                        .isEmpty());
        assertThat(reports.fieldError("report-from"))
                .containsEntry("text", "From must not be after to.")
                .containsEntry("shown", true)
                .containsEntry("describedBy", true)
                .containsEntry("invalid", "true");
        assertThat(reports.fieldError("report-to")).containsEntry("text", "").containsEntry("invalid", "");
        assertThat(reports.focused()).containsEntry("id", "report-from");
        assertThat(reports.formError()).contains("no report was requested");
        assertThat(reports.jobStatus()).containsEntry("state", "");
        assertThat(stack.database().reportJobCount()).isEqualTo(jobsBefore);
        assertThat(stack.nginx().accessLog())
                .anyMatch(line -> line.contains("POST /api/reports ") && line.contains(" 400 "));
    }

    @Test
    void aViewerSeesTheListAndItsDownloadsButNoFormAndNoSendAgain() throws IOException {
        LocalDate today = PlantStack.today();
        // a report of an earlier version: no workbook
        stack.database()
                .insertReport("Report_" + today + ".pdf", TinyPdf.withText("old report"), today.minusDays(6), today);
        login.logInFromHeader(PlantUsers.VIEWER);
        reports.openFromHeader();

        List<Map<String, Object>> rows = reports.rows();
        JsonNode listed = stack.api().json("/api/reports?page=0&size=20");
        assertThat(rows).hasSize(listed.size());
        for (int i = 0; i < rows.size(); i++) {
            JsonNode report = listed.get(i);
            assertThat(rows.get(i))
                    .containsEntry("id", report.path("id").asString())
                    .containsEntry("pdf", report.path("pdf_url").asString().substring(1))
                    .containsEntry(
                            "xlsx",
                            report.path("xlsx_url").isNull()
                                    ? null
                                    : report.path("xlsx_url").asString().substring(1))
                    .containsEntry("sendAgain", false);
        }
        assertThat(rows.getFirst())
                .containsEntry("kind", "Scheduled")
                .containsEntry("machines", "All machines")
                .containsEntry("xlsx", null);
        assertThat(reports.formShown()).isFalse();
        assertThat(reports.note())
                .isEqualTo("Asking for a report needs the operator role; you are logged in as viewer.");
        assertThat(Accessibility.violations(browser, stack.locations())).isEmpty();
        browser.screenshot(stack.locations().screenshotsDir().resolve("dashboard-reports-viewer-1280.png"));
    }

    @Test
    void meetsWcag21AaAndFitsA375PixelPhoneWithTheForm() throws IOException {
        login.logInFromHeader(PlantUsers.OPERATOR);
        reports.openFromHeader();
        assertThat(reports.formShown()).isTrue();
        assertThat(Accessibility.violations(browser, stack.locations())).isEmpty();
        browser.screenshot(stack.locations().screenshotsDir().resolve("dashboard-reports-1280.png"));

        browser.emulatePhone(375, 812);
        try {
            reports.load();
            assertThat(reports.formShown()).isTrue();
            Number content = browser.script("return document.documentElement.scrollWidth");
            List<String> overflowing = browser.script("""
                    return [...document.querySelectorAll('body *')]
                      .filter(e => e.getClientRects().length && e.getBoundingClientRect().right > window.innerWidth + 0.5)
                      .filter(e => !e.closest('.visually-hidden, .range input'))
                      .map(e => e.tagName + (e.id ? '#' + e.id : '') + '.' + e.className);
                    """);
            assertThat(content.intValue()).isLessThanOrEqualTo(375);
            assertThat(overflowing).isEmpty();
            assertThat(Accessibility.violations(browser, stack.locations())).isEmpty();
            browser.screenshot(stack.locations().screenshotsDir().resolve("dashboard-reports-375.png"));
        } finally {
            browser.stopEmulation();
        }
    }

    @Test
    void backReturnsToThePlantAndAMachinesAddressStillOpensItsPage() {
        reports.openFromHeader();
        assertThat(currentNavLink()).isEqualTo("nav-reports");

        browser.driver().navigate().back();
        await("the plant again")
                .atMost(Duration.ofSeconds(10))
                .until(() -> !reports.shown()
                        && browser.<Boolean>script("return !document.getElementById('plant-view').hidden"));
        assertThat(currentNavLink()).isEqualTo("nav-plant");
        assertThat(reports.focused()).containsEntry("id", "nav-reports");

        browser.driver().navigate().forward();
        reports.awaitList();
        browser.script("window.location.hash = '#machine=OPC-UA-M1'");
        await("the machine's page")
                .atMost(Duration.ofSeconds(10))
                .until(() -> browser.<Boolean>script("return !document.getElementById('machine-view').hidden"
                        + " && document.getElementById('reports-view').hidden"
                        + " && document.getElementById('plant-view').hidden"));
        assertThat(browser.consoleErrors()).isEmpty();
    }

    /** The id of the header's link marked as the page shown. */
    private String currentNavLink() {
        return browser.script("return document.querySelector('.views-nav a[aria-current=\"page\"]')?.id ?? ''");
    }
}
