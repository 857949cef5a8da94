package com.amrs.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.amrs.reporting.report.GeneratedReport;
import com.amrs.reporting.report.ReportGenerator;
import com.amrs.reporting.support.PdfContents;
import com.amrs.reporting.support.ReportingIntegrationTest;
import com.amrs.reporting.support.SampleWeek;
import com.amrs.reporting.support.TestDatabase;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ReportIntegrationTests extends ReportingIntegrationTest {

    @Autowired
    ReportGenerator generator;

    @Test
    void pdfShowsTheHandComputedKpisNextToTheirLabels() throws Exception {
        SampleWeek.insert();

        generator.generate();

        String text = PdfContents.of(Files.readAllBytes(REPORTS.resolve("pdf/Report.pdf")))
                .flatText();
        assertThat(text)
                .contains("Springfield Plant", "Production report", "2026-01-20 to 2026-01-26 (7 days)")
                .contains("Total Units 15,420 3 machines")
                .contains("Total Defects 287 defect rate 1.86 %")
                .contains("Yield 98.14 %")
                .contains("Average Downtime 11.34 min per machine, 34.02 min in total")
                .contains("OEE 2.02 % availability 100.00 % × performance 2.05 % × quality 98.17 %")
                .contains("Generated 2026-01-26 11:00 Europe/Berlin");
    }

    @Test
    void pdfShowsOeePerMachine() throws Exception {
        SampleWeek.insert();

        generator.generate();

        String text = PdfContents.of(Files.readAllBytes(REPORTS.resolve("pdf/Report.pdf")))
                .flatText();
        assertThat(text)
                .contains("Machine Units Defects Downtime (min) Availability Performance Quality OEE")
                .contains("OPC-UA-M1 6,000 120 10.50 100.00 % 1.34 % 98.00 % 1.32 %")
                .contains("OPC-UA-M3 4,000 67 11.50 100.00 % 1.55 % 98.33 % 1.53 %")
                .contains("All machines 15,420 287 34.02 100.00 % 2.05 % 98.17 % 2.02 %")
                .doesNotContain("OPC-UA-M9");
    }

    @Test
    void pdfIsA4WithPageNumbersEmbeddedFontsAndTheChartsAsVectorGraphics() throws Exception {
        SampleWeek.insert();

        GeneratedReport report = generator.generate();

        PdfContents pdf = PdfContents.of(Files.readAllBytes(report.pdf()));
        assertThat(pdf.pageSize().getWidth()).isCloseTo(PDRectangle.A4.getWidth(), within(1f));
        assertThat(pdf.pageSize().getHeight()).isCloseTo(PDRectangle.A4.getHeight(), within(1f));
        assertThat(pdf.text()).contains("Page 1 of " + pdf.pages(), "Page " + pdf.pages() + " of " + pdf.pages());
        assertThat(pdf.fonts()).isNotEmpty().allMatch(PDFont::isEmbedded, "embedded");
        assertThat(pdf.forms())
                .filteredOn(box -> box.getHeight() > 200 && box.getWidth() > 400)
                .hasSize(3);
        assertThat(pdf.flatText()).contains("Production by shift", "Downtime trend", "Downtime per machine");
    }

    @Test
    void pdfListsTheValidationFindingsOfThePeriod() throws Exception {
        SampleWeek.insert();

        generator.generate();

        String text = PdfContents.of(Files.readAllBytes(REPORTS.resolve("pdf/Report.pdf")))
                .flatText();
        assertThat(text)
                .contains("3 values were fixed by validation in this period.")
                .contains("negative_value 2", "defects_above_units 1")
                .contains("Time (Europe/Berlin) Machine Field Old New Rule")
                .contains("2026-01-26 09:45 OPC-UA-M3 defective_units 2100 2000 defects_above_units")
                .doesNotContain("2026-01-19");
    }

    @Test
    void writesTheDatedPdfTheWorkbookAndTheChartsAndStoresThePdf() throws Exception {
        SampleWeek.insert();

        GeneratedReport report = generator.generate();

        byte[] pdf = Files.readAllBytes(REPORTS.resolve("pdf/Report.pdf"));
        assertThat(report.pdf()).isEqualTo(REPORTS.resolve("pdf/Report_2026-01-26.pdf"));
        assertThat(report.pdf()).hasBinaryContent(pdf);
        assertThat(REPORTS.resolve("excel/Report_2026-01-26.xlsx")).isRegularFile();
        Map<String, Object> row = TestDatabase.jdbc()
                .sql("select period_start, period_end, file_name, content from reports where id = ?")
                .param(report.id())
                .query()
                .singleRow();
        assertThat(row)
                .containsEntry("period_start", java.sql.Date.valueOf(SampleWeek.FIRST_DAY))
                .containsEntry("period_end", java.sql.Date.valueOf(SampleWeek.LAST_DAY))
                .containsEntry("file_name", "Report_2026-01-26.pdf");
        assertThat((byte[]) row.get("content")).isEqualTo(pdf);
        try (var files = Files.list(REPORTS.resolve("pdf"))) {
            assertThat(files.map(Path::getFileName).map(Path::toString))
                    .containsExactlyInAnyOrder("Report.pdf", "Report_2026-01-26.pdf");
        }
    }

    @Test
    void chartImagesAreRealPngsAtTwiceTheirSize() throws Exception {
        SampleWeek.insert();

        generator.generate();

        for (String file : new String[] {"chart_prod.png", "chart_down_trend.png", "chart_down_var.png"}) {
            byte[] png = Files.readAllBytes(REPORTS.resolve(file));
            assertThat(png).startsWith(0x89, 'P', 'N', 'G');
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
            assertThat(image.getWidth()).as(file).isEqualTo(1800);
            assertThat(image.getHeight()).as(file).isEqualTo(900);
        }
    }

    @Test
    void workbookHoldsTheSameNumbersAsNumericCells() throws Exception {
        SampleWeek.insert();

        generator.generate();

        try (Workbook workbook = WorkbookFactory.create(
                REPORTS.resolve("excel/Report_2026-01-26.xlsx").toFile(), null, true)) {
            assertThat(workbook.getSheetName(0)).isEqualTo("KPIs");
            assertThat(workbook.getSheetName(1)).isEqualTo("Machines");
            assertThat(workbook.getSheetName(2)).isEqualTo("Production");
            assertThat(workbook.getSheetName(3)).isEqualTo("Validation events");
            Sheet kpis = workbook.getSheet("KPIs");
            assertThat(labelled(kpis, "Total Units")).isEqualTo(15_420);
            assertThat(labelled(kpis, "Total Defects")).isEqualTo(287);
            assertThat(labelled(kpis, "Yield")).isEqualTo(98.14);
            assertThat(labelled(kpis, "Average Downtime")).isEqualTo(11.34);
            assertThat(labelled(kpis, "OEE")).isEqualTo(2.02);
            assertThat(kpis.getRow(0).getCell(0).getCellStyle().getFontIndex()).isNotZero();
            Sheet machines = workbook.getSheet("Machines");
            assertThat(numbers(machines.getRow(1), 1, 8))
                    .containsExactly(6000.0, 120.0, 10.5, 8940.0, 100.0, 1.34, 98.0, 1.32);
            Sheet production = workbook.getSheet("Production");
            assertThat(production.getLastRowNum()).isEqualTo(6);
            assertThat(production
                            .getRow(1)
                            .getCell(0)
                            .getLocalDateTimeCellValue()
                            .toLocalDate())
                    .isEqualTo(SampleWeek.FIRST_DAY);
            assertThat(production.getRow(1).getCell(1).getStringCellValue()).isEqualTo("OPC-UA-M3");
            assertThat(numbers(production.getRow(1), 3, 5)).containsExactly(2000.0, 33.0, 5.75);
            assertThat(workbook.getSheet("Validation events").getLastRowNum()).isEqualTo(3);
        }
    }

    @Test
    void anEmptyPeriodGivesAValidReportThatSaysSo() throws Exception {
        GeneratedReport report = generator.generate();

        PdfContents pdf = PdfContents.of(Files.readAllBytes(report.pdf()));
        assertThat(pdf.flatText())
                .contains("Total Units 0", "Yield 0.00 %", "OEE 0.00 %")
                .contains("No production data was recorded from 2026-01-20 to 2026-01-26")
                .contains("No values needed fixing in this period.");
        assertThat(pdf.pages()).isEqualTo(1);
        for (String file : new String[] {"chart_prod.png", "chart_down_trend.png", "chart_down_var.png"}) {
            assertThat(ImageIO.read(REPORTS.resolve(file).toFile())).isNotNull();
        }
        assertThat(TestDatabase.jdbc()
                        .sql("select count(*) from reports")
                        .query(Long.class)
                        .single())
                .isOne();
    }

    private static double labelled(Sheet sheet, String label) {
        for (Row row : sheet) {
            if (row.getCell(0).getStringCellValue().equals(label)) {
                Cell value = row.getCell(1);
                assertThat(value.getCellType()).as(label).isEqualTo(CellType.NUMERIC);
                return value.getNumericCellValue();
            }
        }
        throw new AssertionError("no row " + label + " in sheet " + sheet.getSheetName());
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
