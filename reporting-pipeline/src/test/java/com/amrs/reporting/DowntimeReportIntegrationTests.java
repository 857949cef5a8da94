package com.amrs.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.amrs.core.shift.ProductionWindow;
import com.amrs.core.shift.ShiftCalendar;
import com.amrs.reporting.report.GeneratedReport;
import com.amrs.reporting.report.ReportGenerator;
import com.amrs.reporting.support.PdfContents;
import com.amrs.reporting.support.ReportingIntegrationTest;
import com.amrs.reporting.support.StopRows;
import com.amrs.reporting.support.TestDatabase;
import com.amrs.store.MachineFilter;
import com.amrs.store.downtime.DowntimeReader;
import com.amrs.store.downtime.Pareto;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The report's downtime by reason (DESIGN.md §14) over stops as the collector writes them, at 2026-01-26
 * 10:00 UTC (11:00 in the plant): M2 a 20 min changeover split at the shift change of 06:00 into two rows,
 * M1 jams of 3 min and 40 s, M2 a stop without reason open since 09:50 UTC (10 min now), and a jam of the
 * day before the window that must not count. As {@code GET /api/downtime/pareto} computes it: 20 + 10 +
 * 3 2/3 = 33 2/3 min; shares 59.41 %, 29.70 % and 10.89 %.
 */
class DowntimeReportIntegrationTests extends ReportingIntegrationTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 1, 26);

    @Autowired
    ReportGenerator generator;

    @Autowired
    ShiftCalendar calendar;

    private static Instant utc(String time) {
        return Instant.parse("2026-01-26T" + time + "Z");
    }

    private static void insertStops() {
        StopRows.insert(
                "M2",
                utc("04:50:00"),
                utc("05:00:00"),
                "IDLE",
                801,
                801,
                "Planned changeover",
                "planned",
                TODAY.minusDays(1),
                "C",
                "die change");
        StopRows.insert(
                "M2",
                utc("05:00:00"),
                utc("05:10:00"),
                "IDLE",
                801,
                801,
                "Planned changeover",
                "planned",
                TODAY,
                "A",
                "die change");
        StopRows.insert(
                "M1",
                utc("07:00:00"),
                utc("07:03:00"),
                "DOWN",
                101,
                101,
                "Jam at infeed",
                "unplanned",
                TODAY,
                "A",
                null);
        StopRows.insert(
                "M1",
                utc("08:00:00"),
                utc("08:00:40"),
                "DOWN",
                101,
                101,
                "Jam at infeed",
                "unplanned",
                TODAY,
                "A",
                null);
        StopRows.insert("M2", utc("09:50:00"), null, "IDLE", 0, null, "Unassigned", "unplanned", TODAY, "A", null);
        StopRows.insert(
                "M1",
                Instant.parse("2026-01-19T07:00:00Z"),
                Instant.parse("2026-01-19T08:00:00Z"),
                "DOWN",
                101,
                101,
                "Jam at infeed",
                "unplanned",
                LocalDate.of(2026, 1, 19),
                "A",
                null);
    }

    @Test
    void pdfShowsTheParetoByReasonWithTheApisMinutesAndShares() throws Exception {
        insertStops();

        generator.generate();

        PdfContents pdf = PdfContents.of(Files.readAllBytes(REPORTS.resolve("pdf/Report.pdf")));
        assertThat(pdf.flatText())
                .contains("Downtime by reason")
                .contains("4 stops, 33.67 min in total; a stop still open counts until 2026-01-26 11:00 Europe/Berlin.")
                .contains("Reason Category Stops Minutes Share")
                .contains("Planned changeover planned 1 20.00 59.41 %")
                .contains("Unassigned unplanned 1 10.00 29.70 %")
                .contains("Jam at infeed unplanned 2 3.67 10.89 %")
                .contains("All reasons 4 33.67 100.00 %");
        assertThat(pdf.forms())
                .as("the Pareto chart, drawn as vector graphics")
                .filteredOn(box -> box.getHeight() > 200 && box.getWidth() > 400)
                .hasSize(1);
    }

    /** The reader behind {@code GET /api/downtime/pareto?days=7}, on the same database at the same time. */
    @Test
    void pdfsParetoListsTheSameReasonsStopsMinutesAndSharesAsTheApi() throws Exception {
        insertStops();

        GeneratedReport report = generator.generate();

        ProductionWindow apiWindow = ProductionWindow.lastDays(7, Clock.fixed(NOW, ZoneOffset.UTC), calendar);
        assertThat(report.data().window()).isEqualTo(apiWindow);
        Pareto api = new DowntimeReader(TestDatabase.jdbc()).pareto(apiWindow, MachineFilter.all(), NOW);
        assertThat(api.reasons()).hasSize(3);
        String text = PdfContents.of(Files.readAllBytes(report.pdf())).flatText();
        String header = "Reason Category Stops Minutes Share ";
        String total = " All reasons ";
        assertThat(text).contains(header, total);
        String rows = text.substring(text.indexOf(header) + header.length(), text.indexOf(total));
        assertThat(rows)
                .as("every row of the PDF's table, in the API's order")
                .isEqualTo(api.reasons().stream()
                        .map(reason -> String.format(
                                Locale.US,
                                "%s %s %d %,.2f %.2f %%",
                                reason.reason(),
                                reason.category(),
                                reason.stops(),
                                reason.minutes(),
                                reason.sharePercent()))
                        .collect(Collectors.joining(" ")));
        assertThat(text).contains(String.format(Locale.US, "%s%d %,.2f 100.00 %%", total, api.stops(), api.minutes()));
    }

    @Test
    void workbookHasOneRowPerStopWhoseMinutesAddUpToTheParetosTotal() throws Exception {
        insertStops();

        GeneratedReport report = generator.generate();

        assertThat(report.data().downtime().minutes()).isEqualTo(33.67);
        try (Workbook workbook = WorkbookFactory.create(
                REPORTS.resolve("excel/Report_2026-01-26.xlsx").toFile(), null, true)) {
            assertThat(workbook.getSheetName(4)).isEqualTo("stops");
            Sheet stops = workbook.getSheet("stops");
            assertThat(text(stops.getRow(0)))
                    .containsExactly(
                            "Machine",
                            "Start",
                            "End",
                            "Minutes",
                            "State",
                            "Fault code",
                            "Reason code",
                            "Reason",
                            "Category",
                            "Date",
                            "Shift",
                            "Comment");
            assertThat(stops.getLastRowNum()).isEqualTo(5);
            Row first = stops.getRow(1);
            assertThat(first.getCell(0).getStringCellValue()).isEqualTo("M2");
            assertThat(first.getCell(1).getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.parse("2026-01-26T05:50"));
            assertThat(first.getCell(2).getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.parse("2026-01-26T06:00"));
            assertThat(numbers(first, 3, 5, 6)).containsExactly(10.0, 801.0, 801.0);
            assertThat(first.getCell(4).getStringCellValue()).isEqualTo("IDLE");
            assertThat(first.getCell(7).getStringCellValue()).isEqualTo("Planned changeover");
            assertThat(first.getCell(8).getStringCellValue()).isEqualTo("planned");
            assertThat(first.getCell(9).getLocalDateTimeCellValue().toLocalDate())
                    .isEqualTo(TODAY.minusDays(1));
            assertThat(first.getCell(10).getStringCellValue()).isEqualTo("C");
            assertThat(first.getCell(11).getStringCellValue()).isEqualTo("die change");
            Row open = stops.getRow(5);
            assertThat(open.getCell(1).getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.parse("2026-01-26T10:50"));
            assertThat(open.getCell(2).getCellType()).as("no end while open").isEqualTo(CellType.BLANK);
            assertThat(numbers(open, 3, 5))
                    .as("minutes until the report, fault code")
                    .containsExactly(10.0, 0.0);
            assertThat(open.getCell(6).getCellType()).as("no reason code").isEqualTo(CellType.BLANK);
            assertThat(open.getCell(7).getStringCellValue()).isEqualTo("Unassigned");
            double minutes = 0;
            for (int i = 1; i <= stops.getLastRowNum(); i++) {
                minutes += numbers(stops.getRow(i), 3)[0];
            }
            assertThat(minutes).as("Σ rows = Σ Pareto").isCloseTo(33.67, within(1e-9));
        }
    }

    @Test
    void aPeriodWithoutStopsSaysSoAndHasAnEmptyStopsSheet() throws Exception {
        generator.generate();

        String text = PdfContents.of(Files.readAllBytes(REPORTS.resolve("pdf/Report.pdf")))
                .flatText();
        assertThat(text).contains("Downtime by reason No stops were recorded from 2026-01-20 to 2026-01-26.");
        try (Workbook workbook = WorkbookFactory.create(
                REPORTS.resolve("excel/Report_2026-01-26.xlsx").toFile(), null, true)) {
            assertThat(workbook.getSheet("stops").getLastRowNum()).isZero();
        }
    }

    private static List<String> text(Row row) {
        List<String> values = new ArrayList<>();
        row.forEach(cell -> values.add(cell.getStringCellValue()));
        return values;
    }

    private static double[] numbers(Row row, int... columns) {
        double[] values = new double[columns.length];
        for (int i = 0; i < columns.length; i++) {
            Cell cell = row.getCell(columns[i]);
            assertThat(cell.getCellType()).as("column %d", columns[i]).isEqualTo(CellType.NUMERIC);
            values[i] = cell.getNumericCellValue();
        }
        return values;
    }
}
