package com.amrs.reporting.data;

import com.amrs.core.kpi.Kpis;
import com.amrs.core.oee.LossWaterfall;
import com.amrs.core.shift.ProductionWindow;
import java.util.List;

/** The period just before a report's, as long as it: its KPIs and OEE, for the change the mail shows. */
public record PreviousPeriod(ProductionWindow window, Kpis kpis, LossWaterfall losses) {

    /** The window of the same length that ends the day before {@code window} begins. */
    public static ProductionWindow before(ProductionWindow window) {
        return new ProductionWindow(
                window.from().minusDays(window.days()), window.from().minusDays(1));
    }

    /** Nothing known of the period before (a report rendered without a database). */
    public static PreviousPeriod none(ProductionWindow window) {
        return new PreviousPeriod(before(window), Kpis.of(List.of()), LossWaterfall.pooled(List.of()));
    }

    public boolean hasProduction() {
        return kpis.totalUnits().signum() > 0;
    }
}
