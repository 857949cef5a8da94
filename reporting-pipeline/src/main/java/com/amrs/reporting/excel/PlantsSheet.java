package com.amrs.reporting.excel;

import com.amrs.core.completeness.Completeness;
import com.amrs.core.kpi.Kpis;
import com.amrs.core.oee.LossWaterfall;
import com.amrs.reporting.data.PlantFigures;
import com.amrs.reporting.data.ReportData;
import com.amrs.reporting.excel.SheetWriter.Column;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * Sheet {@code Plants} of the report of every plant (DESIGN.md §19): each plant's figures as its own report gives
 * them, and all plants in the last row.
 */
final class PlantsSheet {

    static final String NAME = "Plants";

    private PlantsSheet() {}

    static void write(Workbook workbook, Styles styles, ReportData data) {
        SheetWriter sheet = SheetWriter.of(
                workbook.createSheet(NAME),
                styles,
                new Column("Plant", 18),
                new Column("Units", 12),
                new Column("Defects", 10),
                new Column("Yield (%)", 10),
                new Column("Downtime (min)", 15),
                new Column("Stops", 8),
                new Column("OEE (%)", 10),
                new Column("Completeness (%)", 17));
        for (PlantFigures plant : data.plants()) {
            row(sheet, plant.plantId(), plant.kpis(), plant.stops(), plant.oee(), plant.completeness());
        }
        row(
                sheet,
                "All plants",
                data.kpis(),
                data.downtime().stops(),
                data.plantLosses(),
                data.completeness().plant());
    }

    private static void row(
            SheetWriter sheet, String name, Kpis kpis, long stops, LossWaterfall oee, Completeness completeness) {
        sheet.row()
                .text(name)
                .integer(kpis.totalUnits())
                .integer(kpis.totalDefects())
                .decimal(kpis.yieldPercentage())
                .decimal(kpis.totalDowntimeMin())
                .integer(stops)
                .decimal(Kpis.percent(oee.oee()))
                .decimal(completeness.percent());
    }
}
