package com.amrs.api.collector;

import com.amrs.api.plc.MachinePoll;
import com.amrs.api.plc.Signal;
import com.amrs.api.production.CounterBaselineRow;
import com.amrs.core.machine.MachineState;
import com.amrs.core.production.ProductionSample;
import com.amrs.core.shift.ShiftCalendar;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns a PLC's cumulative counters into per-interval production (DESIGN.md §4, §12, §13). The first
 * poll of a machine only sets its baseline, unless a baseline stored before a restart was restored;
 * after that each poll gives the counters' deltas since the one before, across wraps and PLC restarts
 * ({@link CounterDelta}), split over the shifts the interval spans ({@link GapSplit}). Units are {@code total_count}'s delta,
 * or {@code good_count}'s plus {@code reject_count}'s. Downtime is {@code downtime_seconds}' delta, or
 * without that node the time the machine spent DOWN as its state at both ends of the interval says.
 * A counter the PLC did not deliver gives a missing value (which validation repairs) and keeps its
 * last value as the baseline. Each PLC's poller owns its own tracker.
 */
class CounterTracker {

    static final String SOURCE = "opcua";
    private static final List<Signal> COUNTERS = List.of(Signal.TOTAL_COUNT, Signal.GOOD_COUNT, Signal.REJECT_COUNT);
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);
    /** An interval longer than this (a restart, an outage) is split over the shifts it spans; a poll's is not. */
    static final Duration GAP = Duration.ofMinutes(1);

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

    /**
     * The samples a poll adds, with the intervals they cover: none for a machine's first poll; one, in the
     * shift of the poll's instant; after a gap of over {@link #GAP}, one per shift the gap spans, its counts
     * shared by time.
     */
    List<Delta> next(MachinePoll poll, Instant timestamp, Instant serverStartTime) {
        Baseline previous = usable(baselines.get(poll.machineId()), poll);
        if (previous != null && !timestamp.isAfter(previous.timestamp())) {
            return List.of();
        }
        Baseline current = baseline(poll, timestamp, serverStartTime, previous);
        baselines.put(poll.machineId(), current);
        if (previous == null) {
            return List.of();
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
        Long units = units(poll, counted);
        Long rejects = counted.get(Signal.REJECT_COUNT);
        Double downtime = downtimeMinutes(poll, previous, current, restarted, interval);
        List<GapSplit> pieces = interval.compareTo(GAP) > 0
                ? GapSplit.of(calendar, previous.timestamp(), timestamp)
                : List.of(new GapSplit(calendar.slotOf(timestamp), timestamp, interval));
        long[] unitShares = units == null ? null : GapSplit.share(units, pieces);
        long[] rejectShares = rejects == null ? null : GapSplit.share(rejects, pieces);
        List<Delta> deltas = new ArrayList<>(pieces.size());
        for (int i = 0; i < pieces.size(); i++) {
            GapSplit piece = pieces.get(i);
            double share = interval.isZero() ? 1 : piece.length().toNanos() / (double) interval.toNanos();
            deltas.add(new Delta(
                    new ProductionSample(
                            poll.machineId(),
                            piece.slot().productionDate(),
                            piece.slot().shift(),
                            unitShares == null ? null : unitShares[i],
                            rejectShares == null ? null : rejectShares[i],
                            downtime == null ? null : downtime * share,
                            current.state(),
                            SOURCE,
                            piece.end()),
                    piece.length()));
        }
        return deltas;
    }

    /** Counts on from the baselines stored with the last records before a restart. */
    void restore(List<CounterBaselineRow> rows) {
        for (CounterBaselineRow row : rows) {
            Map<Signal, CounterValue> counters = new EnumMap<>(Signal.class);
            Signal.fromKey(row.counted())
                    .ifPresent(signal ->
                            stored(row.totalCount(), row.totalType()).ifPresent(value -> counters.put(signal, value)));
            stored(row.rejectCount(), row.rejectType()).ifPresent(value -> counters.put(Signal.REJECT_COUNT, value));
            baselines.put(
                    row.machineId(),
                    new Baseline(
                            counters,
                            row.downtimeSeconds(),
                            MachineState.parse(row.state()).orElse(null),
                            row.readAt(),
                            row.serverStartTime()));
        }
    }

    /** The baselines of these machines as they stand, to be stored with the records they produced. */
    List<CounterBaselineRow> baselines(String plc, List<MachinePoll> polls) {
        List<CounterBaselineRow> rows = new ArrayList<>(polls.size());
        for (MachinePoll poll : polls) {
            Baseline baseline = baselines.get(poll.machineId());
            if (baseline == null) {
                continue;
            }
            Signal counted = poll.tags().node(Signal.TOTAL_COUNT).isPresent() ? Signal.TOTAL_COUNT : Signal.GOOD_COUNT;
            CounterValue total = baseline.counters().get(counted);
            CounterValue rejects = baseline.counters().get(Signal.REJECT_COUNT);
            rows.add(new CounterBaselineRow(
                    plc,
                    poll.machineId(),
                    counted.key(),
                    total == null ? null : total.value(),
                    total == null ? null : total.type().name(),
                    rejects == null ? null : rejects.value(),
                    rejects == null ? null : rejects.type().name(),
                    baseline.downtimeSeconds(),
                    baseline.state() == null ? null : baseline.state().name(),
                    baseline.serverStartTime(),
                    baseline.timestamp()));
        }
        return rows;
    }

    /** A stored baseline counted another counter than the tag map maps now: start afresh. */
    private static Baseline usable(Baseline baseline, MachinePoll poll) {
        if (baseline == null) {
            return null;
        }
        boolean fits = baseline.counters().keySet().stream()
                .allMatch(signal -> poll.tags().node(signal).isPresent());
        return fits ? baseline : null;
    }

    private static Optional<CounterValue> stored(BigInteger value, String type) {
        if (value == null || type == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(new CounterValue(value, CounterType.valueOf(type)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
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
