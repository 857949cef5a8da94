package com.amrs.dashboard.support;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The dashboard as a user sees it: what the cards, table, dot and messages show, and its buttons. */
public final class DashboardPage {

    /** The KPI card elements and the /api/kpis fields they show. */
    public static final Map<String, String> CARDS = cards();

    private final Browser browser;
    private final String url;

    public DashboardPage(Browser browser, String url) {
        this.browser = browser;
        this.url = url;
    }

    private static Map<String, String> cards() {
        var cards = new LinkedHashMap<String, String>();
        cards.put("kpi-total-units", "total_units");
        cards.put("kpi-total-defects", "total_defects");
        cards.put("kpi-defect-rate", "defect_rate");
        cards.put("kpi-yield", "yield_percentage");
        cards.put("kpi-avg-downtime", "avg_downtime");
        cards.put("kpi-total-downtime", "total_downtime_min");
        cards.put("kpi-oee", "oee");
        cards.put("kpi-availability", "availability");
        cards.put("kpi-performance", "performance");
        cards.put("kpi-quality", "quality");
        return Map.copyOf(cards);
    }

    /** Opens the page and waits until the cards, the charts and the live table are filled. */
    public DashboardPage open() {
        return open("");
    }

    public DashboardPage open(String query) {
        browser.driver().get(url + "/" + query);
        await("the dashboard to load").atMost(Duration.ofSeconds(30)).until(this::loaded);
        return this;
    }

    public boolean loaded() {
        return !text("kpi-total-units").equals("–")
                && chartLabels("machines-chart") != null
                && chartLabels("trend-chart") != null
                && !liveRows().isEmpty();
    }

    public String text(String id) {
        return browser.script("return document.getElementById(arguments[0]).textContent.trim()", id);
    }

    /** Every KPI card's text, read at once. */
    public Map<String, String> cardTexts() {
        Map<String, String> texts = browser.script(
                "const t = {}; for (const id of arguments[0]) t[id] = document.getElementById(id).textContent.trim();"
                        + " return t;",
                List.copyOf(CARDS.keySet()));
        return texts;
    }

    public void chooseRange(int days) {
        browser.driver()
                .findElement(By.cssSelector("label[for='range-" + days + "']"))
                .click();
    }

    public void click(String id) {
        browser.driver().findElement(By.id(id)).click();
    }

    /** The live table, one map per row: machine, state, units, defects, downtime, shift, time. */
    public List<Map<String, String>> liveRows() {
        List<Map<String, String>> rows = browser.script("""
                return [...document.querySelectorAll('#live-rows tr[data-machine-id]')].map(row => ({
                  machine: row.dataset.machineId,
                  state: row.querySelector('.state-badge').textContent.trim(),
                  badge: row.querySelector('.state-badge').className,
                  units: row.children[2].textContent.trim(),
                  defects: row.children[3].textContent.trim(),
                  downtime: row.children[4].textContent.trim(),
                  shift: row.children[5].textContent.trim(),
                  time: row.children[6].textContent.trim(),
                  changed: String(row.classList.contains('row-changed')),
                }));
                """);
        return rows;
    }

    /** "connected" or "disconnected" (at a central site "polling"), and the dot's colour. */
    public String connectionState() {
        return browser.driver().findElement(By.id("connection")).getDomAttribute("data-state");
    }

    public String dotColor() {
        return browser.driver()
                .findElement(By.cssSelector("#connection .connection-dot"))
                .getCssValue("background-color");
    }

    public boolean bannerShown() {
        return browser.driver().findElement(By.id("banner")).isDisplayed();
    }

    public String toast() {
        WebElement toast = browser.driver().findElement(By.id("toast"));
        return toast.isDisplayed() ? toast.getText() : "";
    }

    /** What a Chart.js chart draws: its labels. */
    public List<String> chartLabels(String canvasId) {
        return browser.script(
                "const c = window.Chart && Chart.getChart(arguments[0]); return c ? c.data.labels.map(String) : null;",
                canvasId);
    }

    /** A chart's dataset by label: its values. */
    public List<Number> chartData(String canvasId, String datasetLabel) {
        List<Number> data = browser.script(
                "const c = Chart.getChart(arguments[0]);"
                        + " const d = c.data.datasets.find(d => d.label === arguments[1]); return d ? d.data : null;",
                canvasId,
                datasetLabel);
        return Objects.requireNonNull(data, () -> canvasId + " has no dataset " + datasetLabel);
    }

    public String currentUrl() {
        return browser.driver().getCurrentUrl();
    }
}
