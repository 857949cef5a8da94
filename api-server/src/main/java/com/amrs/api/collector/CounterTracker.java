package com.amrs.api.collector;

import com.amrs.core.machine.MachineReading;
import com.amrs.core.production.ProductionSample;
import com.amrs.core.shift.ShiftCalendar;
import com.amrs.core.shift.ShiftSlot;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Turns the PLC's cumulative counters into per-interval production (DESIGN.md §4). The first
 * reading of a machine only sets its baseline; after that each reading gives the counters' deltas
 * since the previous one. A counter that went backwards means the PLC restarted: its new value is
 * the delta. A counter the PLC did not deliver gives a missing value (which validation repairs)
 * and keeps its last known value as the baseline. Not thread-safe: the collector's thread owns it.
 */
class CounterTracker {

    static final String SOURCE = "opcua";

    private final ShiftCalendar calendar;
    private final Map<String, Baseline> baselines = new HashMap<>();

    CounterTracker(ShiftCalendar calendar) {
        this.calendar = calendar;
    }

    /** The sample a reading adds and the interval it covers; empty for a machine's first reading. */
    record Delta(ProductionSample sample, Duration interval) {}

    private record Baseline(Long totalCount, Long rejectCount, Double downtimeSeconds, Instant timestamp) {}

    Optional<Delta> next(MachineReading reading) {
        Baseline previous = baselines.get(reading.machineId());
        baselines.put(
                reading.machineId(),
                new Baseline(
                        orElse(reading.totalCount(), previous == null ? null : previous.totalCount()),
                        orElse(reading.rejectCount(), previous == null ? null : previous.rejectCount()),
                        orElse(reading.downtimeSeconds(), previous == null ? null : previous.downtimeSeconds()),
                        reading.timestamp()));
        if (previous == null) {
            return Optional.empty();
        }
        Double downtimeSeconds = delta(previous.downtimeSeconds(), reading.downtimeSeconds());
        ShiftSlot slot = calendar.slotOf(reading.timestamp());
        var sample = new ProductionSample(
                reading.machineId(),
                slot.productionDate(),
                slot.shift(),
                delta(previous.totalCount(), reading.totalCount()),
                delta(previous.rejectCount(), reading.rejectCount()),
                downtimeSeconds == null ? null : downtimeSeconds / 60.0,
                reading.state(),
                SOURCE,
                reading.timestamp());
        Duration interval = Duration.between(previous.timestamp(), reading.timestamp());
        return Optional.of(new Delta(sample, interval.isNegative() ? Duration.ZERO : interval));
    }

    private static Long delta(Long before, Long now) {
        if (before == null || now == null) {
            return null;
        }
        return now >= before ? now - before : now;
    }

    private static Double delta(Double before, Double now) {
        if (before == null || now == null || !Double.isFinite(before) || !Double.isFinite(now)) {
            return null;
        }
        return now >= before ? now - before : now;
    }

    private static <T> T orElse(T value, T fallback) {
        return value != null ? value : fallback;
    }
}
