package com.amrs.store.closed;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What a reader added up for a machine over the closed dates of a window, taken again whole while the token of the
 * last of them stays the same (no date up to the day after it changed, so neither did any of the run's days): a year
 * is then one look-up per machine instead of one per machine and date. One run per machine, the latest.
 */
public final class KeptRuns<V> {

    private record Run<V>(LocalDate from, LocalDate to, long token, Object context, V value) {}

    private final Map<String, Run<V>> runs = new ConcurrentHashMap<>();

    /**
     * The value kept for the machine over these closed dates, or null.
     *
     * @param context whatever else the value was worked out with (a first-seen instant, a retention date)
     */
    public V get(String machineId, ClosedDays closed, Object context) {
        Run<V> run = runs.get(machineId);
        return run != null
                        && run.from().equals(closed.firstKept())
                        && run.to().equals(closed.lastKept())
                        && run.token() == closed.token(closed.lastKept())
                        && Objects.equals(run.context(), context)
                ? run.value()
                : null;
    }

    public void put(String machineId, ClosedDays closed, Object context, V value) {
        if (runs.size() >= DayCache.MAX_ENTRIES) {
            runs.clear();
        }
        runs.put(
                machineId,
                new Run<>(closed.firstKept(), closed.lastKept(), closed.token(closed.lastKept()), context, value));
    }
}
