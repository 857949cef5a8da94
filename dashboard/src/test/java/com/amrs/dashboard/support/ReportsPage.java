package com.amrs.dashboard.support;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;

/** The Reports view (#reports) as a user sees and uses it: the form, the job's progress, the list. */
public final class ReportsPage {

    private final Browser browser;
    private final String url;

    public ReportsPage(Browser browser, String url) {
        this.browser = browser;
        this.url = url;
    }

    /** Loads #reports afresh, as a bookmark does, until the list is there. */
    public void load() {
        browser.driver().get("about:blank"); // else only the hash would change: no new load
        browser.driver().get(url + "/#reports");
        awaitList();
    }

    /** "Reports" in the header, until the list is there. */
    public void openFromHeader() {
        click("nav-reports");
        awaitList();
    }

    public void awaitList() {
        await("the list of reports")
                .atMost(Duration.ofSeconds(20))
                .until(() -> browser.<Boolean>script("return !document.getElementById('reports-view').hidden"
                        + " && !document.getElementById('report-rows').textContent.includes('Loading')"));
    }

    public boolean shown() {
        return displayed("reports-view") && !displayed("plant-view") && !displayed("machine-view");
    }

    /** The form's dates as the inputs hold them (yyyy-mm-dd). */
    public Map<String, String> dates() {
        return browser.script("return { from: document.getElementById('report-from').value,"
                + " to: document.getElementById('report-to').value };");
    }

    /** Sets the dates as a date picker does (the inputs' typed format depends on the locale). */
    public void setDates(LocalDate from, LocalDate to) {
        browser.script("""
                for (const [id, value] of [['report-from', arguments[0]], ['report-to', arguments[1]]]) {
                  const input = document.getElementById(id);
                  input.value = value;
                  input.dispatchEvent(new Event('input', { bubbles: true }));
                  input.dispatchEvent(new Event('change', { bubbles: true }));
                }
                """, from.toString(), to.toString());
    }

    /** "Chosen machines", then each machine's box. */
    public void chooseMachines(String... machines) {
        click("report-scope-some");
        for (String machine : machines) {
            browser.driver()
                    .findElement(By.cssSelector("#report-machine-list input[value='" + machine + "']"))
                    .click();
        }
    }

    /** The machines the form offers. */
    public List<String> machineChoices() {
        return browser.script(
                "return [...document.querySelectorAll('#report-machine-list input')].map(box => box.value);");
    }

    public void submit() {
        click("report-submit");
    }

    /** The job's status line: its text, state and job id (empty before any job). */
    public Map<String, String> jobStatus() {
        return browser.script("""
                const status = document.getElementById('report-job-status');
                return { text: status.textContent.trim(), state: status.dataset.state ?? '',
                  job: status.dataset.job ?? '', live: status.getAttribute('aria-live') ?? '',
                  role: status.getAttribute('role') ?? '' };
                """);
    }

    /** The rows top to bottom, as shown: id, cells, which links and buttons a user can see, and where they lead. */
    public List<Map<String, Object>> rows() {
        return browser.script("""
                const shown = (e) => !!e && e.getClientRects().length > 0;
                return [...document.querySelectorAll('#report-rows tr[data-report-id]')].map(row => {
                  const text = (kind) => row.querySelector('.' + kind).textContent.trim();
                  const pdf = row.querySelector('a.download-pdf'), xlsx = row.querySelector('a.download-xlsx');
                  return { id: row.dataset.reportId, period: text('report-period'), kind: text('kind'),
                    machines: text('machines'), created: text('created'), size: text('size'),
                    mail: row.querySelector('.mail-status').textContent.trim(),
                    pdf: shown(pdf) ? pdf.getAttribute('href') : null,
                    xlsx: shown(xlsx) ? xlsx.getAttribute('href') : null,
                    sendAgain: shown(row.querySelector('.resend')) };
                });
                """);
    }

    public void clickDownload(String reportId, String file) {
        browser.driver()
                .findElement(By.cssSelector("tr[data-report-id='" + reportId + "'] a.download-" + file))
                .click();
    }

    /** A row's "Send again". */
    public void sendAgain(String reportId) {
        browser.driver()
                .findElement(By.cssSelector("tr[data-report-id='" + reportId + "'] .resend"))
                .click();
    }

    /** What the list's status line (a live region) says, e.g. after "Send again". */
    public String listStatus() {
        return browser.script("return document.getElementById('reports-status').textContent.trim()");
    }

    /** The error shown next to a field, and whether the field names it as its description. */
    public Map<String, Object> fieldError(String fieldId) {
        return browser.script("""
                const field = document.getElementById(arguments[0]);
                const error = document.getElementById(arguments[0] + '-error');
                return { text: error.textContent.trim(), shown: error.getClientRects().length > 0,
                  describedBy: (field.getAttribute('aria-describedby') ?? '').split(' ').includes(error.id),
                  invalid: field.getAttribute('aria-invalid') ?? '' };
                """, fieldId);
    }

    public String formError() {
        return browser.script("return document.getElementById('report-form-error').textContent.trim()");
    }

    /** The form is shown (to operators and admins). */
    public boolean formShown() {
        return displayed("report-form");
    }

    /** The note shown in the form's place, empty when none. */
    public String note() {
        return browser.script("""
                const note = document.querySelector('#reports-view .report-note');
                return note.getClientRects().length > 0 ? note.textContent.trim() : '';
                """);
    }

    /** The focused element: its id, or its classes and its row's report id. */
    public Map<String, String> focused() {
        return browser.script("""
                const e = document.activeElement;
                return { id: e?.id ?? '', className: e?.className ?? '',
                  report: e?.closest('tr[data-report-id]')?.dataset.reportId ?? '' };
                """);
    }

    private void click(String id) {
        browser.driver().findElement(By.id(id)).click();
    }

    private boolean displayed(String id) {
        return browser.<Boolean>script("return document.getElementById(arguments[0]).getClientRects().length > 0", id);
    }
}
