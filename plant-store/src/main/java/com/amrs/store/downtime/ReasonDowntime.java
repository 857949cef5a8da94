package com.amrs.store.downtime;

/**
 * One reason's share of the downtime of a window (the Pareto, DESIGN.md §14): its stops (a stop split at a
 * shift change counts once) and their minutes, open stops until now, both rounded as {@link
 * com.amrs.core.Decimals#round2} does; the share is of the unrounded minutes of all reasons.
 *
 * @param reasonCode the catalogue code, null for Unassigned
 * @param category {@code planned} or {@code unplanned}
 */
public record ReasonDowntime(
        Integer reasonCode, String reason, String category, long stops, double minutes, double sharePercent) {

    public boolean planned() {
        return "planned".equals(category);
    }
}
