package com.amrs.api.downtime;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code GET /api/machines/{id}/timeline?date=} (DESIGN.md §14): a production date as consecutive intervals
 * from its first shift's start to its end (or now): RUNNING between stops, DOWN or IDLE with the stop's
 * reason, NO_DATA where no record covers the time.
 */
public record TimelineView(String machineId, LocalDate date, List<StateInterval> intervals) {

    public record StateInterval(Instant from, Instant to, String state, Integer reasonCode, String reason) {}
}
