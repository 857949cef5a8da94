package com.amrs.dashboard.support;

import static org.awaitility.Awaitility.await;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/** A machine's page of the dashboard (#machine=ID) as a user sees and uses it. */
public final class MachinePage {

    private final Browser browser;
    private final String url;

    public MachinePage(Browser browser, String url) {
        this.browser = browser;
        this.url = url;
    }

    /** Loads the page afresh, as a bookmark does, e.g. {@code load("?days=30", "OPC-UA-M2")}. */
    public void load(String query, String machine) {
        browser.driver().get("about:blank"); // else only the hash would change: no new load
        browser.driver().get(url + "/" + query + "#machine=" + URLEncoder.encode(machine, StandardCharsets.UTF_8));
    }

    /** Clicks the machine's name in the live table. */
    public void openFromLiveTable(String machine) {
        browser.driver()
                .findElement(By.cssSelector("#live-rows a[data-machine='" + machine + "']"))
                .click();
    }

    /** Clicks the middle of the machine's bar in the machine comparison chart. */
    public void openFromMachinesChart(String machine) {
        clickWhereStill("machines-chart", """
                const chart = Chart.getChart('machines-chart');
                const bar = chart.getDatasetMeta(0).data[chart.data.labels.indexOf(arguments[0])];
                const box = chart.canvas.getBoundingClientRect();
                return { x: bar.x - box.width / 2, y: (bar.y + bar.base) / 2 - box.height / 2 };
                """, machine);
    }

    /** Clicks the machine's line in the production trend where it is farthest from the other lines. */
    public void openFromTrendChart(String machine) {
        clickWhereStill("trend-chart", """
                const chart = Chart.getChart('trend-chart');
                const line = chart.data.datasets.findIndex(d => d.label === arguments[0]);
                const points = chart.getDatasetMeta(line).data;
                const others = chart.data.datasets.map((d, i) => i)
                    .filter(i => i !== line && chart.isDatasetVisible(i))
                    .map(i => chart.getDatasetMeta(i).data);
                // the point farthest from every other line, so that the click cannot reach another machine
                const apart = (p, at) => Math.min(Infinity, ...others.map(o => o[at] ? Math.abs(o[at].y - p.y) : Infinity));
                const point = points.reduce((best, p, at) => (apart(p, at) > apart(best.p, best.at) ? { p, at } : best),
                    { p: points[0], at: 0 }).p;
                // a point on the chart area's edge (the first or last day) is clicked just inside it
                const area = chart.chartArea;
                const x = Math.min(Math.max(point.x, area.left + 3), area.right - 3);
                const box = chart.canvas.getBoundingClientRect();
                return { x: x - box.width / 2, y: point.y - box.height / 2 };
                """, machine);
    }

    /**
     * Clicks the chart at the offset the script finds, once two reads 400 ms apart agree: a chart redrawn as
     * the plant view comes back moves its points for a moment.
     */
    private void clickWhereStill(String chartId, String offsetScript, String machine) {
        WebElement canvas = browser.driver().findElement(By.id(chartId));
        browser.script("arguments[0].scrollIntoView({block: 'center'})", canvas);
        AtomicReference<Map<String, Number>> offset = new AtomicReference<>();
        await(chartId + " to stand still")
                .atMost(Duration.ofSeconds(10))
                .pollInterval(Duration.ofMillis(400))
                .until(() -> {
                    Map<String, Number> now = browser.script(offsetScript, machine);
                    return now.equals(offset.getAndSet(now));
                });
        new Actions(browser.driver())
                .moveToElement(
                        canvas,
                        offset.get().get("x").intValue(),
                        offset.get().get("y").intValue())
                .click()
                .perform();
    }

    public void clickBackToPlant() {
        browser.driver().findElement(By.id("machine-back")).click();
    }

    /** Which view the page shows: "machine", "plant" or, between the two, "both" or "none". */
    public String view() {
        return browser.script("""
                const plant = !document.getElementById('plant-view').hidden;
                const machine = !document.getElementById('machine-view').hidden;
                return plant && machine ? 'both' : machine ? 'machine' : plant ? 'plant' : 'none';
                """);
    }

    public String machine() {
        return browser.script("return document.getElementById('machine-name').textContent.trim()");
    }

    /** The API's problem shown instead of the machine's data; empty while there is none. */
    public String problem() {
        return browser.script("const p = document.getElementById('machine-problem');"
                + " return p.hidden ? '' : p.textContent.trim();");
    }

    public boolean contentShown() {
        return browser.driver().findElement(By.id("machine-content")).isDisplayed();
    }

    /** The timeline's segments, left to right: state, from, to, title (what a pointer shows). */
    public List<Map<String, String>> segments() {
        return browser.script("""
                return [...document.querySelectorAll('#timeline-bar li')].map(li => ({
                  state: li.dataset.state, from: li.dataset.from, to: li.dataset.to, title: li.title }));
                """);
    }

    /** The trend table's row of a production date: oee, availability, performance, quality as shown. */
    public Map<String, String> trendRow(String date) {
        return browser.script("""
                const row = document.querySelector(`#oee-trend-rows tr[data-date="${arguments[0]}"]`);
                if (!row) return null;
                const shown = {};
                row.querySelectorAll('td').forEach(td => shown[td.dataset.field] = td.textContent.trim());
                return shown;
                """, date);
    }

    /** The trend chart's values of a line (OEE, Availability …), oldest day first; null where it has a gap. */
    public List<Number> trendLine(String label) {
        return browser.script(
                "return Chart.getChart('oee-trend-chart').data.datasets.find(d => d.label === arguments[0]).data;",
                label);
    }

    /** The figures' texts by element id. */
    public Map<String, String> figures(List<String> ids) {
        return browser.script(
                "const t = {}; for (const id of arguments[0]) t[id] = document.getElementById(id).textContent.trim();"
                        + " return t;",
                ids);
    }

    /** The ids of the machine's stops in its table, top to bottom. */
    public List<Long> stopIds() {
        List<String> ids = browser.script(
                "return [...document.querySelectorAll('#machine-stop-rows tr[data-stop-id]')].map(r => r.dataset.stopId);");
        return ids.stream().map(Long::valueOf).toList();
    }

    /** The machines named in its stops table. */
    public List<String> stopMachines() {
        return browser.script(
                "return [...document.querySelectorAll('#machine-stop-rows tr[data-stop-id] .machine')].map(c => c.textContent.trim());");
    }

    /** Waits until the page shows the machine with its timeline. */
    public void awaitLoaded(String machine) {
        await(machine + "'s page")
                .atMost(Duration.ofSeconds(20))
                .until(() -> "machine".equals(view())
                        && machine.equals(machine())
                        && !segments().isEmpty());
    }
}
