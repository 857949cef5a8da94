package com.amrs.api.downtime;

/**
 * One reason's share of the downtime of a window ({@code GET /api/downtime/pareto}): its stops (a stop split
 * at a shift change counts once) and their minutes, open stops until now.
 */
public record ParetoEntry(
        Integer reasonCode, String reason, String category, long stops, double minutes, double sharePercent) {}
