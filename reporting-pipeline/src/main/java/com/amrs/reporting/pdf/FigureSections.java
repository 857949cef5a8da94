package com.amrs.reporting.pdf;

import com.amrs.core.completeness.Completeness;
import com.amrs.core.kpi.Kpis;
import com.amrs.core.kpi.MachineTotals;
import com.amrs.core.oee.LossWaterfall;
import com.amrs.reporting.data.PlantFigures;
import com.amrs.reporting.data.ReportData;
import com.amrs.reporting.data.ReportFormat;
import java.math.BigInteger;
import java.util.Arrays;

/** The key figures (DESIGN §9 labels), the plants side by side (DESIGN.md §19) and the OEE per machine. */
final class FigureSections {

    private static final float ROW_HEIGHT = 18;

    private FigureSections() {}

    static void keyFigures(ReportDocument document, ReportData data) {
        Kpis kpis = data.kpis();
        LossWaterfall oee = data.plantLosses();
        String oeeParts = "availability " + ReportFormat.fraction(oee.availability()) + " × performance "
                + ReportFormat.fraction(oee.performance()) + " × quality " + ReportFormat.fraction(oee.quality());
        String downtime = "per machine, " + ReportFormat.minutes(kpis.totalDowntimeMin()) + " min in total";
        document.heading("Key figures", 8 * ROW_HEIGHT);
        document.add(Tables.of(document.fonts(), new float[] {2.4f, 1.8f, 5.8f}, "KPI", "Value", "")
                .noteRow("Total Units", ReportFormat.units(kpis.totalUnits()), kpis.machineCount() + " machines")
                .noteRow(
                        "Total Defects",
                        ReportFormat.units(kpis.totalDefects()),
                        "defect rate " + ReportFormat.percentage(kpis.defectRate()))
                .noteRow("Yield", ReportFormat.percentage(kpis.yieldPercentage()), "good units of all units")
                .noteRow("Average Downtime", ReportFormat.minutes(kpis.avgDowntime()) + " min", downtime)
                .noteRow("OEE", ReportFormat.fraction(oee.oee()), oeeParts)
                .noteRow(
                        "Completeness",
                        CompletenessSection.value(data.completeness().plant()),
                        CompletenessSection.note(data.completeness().plant()))
                .noteRow(
                        "Generated",
                        ReportFormat.localTime(data.generatedAt(), data.zone()),
                        data.zone().getId())
                .table());
    }

    /** The report of every plant of a central site: each plant's figures as its own report gives them. */
    static void plants(ReportDocument document, ReportData data) {
        document.heading("Plants", 4 * ROW_HEIGHT);
        Tables table = Tables.of(
                document.fonts(),
                new float[] {2.2f, 1.9f, 1.5f, 1.6f, 1.5f, 1.65f, 1.3f, 1.2f, 1.6f},
                "Plant",
                "Units",
                "Defects",
                "Downtime (min)",
                "Availability",
                "Performance",
                "Quality",
                "OEE",
                "Completeness");
        for (PlantFigures plant : data.plants()) {
            table.row(withCompleteness(
                    oeeRow(
                            plant.plantId(),
                            plant.kpis().totalUnits(),
                            plant.kpis().totalDefects(),
                            plant.kpis().totalDowntimeMin(),
                            plant.oee()),
                    plant.completeness()));
        }
        Kpis kpis = data.kpis();
        table.boldRow(withCompleteness(
                oeeRow(
                        "All plants",
                        kpis.totalUnits(),
                        kpis.totalDefects(),
                        kpis.totalDowntimeMin(),
                        data.plantLosses()),
                data.completeness().plant()));
        document.add(table.table());
    }

    private static String[] withCompleteness(String[] row, Completeness completeness) {
        String[] longer = Arrays.copyOf(row, row.length + 1);
        longer[row.length] = CompletenessSection.value(completeness);
        return longer;
    }

    static void machines(ReportDocument document, ReportData data) {
        document.heading("OEE per machine", 4 * ROW_HEIGHT);
        Tables table = Tables.of(
                document.fonts(),
                new float[] {2.2f, 1.9f, 1.5f, 1.6f, 1.5f, 1.65f, 1.3f, 1.2f},
                "Machine",
                "Units",
                "Defects",
                "Downtime (min)",
                "Availability",
                "Performance",
                "Quality",
                "OEE");
        for (MachineTotals machine : data.machines()) {
            table.row(oeeRow(
                    machine.machineId(),
                    machine.unitsProduced(),
                    machine.defectiveUnits(),
                    machine.downtimeMin(),
                    data.losses(machine.machineId())));
        }
        Kpis kpis = data.kpis();
        table.boldRow(oeeRow(
                "All machines", kpis.totalUnits(), kpis.totalDefects(), kpis.totalDowntimeMin(), data.plantLosses()));
        document.add(table.table());
    }

    private static String[] oeeRow(
            String name, BigInteger units, BigInteger defects, double downtime, LossWaterfall oee) {
        return new String[] {
            name,
            ReportFormat.units(units),
            ReportFormat.units(defects),
            ReportFormat.minutes(downtime),
            ReportFormat.fraction(oee.availability()),
            ReportFormat.fraction(oee.performance()),
            ReportFormat.fraction(oee.quality()),
            ReportFormat.fraction(oee.oee())
        };
    }
}
