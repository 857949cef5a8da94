package com.amrs.reporting.data;

import com.amrs.core.oee.LossWaterfall;
import java.util.List;

/**
 * One step of the OEE loss waterfall (DESIGN.md §14) as the chart and the table of the PDF show it: planned
 * time, the losses in the order they are taken from it, fully productive time.
 *
 * @param kind the part of OEE a loss lowers; {@link Kind#TIME} for the full bars at either end
 */
public record WaterfallStep(String label, double minutes, Kind kind) {

    public enum Kind {
        TIME,
        PLANNED_STOPS,
        AVAILABILITY,
        PERFORMANCE,
        QUALITY
    }

    public static List<WaterfallStep> of(LossWaterfall losses) {
        return List.of(
                new WaterfallStep("Planned time", losses.plannedMin(), Kind.TIME),
                new WaterfallStep("Planned stops", losses.plannedStopsMin(), Kind.PLANNED_STOPS),
                new WaterfallStep("Unplanned stops", losses.unplannedStopsMin(), Kind.AVAILABILITY),
                new WaterfallStep("Micro-stops", losses.microStopsMin(), Kind.PERFORMANCE),
                new WaterfallStep("Speed loss", losses.speedLossMin(), Kind.PERFORMANCE),
                new WaterfallStep("Quality loss", losses.qualityLossMin(), Kind.QUALITY),
                new WaterfallStep("Fully productive time", losses.fullyProductiveMin(), Kind.TIME));
    }

    public boolean full() {
        return kind == Kind.TIME;
    }
}
