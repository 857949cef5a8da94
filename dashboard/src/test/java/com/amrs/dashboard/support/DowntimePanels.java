package com.amrs.dashboard.support;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** The downtime Pareto and the "Today's stops" table as a user sees and uses them. */
public final class DowntimePanels {

    private final Browser browser;

    public DowntimePanels(Browser browser) {
        this.browser = browser;
    }

    /** The Pareto's bars in order: reason, minutes, the dataset (Unplanned or Planned) and its colour. */
    public List<Map<String, Object>> paretoBars() {
        return browser.script("""
                const c = window.Chart && Chart.getChart('pareto-chart');
                if (!c) return null;
                return c.data.labels.map((reason, i) => {
                  const bar = c.data.datasets.find(d => d.type !== 'line' && d.data[i] != null);
                  return { reason: String(reason), minutes: bar.data[i], category: bar.label, color: bar.backgroundColor };
                });
                """);
    }

    /** The Pareto's cumulative line, in percent. */
    public List<Number> paretoCumulative() {
        return browser.script("return Chart.getChart('pareto-chart').data.datasets.find(d => d.type === 'line').data;");
    }

    /** A stop's row: machine, start, duration, state, reason (with its comment), message; null when absent. */
    public Map<String, String> stopRow(long id) {
        return browser.script("""
                const row = document.querySelector(`#stop-rows tr[data-stop-id="${arguments[0]}"]`);
                if (!row) return null;
                const text = (kind) => row.querySelector('.' + kind).textContent.trim();
                return { machine: text('machine'), start: text('start'), duration: text('duration'),
                  state: text('state'), reason: row.querySelector('.stop-reason').textContent.trim(),
                  comment: row.querySelector('.stop-comment')?.textContent.trim() ?? '',
                  picked: row.querySelector('select').value, message: text('reason-message'),
                  messageKind: row.querySelector('.reason-message').dataset.kind ?? '' };
                """, id);
    }

    /** The ids of the rows, top to bottom. */
    public List<Long> stopIds() {
        List<String> ids = browser.script(
                "return [...document.querySelectorAll('#stop-rows tr[data-stop-id]')].map(r => r.dataset.stopId);");
        return ids.stream().map(Long::valueOf).toList();
    }

    /**
     * Picks a reason by its catalogue code, types the comment and presses Save; again from the start when the table
     * was drawn anew in between (a stop event or the first load's second rendering), as a user would.
     */
    public void assign(long id, int reasonCode, String comment) {
        await().atMost(Duration.ofSeconds(10))
                .ignoreException(StaleElementReferenceException.class)
                .until(() -> {
                    new Select(browser.driver().findElement(By.id("reason-" + id)))
                            .selectByValue(String.valueOf(reasonCode));
                    WebElement field = browser.driver().findElement(By.id("comment-" + id));
                    field.clear();
                    field.sendKeys(comment);
                    browser.driver()
                            .findElement(By.cssSelector("tr[data-stop-id='" + id + "'] .reason-form button"))
                            .click();
                    return true;
                });
    }
}
