package com.amrs.api.downtime;

import com.amrs.store.downtime.ReasonDowntime;

/**
 * One reason's share of the downtime of a window ({@code GET /api/downtime/pareto}): its stops (a stop split
 * at a shift change counts once) and their minutes, open stops until now (plant-store's {@link ReasonDowntime}).
 */
public record ParetoEntry(
        Integer reasonCode, String reason, String category, long stops, double minutes, double sharePercent) {

    static ParetoEntry of(ReasonDowntime reason) {
        return new ParetoEntry(
                reason.reasonCode(),
                reason.reason(),
                reason.category(),
                reason.stops(),
                reason.minutes(),
                reason.sharePercent());
    }
}
