package com.amrs.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.amrs.dashboard.support.ApiServer;
import com.amrs.dashboard.support.PlantDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * A central site's page (DESIGN.md §19): two plants whose machines share ids, one shown at a time, chosen in the
 * header and kept in the browser. On an api-server of its own, in central mode, on a database of its own.
 */
class CentralSiteIntegrationTests extends DashboardBrowserTest {

    private static final String DATABASE = "amrs_central";

    @Test
    void thePageShowsThePlantChosenInTheHeaderAndKeepsTheChoice() throws Exception {
        stack.database().createDatabase(DATABASE);
        ApiServer central = ApiServer.central(
                stack.locations(), stack.locations().freshDir("api-server-central"), stack.database(), DATABASE);
        central.start();
        try {
            // both plants' OPC-UA-M1: north made 100 and 20 on M2, south 40
            record("north", "OPC-UA-M1", 100);
            record("north", "OPC-UA-M2", 20);
            record("south", "OPC-UA-M1", 40);
            browser.driver().get(central.dashboardUrl() + "/");

            await("north's cards")
                    .atMost(PAGE_REFRESH)
                    .until(() -> page.text("kpi-total-units").equals("120"));
            Select plants = new Select(plantSelect());
            assertThat(plants.getOptions()).extracting(WebElement::getText).containsExactly("north", "south");
            assertThat(plants.getFirstSelectedOption().getText()).isEqualTo("north");
            assertThat(plantSelect().isDisplayed()).isTrue();
            // live: north's machines as the centre holds them, asked for every few seconds (no stream here)
            await("north's live table")
                    .atMost(PAGE_REFRESH)
                    .until(() -> liveUnits().equals(Map.of("OPC-UA-M1", "100", "OPC-UA-M2", "20")));
            assertThat(page.connectionState()).isEqualTo("polling");
            record("north", "OPC-UA-M2", 5);
            await("a record that arrives later")
                    .atMost(PAGE_REFRESH)
                    .until(() -> liveUnits().equals(Map.of("OPC-UA-M1", "100", "OPC-UA-M2", "25")));

            plants.selectByValue("south");
            await("south's cards and live table")
                    .atMost(PAGE_REFRESH)
                    .until(() -> page.text("kpi-total-units").equals("40")
                            && liveUnits().equals(Map.of("OPC-UA-M1", "40")));
            browser.driver().navigate().refresh();
            await("south's cards after a reload")
                    .atMost(PAGE_REFRESH)
                    .until(() -> page.text("kpi-total-units").equals("40")
                            && new Select(plantSelect())
                                    .getFirstSelectedOption()
                                    .getText()
                                    .equals("south"));
            assertThat(browser.consoleErrors()).isEmpty();
        } finally {
            central.stop();
        }
    }

    @Test
    void aPlantsOwnSiteHasNoPlantSelector() {
        await("the cards")
                .atMost(PAGE_REFRESH)
                .until(() -> !page.text("kpi-total-units").equals("–"));
        assertThat(browser.driver().findElement(By.id("plant-choice")).isDisplayed())
                .isFalse();
    }

    /** The live table's units by machine. */
    private Map<String, String> liveUnits() {
        Map<String, String> units = new TreeMap<>();
        page.liveRows().forEach(row -> units.put(row.get("machine"), row.get("units")));
        return units;
    }

    private static WebElement plantSelect() {
        return browser.driver().findElement(By.id("plant-select"));
    }

    /** A record of the last minute, as the central consumer stores one, and its plant known to the site. */
    private static void record(String plant, String machine, long units) throws Exception {
        Instant at = Instant.now().minusSeconds(60);
        var slot = PlantDatabase.CALENDAR.slotOf(at);
        try (Connection connection = stack.database().connect(DATABASE);
                PreparedStatement insert = connection.prepareStatement("""
                        insert into live_production (machine_id, production_date, shift, units_produced, defective_units,
                                                     downtime_min, state, source, recorded_at, interval_sec,
                                                     ideal_cycle_sec, plant_id)
                        values (?, ?, ?, ?, 0, 0, 'RUNNING', 'opcua', ?, 60, 1.5, ?)""");
                PreparedStatement known = connection.prepareStatement(
                        "insert into plants (plant_id) values (?) on conflict do nothing")) {
            insert.setString(1, machine);
            insert.setObject(2, slot.productionDate());
            insert.setString(3, slot.shift());
            insert.setLong(4, units);
            insert.setTimestamp(5, Timestamp.from(at));
            insert.setString(6, plant);
            insert.executeUpdate();
            known.setString(1, plant);
            known.executeUpdate();
        }
    }
}
