package com.amrs.reporting.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.amrs.reporting.support.PdfContents;
import com.amrs.reporting.support.ReportingIntegrationTest;
import com.amrs.reporting.support.SampleWeek;
import com.amrs.reporting.support.TestDatabase;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * The report of every plant of a central site (DESIGN.md §19): a report without a plant, as the schedule queues
 * it, joins the plants, whose machines share ids, and sets them side by side.
 */
@TestPropertySource(properties = "AMRS_MODE=central")
class AllPlantsReportIntegrationTests extends ReportingIntegrationTest {

    @Autowired
    JobWorker worker;

    @Test
    void aReportWithoutAPlantSetsThePlantsSideBySideAndAddsThemUp() throws Exception {
        SampleWeek.insert();
        // south's machines share the ids of plant "default" and made three times as much
        TestDatabase.jdbc().sql("""
                        insert into live_production (machine_id, production_date, shift, units_produced, defective_units,
                                                     downtime_min, state, source, recorded_at, interval_sec,
                                                     ideal_cycle_sec, plant_id)
                        select machine_id, production_date, shift, units_produced * 3, defective_units, downtime_min,
                               state, source, recorded_at, interval_sec, ideal_cycle_sec, 'south'
                        from live_production where plant_id = 'default'""").update();
        TestDatabase.jdbc()
                .sql("insert into plants (plant_id) values ('default'), ('south')")
                .update();

        Map<String, Object> all = report(made(null));
        Map<String, Object> south = report(made("south"));

        assertThat(all).containsEntry("plant_id", null);
        assertThat((String) all.get("mail_subject")).contains("All plants");
        String pdf = PdfContents.of((byte[]) all.get("content")).flatText();
        assertThat(pdf).contains("Plants", "All plants", "default/OPC-UA-M2", "south/OPC-UA-M2", "5,420", "16,260");
        try (Workbook workbook = workbook(all);
                Workbook southAlone = workbook(south)) {
            Sheet plants = workbook.getSheet("Plants");
            assertThat(cells(plants.getRow(1))).startsWith("default", unitsOf("default"));
            assertThat(cells(plants.getRow(2))).startsWith("south", unitsOf("south"));
            assertThat(cells(plants.getRow(3)))
                    .as("all plants: the sum of what each plant made")
                    .startsWith("All plants", unitsOf("default") + unitsOf("south"));
            assertThat(plants.getRow(2).getCell(6).getNumericCellValue())
                    .as("south's OEE as south's own report gives it")
                    .isEqualTo(kpi(southAlone, "OEE"));
            assertThat(kpi(workbook, "Total Units")).isEqualTo(unitsOf("default") + unitsOf("south"));
            assertThat(kpi(workbook, "Machines"))
                    .as("three machines in each plant")
                    .isEqualTo(6);
            List<String> machines = new ArrayList<>();
            workbook.getSheet("Machines")
                    .forEach(row -> machines.add(row.getCell(0).getStringCellValue()));
            assertThat(machines)
                    .containsExactly(
                            "Machine",
                            "default/OPC-UA-M1",
                            "default/OPC-UA-M2",
                            "default/OPC-UA-M3",
                            "south/OPC-UA-M1",
                            "south/OPC-UA-M2",
                            "south/OPC-UA-M3");
        }
    }

    /** Queues a report of the sample week, as POST /api/reports or the schedule does, and has the worker make it. */
    private long made(String plant) {
        long job = TestDatabase.jdbc().sql("""
                        insert into report_jobs (kind, period_start, period_end, requested_by, plant_id)
                        values ('on-demand', '2026-01-20', '2026-01-26', 'otto', ?)
                        returning id""").param(plant).query(Long.class).single();
        worker.work();
        return TestDatabase.jdbc()
                .sql("select report_id from report_jobs where id = ? and state = 'done'")
                .param(job)
                .query(Long.class)
                .single();
    }

    private static Map<String, Object> report(long id) {
        return TestDatabase.jdbc()
                .sql("select plant_id, content, xlsx, mail_subject from reports where id = ?")
                .param(id)
                .query()
                .singleRow();
    }

    /** What the plant made in the sample week, summed by PostgreSQL from the records. */
    private static double unitsOf(String plant) {
        return TestDatabase.jdbc()
                .sql("""
                        select sum(units_produced) from live_production
                        where plant_id = ? and production_date between '2026-01-20' and '2026-01-26'""")
                .param(plant)
                .query(BigDecimal.class)
                .single()
                .doubleValue();
    }

    private static Workbook workbook(Map<String, Object> report) throws Exception {
        return WorkbookFactory.create(new ByteArrayInputStream((byte[]) report.get("xlsx")));
    }

    private static double kpi(Workbook workbook, String name) {
        for (Row row : workbook.getSheet("KPIs")) {
            if (row.getCell(0).getStringCellValue().equals(name)) {
                return row.getCell(1).getNumericCellValue();
            }
        }
        throw new AssertionError("no KPI " + name);
    }

    private static List<Object> cells(Row row) {
        return List.of(row.getCell(0).getStringCellValue(), row.getCell(1).getNumericCellValue());
    }
}
