package com.amrs.api.kpi;

import com.amrs.core.Decimals;
import com.amrs.core.kpi.Kpis;
import com.amrs.core.oee.LossWaterfall;
import java.time.LocalDate;

/**
 * One production date of {@code GET /api/oee/daily}: the ratios in percent and the two ends of the
 * waterfall in minutes, all null on a date without records or stops (no data, not an OEE of 0).
 */
record DailyOee(
        LocalDate date,
        Double availability,
        Double performance,
        Double quality,
        Double oee,
        Double plannedMin,
        Double fullyProductiveMin) {

    static DailyOee of(LocalDate date, ProductionFigures figures) {
        if (figures.losses().isEmpty()) {
            return new DailyOee(date, null, null, null, null, null, null);
        }
        LossWaterfall losses = figures.pooled();
        return new DailyOee(
                date,
                Kpis.percent(losses.availability()),
                Kpis.percent(losses.performance()),
                Kpis.percent(losses.quality()),
                Kpis.percent(losses.oee()),
                Decimals.round2(losses.plannedMin()),
                Decimals.round2(losses.fullyProductiveMin()));
    }
}
