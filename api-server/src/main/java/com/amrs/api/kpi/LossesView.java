package com.amrs.api.kpi;

import com.amrs.core.Decimals;
import com.amrs.core.kpi.Kpis;
import com.amrs.core.oee.LossWaterfall;

/**
 * {@code GET /api/oee/losses} (DESIGN.md §14): where the planned time went, in minutes, each step of the
 * waterfall one loss; the ratios in percent as {@code /api/kpis} gives them.
 */
record LossesView(
        double plannedMin,
        double plannedStopsMin,
        double unplannedStopsMin,
        double microStopsMin,
        double speedLossMin,
        double qualityLossMin,
        double fullyProductiveMin,
        double availability,
        double performance,
        double quality,
        double oee,
        Double mtbfMin,
        Double mttrMin) {

    static LossesView of(LossWaterfall losses) {
        return new LossesView(
                Decimals.round2(losses.plannedMin()),
                Decimals.round2(losses.plannedStopsMin()),
                Decimals.round2(losses.unplannedStopsMin()),
                Decimals.round2(losses.microStopsMin()),
                Decimals.round2(losses.speedLossMin()),
                Decimals.round2(losses.qualityLossMin()),
                Decimals.round2(losses.fullyProductiveMin()),
                Kpis.percent(losses.availability()),
                Kpis.percent(losses.performance()),
                Kpis.percent(losses.quality()),
                Kpis.percent(losses.oee()),
                losses.mtbfMin() == null ? null : Decimals.round2(losses.mtbfMin()),
                losses.mttrMin() == null ? null : Decimals.round2(losses.mttrMin()));
    }
}
