package com.amrs.api.collector;

import com.amrs.api.plc.MachinePoll;
import com.amrs.api.plc.Signal;
import com.amrs.core.machine.MachineState;
import com.amrs.core.production.ProductionSample;
import com.amrs.core.shift.ShiftCalendar;
import com.amrs.core.shift.ShiftSlot;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns a PLC's cumulative counters into per-interval production (DESIGN.md §4, §12). The first poll
 * of a machine only sets its baseline; after that each poll gives the counters' deltas since the one
 * before, across wraps and PLC restarts ({@link CounterDelta}). Units are {@code total_count}'s delta,
 * or {@code good_count}'s plus {@code reject_count}'s. Downtime is {@code downtime_seconds}' delta, or
 * without that node the time the machine spent DOWN as its state at both ends of the interval says.
 * A counter the PLC did not deliver gives a missing value (which validation repairs) and keeps its
 * last value as the baseline. Each PLC's poller owns its own tracker.
 */
class CounterTracker {

    static final String SOURCE = "opcua";
    private static final List<Signal> COUNTERS = List.of(Signal.TOTAL_COUNT, Signal.GOOD_COUNT, Signal.REJECT_COUNT);
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    private final ShiftCalendar calendar;
    private final Map<String, Baseline> baselines = new HashMap<>();

    CounterTracker(ShiftCalendar calendar) {
        this.calendar = calendar;
    }

    /** The sample a poll adds and the interval it covers; empty for a machine's first poll. */
    record Delta(ProductionSample sample, Duration interval) {}

    private record Baseline(
            Map<Signal, CounterValue> counters,
            Double downtimeSeconds,
            MachineState state,
            Instant timestamp,
            Instant serverStartTime) {}

    Optional<Delta> next(MachinePoll poll, Instant timestamp, Instant serverStartTime) {
        Baseline previous = baselines.get(poll.machineId());
        Baseline current = baseline(poll, timestamp, serverStartTime, previous);
        baselines.put(poll.machineId(), current);
        if (previous == null) {
            return Optional.empty();
        }
        boolean restarted = previous.serverStartTime() != null
                && serverStartTime != null
                && !previous.serverStartTime().equals(serverStartTime);
        Map<Signal, Long> counted = new EnumMap<>(Signal.class);
        for (Signal counter : COUNTERS) {
            CounterValue before = previous.counters().get(counter);
            CounterValue now = poll.value(counter).flatMap(CounterValue::of).orElse(null);
            if (before != null && now != null) {
                BigInteger delta = CounterDelta.between(before, now, restarted);
                counted.put(counter, delta.compareTo(LONG_MAX) <= 0 ? delta.longValue() : null);
            }
        }
        Duration interval = Duration.between(previous.timestamp(), timestamp);
        interval = interval.isNegative() ? Duration.ZERO : interval;
        ShiftSlot slot = calendar.slotOf(timestamp);
        var sample = new ProductionSample(
                poll.machineId(),
                slot.productionDate(),
                slot.shift(),
                units(poll, counted),
                counted.get(Signal.REJECT_COUNT),
                downtimeMinutes(poll, previous, current, restarted, interval),
                current.state(),
                SOURCE,
                timestamp);
        return Optional.of(new Delta(sample, interval));
    }

    /** The state a poll reports, as the machine's state map reads it; null when it gave none. */
    static MachineState state(MachinePoll poll) {
        return poll.value(Signal.STATE).flatMap(poll.tags().stateMap()::map).orElse(null);
    }

    private static Long units(MachinePoll poll, Map<Signal, Long> counted) {
        if (poll.tags().node(Signal.TOTAL_COUNT).isPresent()) {
            return counted.get(Signal.TOTAL_COUNT);
        }
        Long good = counted.get(Signal.GOOD_COUNT);
        Long rejects = counted.get(Signal.REJECT_COUNT);
        if (good == null || rejects == null) {
            return null;
        }
        try {
            return Math.addExact(good, rejects);
        } catch (ArithmeticException e) {
            return null;
        }
    }

    private static Double downtimeMinutes(
            MachinePoll poll, Baseline previous, Baseline current, boolean restarted, Duration interval) {
        if (poll.tags().node(Signal.DOWNTIME_SECONDS).isEmpty()) {
            if (previous.state() == null || current.state() == null) {
                return null;
            }
            int downEnds =
                    (previous.state() == MachineState.DOWN ? 1 : 0) + (current.state() == MachineState.DOWN ? 1 : 0);
            return interval.toNanos() / 1e9 / 60.0 * downEnds / 2;
        }
        Double before = previous.downtimeSeconds();
        Double now = poll.value(Signal.DOWNTIME_SECONDS)
                .map(v -> ((Number) v).doubleValue())
                .orElse(null);
        if (before == null || now == null || !Double.isFinite(before) || !Double.isFinite(now)) {
            return null;
        }
        return (now >= before && !restarted ? now - before : now) / 60.0;
    }

    private static Baseline baseline(MachinePoll poll, Instant timestamp, Instant serverStartTime, Baseline previous) {
        Map<Signal, CounterValue> counters = new EnumMap<>(Signal.class);
        for (Signal counter : COUNTERS) {
            poll.value(counter)
                    .flatMap(CounterValue::of)
                    .or(() -> Optional.ofNullable(
                            previous == null ? null : previous.counters().get(counter)))
                    .ifPresent(value -> counters.put(counter, value));
        }
        Double downtime = poll.value(Signal.DOWNTIME_SECONDS)
                .map(v -> ((Number) v).doubleValue())
                .orElse(previous == null ? null : previous.downtimeSeconds());
        return new Baseline(
                counters,
                downtime,
                state(poll),
                timestamp,
                serverStartTime != null || previous == null ? serverStartTime : previous.serverStartTime());
    }
}
