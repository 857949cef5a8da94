package com.amrs.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.amrs.dashboard.support.PlantStack;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** What the user takes away from the dashboard: the production table as CSV and the PDF report. */
class DownloadsIntegrationTests extends DashboardBrowserTest {

    @Test
    void exportsTheProductionTableOfTheRangeAsCsv() throws IOException {
        // the rows of the production date being written: their totals grow, their machines and shifts stay
        String live = PlantStack.liveProductionDate().toString();
        List<String> liveBefore = keys(stack.api().json("/api/production?days=7"), live);
        page.click("export-csv");

        Path csv = awaitDownload(".csv");
        List<String> lines = Files.readAllLines(csv);
        assertThat(lines.getFirst())
                .isEqualTo("production_date,machine_id,shift,units_produced,defective_units,downtime_min");
        List<String> expectedHistory = new ArrayList<>();
        for (JsonNode row : stack.api().json("/api/production?days=7")) {
            if (!row.path("production_date").asString().equals(live)) {
                expectedHistory.add(csvLine(row));
            }
        }
        List<String> history = lines.stream()
                .skip(1)
                .filter(line -> !line.startsWith(live))
                .map(DownloadsIntegrationTests::normalized)
                .toList();
        assertThat(history).isEqualTo(expectedHistory).hasSizeGreaterThan(10);
        List<String> liveInCsv = lines.stream()
                .skip(1)
                .filter(line -> line.startsWith(live))
                .map(line -> String.join(",", List.of(line.split(",")).subList(0, 3)))
                .toList();
        assertThat(liveInCsv).isNotEmpty().containsAll(liveBefore);
    }

    /** "date,machine,shift" of the rows of one production date. */
    private static List<String> keys(JsonNode production, String date) {
        List<String> keys = new ArrayList<>();
        for (JsonNode row : production) {
            if (row.path("production_date").asString().equals(date)) {
                keys.add(date + "," + row.path("machine_id").asString() + ","
                        + row.path("shift").asString());
            }
        }
        return keys;
    }

    @Test
    void downloadButtonSaysThereIsNoReportYetThenSavesTheLatestPdf() throws IOException {
        stack.database().deleteReports();
        page.click("download-pdf");
        await("the no-report message")
                .atMost(Duration.ofSeconds(10))
                .until(() -> page.toast().startsWith("No PDF report yet"));
        assertThat(downloads()).isEmpty();

        byte[] pdf = TinyPdf.withText("AMRS test report");
        stack.database()
                .insertReport(
                        "Report_" + PlantStack.today() + ".pdf",
                        pdf,
                        PlantStack.today().minusDays(6),
                        PlantStack.today());
        page.click("download-pdf");

        Path saved = awaitDownload(".pdf");
        assertThat(saved.getFileName().toString()).isEqualTo("Report_" + PlantStack.today() + ".pdf");
        assertThat(Files.readAllBytes(saved)).isEqualTo(pdf);
        assertThat(TinyPdf.text(saved)).contains("AMRS test report");
        assertThat(stack.nginx().http().get("/api/reports/latest").headers().firstValue("Content-Type"))
                .hasValue("application/pdf");
    }

    private static String csvLine(JsonNode row) {
        return normalized(String.join(
                ",",
                row.path("production_date").asString(),
                row.path("machine_id").asString(),
                row.path("shift").asString(),
                row.path("units_produced").asString(),
                row.path("defective_units").asString(),
                row.path("downtime_min").asString()));
    }

    /** "12.0" (Java) and "12" (JavaScript) are the same downtime. */
    private static String normalized(String line) {
        String[] cells = line.split(",", -1);
        cells[5] = new BigDecimal(cells[5]).stripTrailingZeros().toPlainString();
        return String.join(",", cells);
    }
}
