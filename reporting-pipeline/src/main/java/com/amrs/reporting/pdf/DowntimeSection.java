package com.amrs.reporting.pdf;

import com.amrs.reporting.data.ReportData;
import com.amrs.reporting.data.ReportFormat;
import com.amrs.store.downtime.Pareto;
import com.amrs.store.downtime.ReasonDowntime;
import org.jfree.chart.JFreeChart;

/**
 * The downtime by reason (DESIGN.md §14): the Pareto chart and its table, the same numbers as {@code GET
 * /api/downtime/pareto}: stops (a stop split at a shift change counts once), minutes (open stops until the
 * report was made) and each reason's share.
 */
final class DowntimeSection {

    private static final float ROW_HEIGHT = 18;
    /** The sentence and the chart, kept on the heading's page. */
    private static final float CHART_HEIGHT = 300;

    private DowntimeSection() {}

    static void write(ReportDocument document, ReportData data, JFreeChart chart) {
        PdfFonts fonts = document.fonts();
        Pareto pareto = data.downtime();
        if (pareto.isEmpty()) {
            document.heading("Downtime by reason", 2 * ROW_HEIGHT);
            document.paragraph(
                    "No stops were recorded from " + data.window().from() + " to "
                            + data.window().to() + ".",
                    fonts.body());
            return;
        }
        document.heading("Downtime by reason", CHART_HEIGHT);
        document.paragraph(
                ReportFormat.units(pareto.stops()) + (pareto.stops() == 1 ? " stop, " : " stops, ")
                        + ReportFormat.minutes(pareto.minutes()) + " min in total; a stop still open counts until "
                        + ReportFormat.time(data.generatedAt(), data.zone()) + ".",
                fonts.body());
        document.chart(chart);
        document.keepSpace(Math.min(pareto.reasons().size() + 2, 12) * ROW_HEIGHT);
        Tables table = Tables.of(
                fonts,
                2,
                new float[] {3.6f, 1.6f, 1.1f, 1.5f, 1.3f},
                "Reason",
                "Category",
                "Stops",
                "Minutes",
                "Share");
        for (ReasonDowntime reason : pareto.reasons()) {
            table.row(
                    reason.reason(),
                    reason.category(),
                    ReportFormat.units(reason.stops()),
                    ReportFormat.minutes(reason.minutes()),
                    ReportFormat.percentage(reason.sharePercent()));
        }
        table.boldRow(
                "All reasons",
                "",
                ReportFormat.units(pareto.stops()),
                ReportFormat.minutes(pareto.minutes()),
                ReportFormat.percentage(pareto.minutes() > 0 ? 100 : 0));
        document.add(table.table());
    }
}
