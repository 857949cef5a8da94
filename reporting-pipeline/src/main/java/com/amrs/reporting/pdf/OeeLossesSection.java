package com.amrs.reporting.pdf;

import com.amrs.core.oee.LossWaterfall;
import com.amrs.reporting.data.ReportData;
import com.amrs.reporting.data.ReportFormat;
import com.amrs.reporting.data.WaterfallStep;
import org.jfree.chart.JFreeChart;

/**
 * The OEE loss waterfall of all machines pooled (DESIGN.md §14), the numbers of {@code GET /api/oee/losses}:
 * the definition it follows, the chart, and its minutes with each step's share of the planned time.
 */
final class OeeLossesSection {

    /** Lower than the other charts, so that the definition, the chart and its table share a page. */
    static final float CHART_HEIGHT = 190;

    private static final float ROW_HEIGHT = 18;

    private OeeLossesSection() {}

    /** The definition, as README "How OEE is computed" states it. */
    static String definition(ReportData data) {
        return "OEE by ISO 22400, all machines pooled: each machine's planned time is the shift time of the shift"
                + " calendar less breaks and non-production days, from its first record on and up to the last"
                + " full ten seconds before the report; planned busy time is planned time less planned stops;"
                + " availability = run time / planned busy time, where run time is"
                + " planned busy time less the unplanned stops of at least "
                + ReportFormat.duration(data.microStop()) + " (the micro-stop threshold). Shorter unplanned"
                + " stops (micro-stops) and running slower than the ideal cycle time are performance loss,"
                + " defective units quality loss; OEE = fully productive time / planned busy time.";
    }

    static void write(ReportDocument document, ReportData data, JFreeChart chart) {
        PdfFonts fonts = document.fonts();
        LossWaterfall losses = data.plantLosses();
        if (losses.plannedMin() <= 0) {
            document.heading("OEE losses", 4 * ROW_HEIGHT);
            document.paragraph(definition(data), fonts.body());
            document.notice(noPlannedTime(data));
            return;
        }
        document.heading("OEE losses", 3 * ROW_HEIGHT + CHART_HEIGHT);
        document.paragraph(definition(data), fonts.body());
        document.chart(chart, CHART_HEIGHT);
        document.keepSpace(11 * ROW_HEIGHT);
        Tables table = Tables.of(fonts, new float[] {4.0f, 2.0f, 2.4f}, "Step", "Minutes", "Share of planned time");
        for (WaterfallStep step : WaterfallStep.of(losses)) {
            table.row(
                    step.label(),
                    ReportFormat.minutes(step.minutes()),
                    ReportFormat.percentage(step.minutes() / losses.plannedMin() * 100));
        }
        document.add(table.table());
        document.paragraph(
                "Planned busy time " + ReportFormat.minutes(losses.plannedBusyMin()) + " min, run time "
                        + ReportFormat.minutes(losses.runMin()) + " min: availability "
                        + ReportFormat.fraction(losses.availability()) + ", performance "
                        + ReportFormat.fraction(losses.performance()) + ", quality "
                        + ReportFormat.fraction(losses.quality()) + ", OEE " + ReportFormat.fraction(losses.oee())
                        + ".",
                fonts.body());
    }

    private static String noPlannedTime(ReportData data) {
        String period = "from " + data.window().from() + " to " + data.window().to();
        return data.losses().isEmpty()
                ? "No machine produced or stopped " + period + ", so there is no planned time to break into losses."
                : "No planned time " + period + ": the shift calendar plans none from the machines' first records"
                        + " up to " + ReportFormat.time(data.generatedAt(), data.zone())
                        + ", so there are no losses to show.";
    }
}
