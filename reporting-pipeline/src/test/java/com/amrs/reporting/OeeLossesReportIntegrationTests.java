package com.amrs.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import com.amrs.reporting.report.GeneratedReport;
import com.amrs.reporting.report.ReportGenerator;
import com.amrs.reporting.support.PdfContents;
import com.amrs.reporting.support.ProductionRows;
import com.amrs.reporting.support.ReportingIntegrationTest;
import com.amrs.reporting.support.StopRows;
import java.nio.file.Files;
import java.time.Instant;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The report's OEE loss waterfall and MTBF/MTTR per machine (DESIGN.md §14), worked out by hand. The window
 * is 2026-01-20 .. 2026-01-26; at 11:00 plant time (10:00 UTC) the default shifts A, B, C without breaks
 * have planned 6 × 1,440 + 300 = 8,940 min. Each machine also produced the day before the window (rows
 * that must not count), so it was seen before the window and its planned time is all of the window's. The
 * stops fall into shift A of today (UTC times below); the micro-stop threshold is 2 min.
 *
 * <pre>
 * M1  60,000 units, 600 defects, ideal cycle 6 s = 0.1 min
 *     changeover 801 06:00–06:20 (planned, 20 min), jam 101 07:00–07:03 (3 min),
 *     sensor fault 317 08:00:00–08:00:40 (40 s, a micro-stop); a jam of 2026-01-19 is outside the window
 *     planned busy = 8,940 − 20 = 8,920; run = 8,920 − 3 = 8,917; net run = 60,000 × 0.1 = 6,000
 *     speed loss = 8,917 − 2/3 − 6,000 = 2,916.33; quality loss = 600 × 0.1 = 60; fully productive 5,940
 *     MTBF = 8,917 / 1 = 8,917.00, MTTR = 3 / 1 = 3.00
 * M2  40,000 units, 400 defects, ideal cycle 3 s = 0.05 min
 *     motor overload 204 06:30–06:40 (10 min), jam 101 07:30–07:32 (2 min: at the threshold, so not micro),
 *     sensor fault 317 08:30:00–08:31:30 (90 s, a micro-stop)
 *     planned busy = 8,940; run = 8,940 − 12 = 8,928; net run = 40,000 × 0.05 = 2,000
 *     speed loss = 8,928 − 1.5 − 2,000 = 6,926.5; quality loss = 400 × 0.05 = 20; fully productive 1,980
 *     MTBF = 8,928 / 2 = 4,464.00, MTTR = 12 / 2 = 6.00
 * M3  10,000 units, no defects, ideal cycle 12 s = 0.2 min, no stops
 *     run = 8,940; net run = fully productive = 2,000; speed loss = 6,940; no MTBF or MTTR: "–"
 *
 * All machines, of planned time 3 × 8,940 = 26,820.00 (100.00 %):
 *     planned stops          20.00    20 / 26,820  =  0.07 %
 *     unplanned stops        15.00    3 + 12          0.06 %
 *     micro-stops             2.17    2/3 + 1.5       0.01 %
 *     speed loss         16,782.83    2,916.33 + 6,926.5 + 6,940   62.58 %
 *     quality loss           80.00    60 + 20 + 0     0.30 %
 *     fully productive    9,920.00    5,940 + 1,980 + 2,000   36.99 %   (the minutes add up to 26,820)
 *     planned busy 26,800, run 26,785: availability 26,785 / 26,800 = 99.94 %, performance 10,000 / 26,785
 *     = 37.33 %, quality 9,920 / 10,000 = 99.20 %, OEE 9,920 / 26,800 = 37.01 %
 *     MTBF = 26,785 / 3 = 8,928.33, MTTR = 15 / 3 = 5.00
 * </pre>
 */
class OeeLossesReportIntegrationTests extends ReportingIntegrationTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 1, 26);

    @Autowired
    ReportGenerator generator;

    private static Instant utc(String time) {
        return Instant.parse("2026-01-26T" + time + "Z");
    }

    private static void insertProductionAndStops() {
        LocalDate dayBefore = TODAY.minusDays(7);
        Instant dayBeforeAt = Instant.parse("2026-01-19T09:00:00Z");
        ProductionRows.insert("M1", dayBefore, "A", 1_000, 10, 60, 3600, 6.0, dayBeforeAt);
        ProductionRows.insert("M2", dayBefore, "A", 1_000, 10, 0, 3600, 3.0, dayBeforeAt);
        ProductionRows.insert("M3", dayBefore, "A", 1_000, 10, 0, 3600, 12.0, dayBeforeAt);
        ProductionRows.insert("M1", TODAY, "A", 60_000, 600, 23.67, 3600, 6.0, utc("09:00:00"));
        ProductionRows.insert("M2", TODAY, "A", 40_000, 400, 13.5, 3600, 3.0, utc("09:00:00"));
        ProductionRows.insert("M3", TODAY, "A", 10_000, 0, 0, 3600, 12.0, utc("09:00:00"));
        stop("M1", utc("06:00:00"), utc("06:20:00"), 801, "Planned changeover", "planned", TODAY);
        stop("M1", utc("07:00:00"), utc("07:03:00"), 101, "Jam at infeed", "unplanned", TODAY);
        stop("M1", utc("08:00:00"), utc("08:00:40"), 317, "Sensor fault", "unplanned", TODAY);
        stop(
                "M1",
                Instant.parse("2026-01-19T07:00:00Z"),
                Instant.parse("2026-01-19T08:00:00Z"),
                101,
                "Jam at infeed",
                "unplanned",
                dayBefore);
        stop("M2", utc("06:30:00"), utc("06:40:00"), 204, "Motor overload", "unplanned", TODAY);
        stop("M2", utc("07:30:00"), utc("07:32:00"), 101, "Jam at infeed", "unplanned", TODAY);
        stop("M2", utc("08:30:00"), utc("08:31:30"), 317, "Sensor fault", "unplanned", TODAY);
    }

    private static void stop(
            String machine, Instant start, Instant end, int code, String reason, String category, LocalDate date) {
        String state = category.equals("planned") ? "IDLE" : "DOWN";
        StopRows.insert(machine, start, end, state, code, code, reason, category, date, "A", null);
    }

    @Test
    void pdfShowsTheWaterfallOfAllMachinesWithTheHandComputedMinutes() throws Exception {
        insertProductionAndStops();

        GeneratedReport report = generator.generate();

        PdfContents pdf = PdfContents.of(Files.readAllBytes(report.pdf()));
        assertThat(pdf.flatText())
                .contains("OEE losses")
                .contains("Step Minutes Share of planned time")
                .contains("Planned time 26,820.00 100.00 %")
                .contains("Planned stops 20.00 0.07 %")
                .contains("Unplanned stops 15.00 0.06 %")
                .contains("Micro-stops 2.17 0.01 %")
                .contains("Speed loss 16,782.83 62.58 %")
                .contains("Quality loss 80.00 0.30 %")
                .contains("Fully productive time 9,920.00 36.99 %")
                .contains("Planned busy time 26,800.00 min, run time 26,785.00 min: availability 99.94 %,"
                        + " performance 37.33 %, quality 99.20 %, OEE 37.01 %.")
                .contains("OEE 37.01 % availability 99.94 % × performance 37.33 % × quality 99.20 %");
        assertThat(pdf.forms())
                .as("the waterfall, drawn as vector graphics at its own height")
                .filteredOn(box -> box.getWidth() > 400 && Math.abs(box.getHeight() - 190) < 1)
                .hasSize(1);
    }

    @Test
    void pdfStatesTheOeeDefinitionUnderTheLossesHeading() throws Exception {
        insertProductionAndStops();

        generator.generate();

        String text = PdfContents.of(Files.readAllBytes(REPORTS.resolve("pdf/Report.pdf")))
                .flatText()
                .replaceAll("(?<=\\w)- (?=\\w)", "-"); // a line may break after the hyphen of "non-production"
        assertThat(text)
                .contains("OEE losses OEE by ISO 22400, all machines pooled: each machine's planned time is the"
                        + " shift time of the shift calendar less breaks and non-production days, from its first"
                        + " record on and up to the last full ten seconds before the report; planned busy time is"
                        + " planned time less planned stops; availability = run time /"
                        + " planned busy time, where run time is planned busy time less the unplanned stops of at"
                        + " least 2 min (the micro-stop threshold). Shorter unplanned stops (micro-stops) and"
                        + " running slower than the ideal cycle time are performance loss, defective units"
                        + " quality loss; OEE = fully productive time / planned busy time.");
    }

    @Test
    void pdfShowsMtbfAndMttrPerMachineAndForAllMachines() throws Exception {
        insertProductionAndStops();

        generator.generate();

        String text = PdfContents.of(Files.readAllBytes(REPORTS.resolve("pdf/Report.pdf")))
                .flatText();
        assertThat(text)
                .contains("Stops per machine Unplanned stops of at least 2 min in planned busy time:"
                        + " MTBF = run time / stops, MTTR = unplanned stop time / stops.")
                .contains("Machine Unplanned stops Unplanned (min) Run time (min) MTBF (min) MTTR (min)")
                .contains("M1 1 3.00 8,917.00 8,917.00 3.00")
                .contains("M2 2 12.00 8,928.00 4,464.00 6.00")
                .contains("M3 0 0.00 8,940.00 – –")
                .contains("All machines 3 15.00 26,785.00 8,928.33 5.00");
    }

    @Test
    void workbookHasMtbfAndMttrAfterTheMachinesColumnsEmptyWithoutAnUnplannedStop() throws Exception {
        insertProductionAndStops();

        generator.generate();

        try (Workbook workbook = WorkbookFactory.create(
                REPORTS.resolve("excel/Report_2026-01-26.xlsx").toFile(), null, true)) {
            Sheet machines = workbook.getSheet("Machines");
            assertThat(machines.getRow(0).getCell(8).getStringCellValue()).isEqualTo("OEE (%)");
            assertThat(machines.getRow(0).getCell(9).getStringCellValue()).isEqualTo("MTBF (min)");
            assertThat(machines.getRow(0).getCell(10).getStringCellValue()).isEqualTo("MTTR (min)");
            assertThat(machines.getRow(1).getCell(0).getStringCellValue()).isEqualTo("M1");
            assertThat(numbers(machines.getRow(1), 9, 10)).containsExactly(8917.0, 3.0);
            assertThat(machines.getRow(2).getCell(0).getStringCellValue()).isEqualTo("M2");
            assertThat(numbers(machines.getRow(2), 9, 10)).containsExactly(4464.0, 6.0);
            assertThat(machines.getRow(3).getCell(0).getStringCellValue()).isEqualTo("M3");
            assertThat(machines.getRow(3).getCell(9).getCellType())
                    .as("no MTBF")
                    .isEqualTo(CellType.BLANK);
            assertThat(machines.getRow(3).getCell(10).getCellType())
                    .as("no MTTR")
                    .isEqualTo(CellType.BLANK);
        }
    }

    @Test
    void aPeriodWithoutMachinesSaysThereIsNoPlannedTimeInsteadOfAnEmptyChart() throws Exception {
        GeneratedReport report = generator.generate();

        PdfContents pdf = PdfContents.of(Files.readAllBytes(report.pdf()));
        assertThat(pdf.flatText())
                .contains("No machine produced or stopped from 2026-01-20 to 2026-01-26, so there is no planned"
                        + " time to break into losses.")
                .doesNotContain("Share of planned time", "Stops per machine");
        assertThat(pdf.forms())
                .filteredOn(box -> box.getWidth() > 400 && Math.abs(box.getHeight() - 190) < 1)
                .isEmpty();
    }

    private static double[] numbers(Row row, int first, int last) {
        double[] values = new double[last - first + 1];
        for (int i = first; i <= last; i++) {
            assertThat(row.getCell(i).getCellType()).isEqualTo(CellType.NUMERIC);
            values[i - first] = row.getCell(i).getNumericCellValue();
        }
        return values;
    }
}
