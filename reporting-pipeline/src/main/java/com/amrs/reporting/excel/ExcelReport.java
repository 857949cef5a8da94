package com.amrs.reporting.excel;

import com.amrs.core.Decimals;
import com.amrs.core.kpi.Kpis;
import com.amrs.core.kpi.MachineTotals;
import com.amrs.core.oee.LossWaterfall;
import com.amrs.reporting.data.ReportData;
import com.amrs.reporting.data.ValidationFinding;
import com.amrs.reporting.excel.SheetWriter.Column;
import com.amrs.store.production.ShiftProduction;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.stereotype.Component;

/**
 * Writes the report's numbers as a workbook for further analysis: sheets {@code KPIs}, {@code Plants} (the
 * report of every plant, {@link PlantsSheet}), {@code Machines} (MTBF and MTTR last, empty without an unplanned stop), {@code Production} (day ×
 * machine × shift), {@code Validation events} and {@code stops} (one row per stop, {@link StopsSheet}),
 * every number a numeric cell. Percentages are in percent, rounded like the PDF.
 */
@Component
public class ExcelReport {

    public byte[] render(ReportData data) {
        var workbook = new SXSSFWorkbook(200);
        try {
            var styles = new Styles(workbook);
            kpis(
                    SheetWriter.of(
                            workbook.createSheet("KPIs"),
                            styles,
                            new Column("KPI", 22),
                            new Column("Value", 18),
                            new Column("Unit", 10)),
                    data);
            if (!data.plants().isEmpty()) {
                PlantsSheet.write(workbook, styles, data);
            }
            machines(
                    SheetWriter.of(
                            workbook.createSheet("Machines"),
                            styles,
                            new Column("Machine", 18),
                            new Column("Units", 12),
                            new Column("Defects", 10),
                            new Column("Downtime (min)", 15),
                            new Column("Planned (min)", 15),
                            new Column("Availability (%)", 16),
                            new Column("Performance (%)", 16),
                            new Column("Quality (%)", 12),
                            new Column("OEE (%)", 10),
                            new Column("MTBF (min)", 12),
                            new Column("MTTR (min)", 12)),
                    data);
            production(
                    SheetWriter.of(
                            workbook.createSheet("Production"),
                            styles,
                            new Column("Date", 12),
                            new Column("Machine", 18),
                            new Column("Shift", 8),
                            new Column("Units", 12),
                            new Column("Defects", 10),
                            new Column("Downtime (min)", 15)),
                    data);
            findings(
                    SheetWriter.of(
                            workbook.createSheet("Validation events"),
                            styles,
                            new Column("Time", 20),
                            new Column("Machine", 18),
                            new Column("Field", 18),
                            new Column("Old value", 12),
                            new Column("New value", 12),
                            new Column("Rule", 30)),
                    data);
            StopsSheet.write(workbook, styles, data);
            var out = new ByteArrayOutputStream(256 * 1024);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the workbook", e);
        } finally {
            workbook.dispose();
        }
    }

    private static void kpis(SheetWriter sheet, ReportData data) {
        Kpis kpis = data.kpis();
        LossWaterfall oee = data.plantLosses();
        sheet.row().text("Total Units").integer(kpis.totalUnits()).text("units");
        sheet.row().text("Total Defects").integer(kpis.totalDefects()).text("units");
        sheet.row().text("Yield").decimal(kpis.yieldPercentage()).text("%");
        sheet.row().text("Defect Rate").decimal(kpis.defectRate()).text("%");
        sheet.row().text("Total Downtime").decimal(kpis.totalDowntimeMin()).text("min");
        sheet.row().text("Average Downtime").decimal(kpis.avgDowntime()).text("min");
        sheet.row().text("OEE").decimal(Kpis.percent(oee.oee())).text("%");
        sheet.row()
                .text("Availability")
                .decimal(Kpis.percent(oee.availability()))
                .text("%");
        sheet.row().text("Performance").decimal(Kpis.percent(oee.performance())).text("%");
        sheet.row().text("Quality").decimal(Kpis.percent(oee.quality())).text("%");
        sheet.row().text("Machines").integer(kpis.machineCount()).text("");
        sheet.row().text("Period start").date(data.window().from()).text("");
        sheet.row().text("Period end").date(data.window().to()).text("");
        sheet.row()
                .text("Generated")
                .time(LocalDateTime.ofInstant(data.generatedAt(), data.zone()))
                .text(data.zone().getId());
    }

    private static void machines(SheetWriter sheet, ReportData data) {
        for (MachineTotals machine : data.machines()) {
            LossWaterfall oee = data.losses(machine.machineId());
            sheet.row()
                    .text(machine.machineId())
                    .integer(machine.unitsProduced())
                    .integer(machine.defectiveUnits())
                    .decimal(machine.downtimeMin())
                    .decimal(Decimals.round2(oee.plannedMin()))
                    .decimal(Kpis.percent(oee.availability()))
                    .decimal(Kpis.percent(oee.performance()))
                    .decimal(Kpis.percent(oee.quality()))
                    .decimal(Kpis.percent(oee.oee()))
                    .decimal(oee.mtbfMin())
                    .decimal(oee.mttrMin());
        }
        sheet.filter();
    }

    private static void production(SheetWriter sheet, ReportData data) {
        for (ShiftProduction row : data.production()) {
            sheet.row()
                    .date(row.productionDate())
                    .text(row.machineId())
                    .text(row.shift())
                    .integer(row.unitsProduced())
                    .integer(row.defectiveUnits())
                    .decimal(row.downtimeMin());
        }
        sheet.filter();
    }

    private static void findings(SheetWriter sheet, ReportData data) {
        for (ValidationFinding finding : data.findings()) {
            sheet.row()
                    .time(LocalDateTime.ofInstant(finding.occurredAt(), data.zone()))
                    .text(finding.machineId())
                    .text(finding.field())
                    .text(finding.oldValue())
                    .text(finding.newValue())
                    .text(finding.rule());
        }
        sheet.filter();
    }
}
