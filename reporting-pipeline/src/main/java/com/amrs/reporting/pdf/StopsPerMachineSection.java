package com.amrs.reporting.pdf;

import com.amrs.core.oee.LossWaterfall;
import com.amrs.reporting.data.ReportData;
import com.amrs.reporting.data.ReportFormat;

/**
 * MTBF and MTTR per machine (DESIGN.md §14), as {@code /api/machines} gives them: from the unplanned stops of
 * at least the micro-stop threshold in each machine's planned busy time, "–" for a machine without one.
 */
final class StopsPerMachineSection {

    private static final float ROW_HEIGHT = 18;

    private StopsPerMachineSection() {}

    static void write(ReportDocument document, ReportData data) {
        if (data.losses().isEmpty()) {
            return;
        }
        PdfFonts fonts = document.fonts();
        document.heading("Stops per machine", Math.min(data.losses().size() + 4, 12) * ROW_HEIGHT);
        document.paragraph(
                "Unplanned stops of at least " + ReportFormat.duration(data.microStop())
                        + " in planned busy time: MTBF = run time / stops, MTTR = unplanned stop time / stops.",
                fonts.body());
        Tables table = Tables.of(
                fonts,
                new float[] {2.4f, 1.6f, 1.9f, 1.9f, 1.6f, 1.6f},
                "Machine",
                "Unplanned stops",
                "Unplanned (min)",
                "Run time (min)",
                "MTBF (min)",
                "MTTR (min)");
        data.losses().forEach((machine, losses) -> table.row(row(machine, losses)));
        table.boldRow(row("All machines", data.plantLosses()));
        document.add(table.table());
    }

    private static String[] row(String name, LossWaterfall losses) {
        return new String[] {
            name,
            ReportFormat.units(losses.unplannedStops()),
            ReportFormat.minutes(losses.unplannedStopsMin()),
            ReportFormat.minutes(losses.runMin()),
            orDash(losses.mtbfMin()),
            orDash(losses.mttrMin())
        };
    }

    private static String orDash(Double minutes) {
        return minutes == null ? "–" : ReportFormat.minutes(minutes);
    }
}
