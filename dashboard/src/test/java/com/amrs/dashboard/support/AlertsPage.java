package com.amrs.dashboard.support;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * The alerts as a user sees and uses them: the plant's "Firing alerts" (table {@link #PANEL}) and the history at
 * #alerts (table {@link #HISTORY}), with "Acknowledge" on a row.
 */
public final class AlertsPage {

    /** The rows' element of the plant's panel. */
    public static final String PANEL = "firing-alert-rows";
    /** The rows' element of the history. */
    public static final String HISTORY = "alert-rows";

    private static final String ROWS = """
            const shown = (e) => !!e && e.getClientRects().length > 0;
            const read = (row) => {
              const text = (kind) => row.querySelector('.' + kind)?.textContent.trim() ?? null;
              const message = row.querySelector('.ack-message');
              const button = row.querySelector('.ack-button');
              return { id: row.dataset.alertId, machine: text('machine'), state: text('state'),
                rule: text('alert-rule'), condition: text('alert-condition'), text: text('alert-text'),
                details: text('alert-details'), since: text('alert-time'), lasted: text('lasted'),
                fired: text('fired'), resolved: text('resolved'), acknowledged: text('acknowledged'),
                button: shown(button), describedBy: button?.getAttribute('aria-describedby') ?? '',
                message: message?.textContent.trim() ?? '', messageKind: message?.dataset.kind ?? '',
                messageId: message?.id ?? '', messageLive: message?.getAttribute('aria-live') ?? '' };
            };
            """;

    private final Browser browser;
    private final String url;

    public AlertsPage(Browser browser, String url) {
        this.browser = browser;
        this.url = url;
    }

    /** A row of the panel or the history, by alert id; null when it is not shown. */
    public Map<String, Object> row(String table, long id) {
        return browser.script(ROWS + """
                const row = document.querySelector(`#${arguments[0]} tr[data-alert-id="${arguments[1]}"]`);
                return row && row.getClientRects().length > 0 ? read(row) : null;
                """, table, id);
    }

    /** The rows top to bottom. */
    public List<Map<String, Object>> rows(String table) {
        return browser.script(ROWS + """
                return [...document.querySelectorAll(`#${arguments[0]} tr[data-alert-id]`)].map(read);
                """, table);
    }

    /** Until the alert's row is shown. */
    public Map<String, Object> awaitRow(String table, long id) {
        return await("alert " + id + " in #" + table)
                .atMost(Duration.ofSeconds(30))
                .until(() -> row(table, id), row -> row != null);
    }

    /** A row's "Acknowledge". */
    public void acknowledge(String table, long id) {
        browser.driver()
                .findElement(By.cssSelector("#" + table + " tr[data-alert-id='" + id + "'] .ack-button"))
                .click();
    }

    /** The panel's sentence (a live region), its state (firing, clear, unknown), the header's count and link text. */
    public Map<String, String> summary() {
        return browser.script("""
                const summary = document.getElementById('alerts-summary');
                const count = document.getElementById('nav-alerts-count');
                return { text: summary.textContent.trim(), role: summary.getAttribute('role') ?? '',
                  live: summary.getAttribute('aria-live') ?? '',
                  state: document.getElementById('alerts-panel').dataset.state,
                  count: count.getClientRects().length > 0 ? count.querySelector('.nav-count-number').textContent : '',
                  link: document.getElementById('nav-alerts').textContent };
                """);
    }

    /** The "Acknowledge" buttons a user can see, on the whole page. */
    public long visibleAckButtons() {
        return browser.<Number>script("""
                        return [...document.querySelectorAll('.ack-button, th.ack')]
                          .filter(e => e.getClientRects().length > 0).length;
                        """).longValue();
    }

    /** The notes shown in the buttons' place. */
    public List<String> notes() {
        return browser.script("""
                return [...document.querySelectorAll('.alert-note')]
                  .filter(e => e.getClientRects().length > 0).map(e => e.textContent.trim());
                """);
    }

    /** "Alerts" in the header, until the history is loaded. */
    public void openHistoryFromHeader() {
        browser.driver().findElement(By.id("nav-alerts")).click();
        awaitHistory();
    }

    /** Loads #alerts afresh, as a bookmark does, until the history is there. */
    public void loadHistory() {
        browser.driver().get("about:blank"); // else only the hash would change: no new load
        browser.driver().get(url + "/#alerts");
        awaitHistory();
    }

    public void awaitHistory() {
        await("the alerts' history")
                .atMost(Duration.ofSeconds(20))
                .until(() -> browser.<Boolean>script("return !document.getElementById('alerts-view').hidden"
                        + " && !document.getElementById('alert-rows').textContent.includes('Loading')"));
    }

    /** The history's days (1, 7, 30, 90), chosen as a user does. */
    public void chooseDays(int days) {
        new Select(browser.driver().findElement(By.id("alerts-days"))).selectByValue(String.valueOf(days));
    }

    /** The history's filter: "firing" or "all". */
    public void chooseFilter(String filter) {
        browser.driver()
                .findElement(By.cssSelector("label[for='alerts-filter-" + filter + "']"))
                .click();
    }

    /** What the history's status line (a live region) says. */
    public String historyStatus() {
        return browser.script("return document.getElementById('alerts-status').textContent.trim()");
    }

    /** The focused element's id. */
    public String focused() {
        return browser.script("return document.activeElement?.id ?? ''");
    }
}
