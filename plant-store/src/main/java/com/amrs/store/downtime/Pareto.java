package com.amrs.store.downtime;

import java.util.List;

/**
 * The downtime of a window by reason (DESIGN.md §14), most minutes first, with the totals of all reasons:
 * the stops (a stop split at a shift change counts once) and the minutes, rounded once from their exact sum.
 */
public record Pareto(List<ReasonDowntime> reasons, long stops, double minutes) {

    public Pareto {
        reasons = List.copyOf(reasons);
    }

    public static Pareto none() {
        return new Pareto(List.of(), 0, 0);
    }

    public boolean isEmpty() {
        return reasons.isEmpty();
    }
}
