package com.amrs.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import com.amrs.reporting.report.ReportGenerator;
import com.amrs.reporting.support.PdfContents;
import com.amrs.reporting.support.ProductionRows;
import com.amrs.reporting.support.ReportingIntegrationTest;
import java.nio.file.Files;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The report's completeness (DESIGN.md §13). The plant is in Europe/Berlin and it is 11:00 there on
 * 2026-01-26; shift A began at 06:00 (05:00 UTC). M1 was first seen at 06:00 and polled every 5 s until
 * now except from 06:30 to 06:42: 300 minutes expected, 288 covered (96 %).
 */
class CompletenessReportIntegrationTests extends ReportingIntegrationTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 1, 26);

    @Autowired
    ReportGenerator generator;

    private static Instant utc(String time) {
        return Instant.parse("2026-01-26T" + time + "Z");
    }

    @Test
    void pdfSaysHowMuchOfThePeriodTheRecordsCoverAndWhy() throws Exception {
        ProductionRows.polls("M1", TODAY, utc("05:00:00"), utc("10:00:00"), utc("05:30:00"), utc("05:42:00"));
        ProductionRows.rejected("M1", utc("05:35:00"), utc("05:35:01"));

        generator.generate();

        String text = PdfContents.of(Files.readAllBytes(REPORTS.resolve("pdf/Report.pdf")))
                .flatText();
        assertThat(text)
                .contains("Completeness 96.00 % 288.00 of 300.00 min covered by records, 1 gap of a minute or more")
                .contains("Machine Covered Covered (min) Expected (min) Gaps")
                .contains("M1 96.00 % 288.00 300.00 1")
                .contains("All machines 96.00 % 288.00 300.00 1")
                .contains("M1 2026-01-26 06:30 2026-01-26 06:42 12.00 rejected");
    }

    @Test
    void pdfListsTheLongestGapsAndCountsTheRest() throws Exception {
        ProductionRows.polls("M1", TODAY, utc("05:00:00"), utc("10:00:00"), utc("05:30:00"), utc("05:42:00"));
        // M2: three 2-minute gaps an hour, 06:10, 06:20, 06:40 … 10:40 local: 15 gaps
        List<Instant> holes = new ArrayList<>();
        for (int hour = 5; hour < 10; hour++) {
            for (int minute : new int[] {10, 20, 40}) {
                Instant from = utc("0%d:%d:00".formatted(hour, minute));
                holes.add(from);
                holes.add(from.plusSeconds(120));
            }
        }
        ProductionRows.polls("M2", TODAY, utc("05:00:00"), utc("10:00:00"), holes.toArray(Instant[]::new));

        generator.generate();

        String text = PdfContents.of(Files.readAllBytes(REPORTS.resolve("pdf/Report.pdf")))
                .flatText();
        // 12 + 15 x 2 = 42 of 600 minutes missing: 93 %
        assertThat(text)
                .contains("All machines 93.00 % 558.00 600.00 16")
                .contains("Longest gaps")
                .contains("M1 2026-01-26 06:30 2026-01-26 06:42 12.00 not_collected")
                .contains("and 6 more");
    }
}
