package com.amrs.store.closed;

import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What a reader worked out for a machine on a {@link ClosedDays closed date}, taken again while the date's token
 * stays the same. Holds at most {@link #MAX_ENTRIES} machine-days (a year of 400 machines) and starts afresh when
 * full: beyond that a long window is worked out from the database every time, as without it.
 */
public final class DayCache<V> {

    static final int MAX_ENTRIES = 150_000;

    private record Kept<V>(long token, V value) {}

    private final Map<LocalDate, Map<String, Kept<V>>> byDate = new ConcurrentHashMap<>();
    private final AtomicInteger size = new AtomicInteger();

    /** The value kept for the machine and date with this token, or null. */
    public V get(String machineId, LocalDate date, long token) {
        Map<String, Kept<V>> machines = byDate.get(date);
        Kept<V> kept = machines == null ? null : machines.get(machineId);
        return kept != null && kept.token() == token ? kept.value() : null;
    }

    public void put(String machineId, LocalDate date, long token, V value) {
        if (size.get() >= MAX_ENTRIES) {
            byDate.clear();
            size.set(0);
        }
        Kept<V> before =
                byDate.computeIfAbsent(date, d -> new ConcurrentHashMap<>()).put(machineId, new Kept<>(token, value));
        if (before == null) {
            size.incrementAndGet();
        }
    }
}
