package com.amrs.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import com.amrs.reporting.report.GeneratedReport;
import com.amrs.reporting.report.ReportGenerator;
import com.amrs.reporting.support.PdfContents;
import com.amrs.reporting.support.ProductionRows;
import com.amrs.reporting.support.ReportingIntegrationTest;
import com.amrs.reporting.support.SampleWeek;
import java.nio.file.Files;
import java.time.Instant;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * {@link SampleWeek} plus OPC-UA-M4, whose two shifts on 2026-01-26 each hold the largest {@code bigint}
 * (typed in with psql): the report is written, M4's sum is exact beyond a {@code long}, and the other
 * machines keep the hand-computed numbers of {@link ReportIntegrationTests} (DESIGN §13).
 */
class HugeTotalsReportIntegrationTests extends ReportingIntegrationTest {

    @Autowired
    ReportGenerator generator;

    @BeforeEach
    void insertRows() {
        SampleWeek.insert();
        ProductionRows.insert(
                "OPC-UA-M4", SampleWeek.LAST_DAY, "A", Long.MAX_VALUE, 0, 0, 4500, 0, at("2026-01-26T05:00:00Z"));
        ProductionRows.insert(
                "OPC-UA-M4", SampleWeek.LAST_DAY, "B", Long.MAX_VALUE, 0, 0, 4500, 0, at("2026-01-26T13:00:00Z"));
    }

    @Test
    void pdfShowsTheHugeSumExactlyAndTheOtherMachinesUnchanged() throws Exception {
        GeneratedReport report = generator.generate();

        // a 26-character number wraps inside its table cell after a thousands separator
        String text =
                PdfContents.of(Files.readAllBytes(report.pdf())).flatText().replace(" ,", ",");
        // 2 x 9,223,372,036,854,775,807 + 15,420 units
        assertThat(text)
                .contains("Total Units 18,446,744,073,709,567,034 4 machines")
                .contains("Total Defects 287")
                .contains("OPC-UA-M1 6,000 120 10.50 100.00 % 1.34 % 98.00 % 1.32 %")
                .contains("OPC-UA-M3 4,000 67 11.50 100.00 % 1.55 % 98.33 % 1.53 %")
                .contains("OPC-UA-M4 18,446,744,073,709,551,614 0 0.00")
                .contains("All machines 18,446,744,073,709,567,034 287 34.02");
    }

    @Test
    void workbookKeepsTheHugeSumsDigitsAndTheOthersAsNumbers() throws Exception {
        generator.generate();

        try (Workbook workbook = WorkbookFactory.create(
                REPORTS.resolve("excel/Report_2026-01-26.xlsx").toFile(), null, true)) {
            Sheet kpis = workbook.getSheet("KPIs");
            assertThat(row(kpis, "Total Units").getCell(1).getStringCellValue()).isEqualTo("18446744073709567034");
            assertThat(row(kpis, "Total Defects").getCell(1).getNumericCellValue())
                    .isEqualTo(287);
            Sheet machines = workbook.getSheet("Machines");
            assertThat(row(machines, "OPC-UA-M1").getCell(1).getNumericCellValue())
                    .isEqualTo(6000);
            assertThat(row(machines, "OPC-UA-M4").getCell(1).getStringCellValue())
                    .isEqualTo("18446744073709551614");
        }
    }

    private static Instant at(String instant) {
        return Instant.parse(instant);
    }

    private static Row row(Sheet sheet, String label) {
        for (Row row : sheet) {
            if (row.getCell(0).getStringCellValue().equals(label)) {
                return row;
            }
        }
        throw new AssertionError("no row " + label + " in sheet " + sheet.getSheetName());
    }
}
