package com.amrs.api.support;

import com.amrs.api.production.CounterBaselineRow;
import com.amrs.api.production.NewRecord;
import com.amrs.api.production.StopWrite;
import com.amrs.core.downtime.StopReason;
import com.amrs.core.machine.MachineState;
import com.amrs.core.production.ProductionRecord;
import com.amrs.core.shift.ShiftCalendar;
import com.amrs.core.shift.ShiftSlot;
import com.amrs.core.validation.ValidationFix;
import com.amrs.core.validation.ValidationRule;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * Polls as the collector hands them to {@code ProductionStore.store}: per PLC and second one record of
 * each of its machines (one instant per read, the PLCs a few milliseconds apart), about 5 % of them fixed
 * by {@code downtime_above_interval} as with the simulator (bench/README.md, "Validation events from the
 * simulator's ticks"), a counter baseline of every machine, and the stops that start or end in that
 * second (the simulator's machines run 5 to 25 minutes between stops). Deterministic: the same seed
 * gives the same polls. Used by WriterCostBenchmark and the test of the writer against its previous form.
 */
public final class CollectorPolls {

    /** One poll of one PLC: what the collector stores in one transaction. */
    public record Poll(List<NewRecord> records, List<CounterBaselineRow> baselines, List<StopWrite> stops) {

        /** This poll and another written as one batch, as a backlog is. */
        public Poll joined(Poll other) {
            return new Poll(
                    Stream.concat(records.stream(), other.records.stream()).toList(),
                    Stream.concat(baselines.stream(), other.baselines.stream()).toList(),
                    Stream.concat(stops.stream(), other.stops.stream()).toList());
        }

        public Poll with(StopWrite stop) {
            return new Poll(
                    records,
                    baselines,
                    Stream.concat(stops.stream(), Stream.of(stop)).toList());
        }

        /**
         * The poll with machine {@code from} called {@code to}; its baselines and stops left out when the new id
         * is longer than their tables take (the records keep it, for the database to refuse).
         */
        public Poll renamed(String from, String to) {
            UnaryOperator<String> name = id -> id.equals(from) ? to : id;
            return new Poll(
                    records.stream().map(r -> renamed(r, name)).toList(),
                    baselines.stream()
                            .map(b -> new CounterBaselineRow(
                                    b.plc(),
                                    name.apply(b.machineId()),
                                    b.counted(),
                                    b.totalCount(),
                                    b.totalType(),
                                    b.rejectCount(),
                                    b.rejectType(),
                                    b.downtimeSeconds(),
                                    b.state(),
                                    b.serverStartTime(),
                                    b.readAt()))
                            .filter(b -> b.machineId().length() <= 64)
                            .toList(),
                    stops.stream()
                            .map(s -> new StopWrite(
                                    name.apply(s.machineId()),
                                    s.startedAt(),
                                    s.endedAt(),
                                    s.state(),
                                    s.faultCode(),
                                    s.reason(),
                                    s.productionDate(),
                                    s.shift()))
                            .filter(s -> s.machineId().length() <= 64)
                            .toList());
        }

        private static NewRecord renamed(NewRecord newRecord, UnaryOperator<String> name) {
            ProductionRecord r = newRecord.record();
            var record = new ProductionRecord(
                    name.apply(r.machineId()),
                    r.productionDate(),
                    r.shift(),
                    r.unitsProduced(),
                    r.defectiveUnits(),
                    r.downtimeMin(),
                    r.state(),
                    r.source(),
                    r.timestamp());
            return new NewRecord(record, newRecord.interval(), newRecord.idealCycleSeconds(), newRecord.fixes());
        }
    }

    private static final Instant SERVER_STARTED = Instant.parse("2026-12-01T00:00:00Z");

    private final int plcs;
    private final int machinesPerPlc;
    private final ShiftCalendar calendar = ShiftCalendar.defaults(ZoneOffset.UTC);
    private final SplittableRandom random = new SplittableRandom(19);
    private final long[] totals;
    private final long[] rejects;
    private final double[] downtimeSeconds;
    private final Map<Integer, StopWrite> openStops = new HashMap<>();

    public CollectorPolls(int plcs, int machinesPerPlc) {
        this.plcs = plcs;
        this.machinesPerPlc = machinesPerPlc;
        this.totals = new long[plcs * machinesPerPlc];
        this.rejects = new long[totals.length];
        this.downtimeSeconds = new double[totals.length];
    }

    /** The polls of {@code seconds} seconds from {@code start}, every PLC once a second, in time order. */
    public List<Poll> seconds(Instant start, int seconds) {
        List<Poll> polls = new ArrayList<>(seconds * plcs);
        for (int s = 0; s < seconds; s++) {
            for (int plc = 0; plc < plcs; plc++) {
                // a read takes a while: the PLCs' instants differ, at the database's precision (microseconds)
                Instant at = start.plusSeconds(s).plusNanos(plc * 7_000_000L + random.nextLong(1, 5_000) * 1_000);
                polls.add(poll(plc, at));
            }
        }
        return polls;
    }

    private Poll poll(int plc, Instant at) {
        ShiftSlot slot = calendar.slotOf(at);
        List<NewRecord> records = new ArrayList<>(machinesPerPlc);
        List<CounterBaselineRow> baselines = new ArrayList<>(machinesPerPlc);
        List<StopWrite> stops = new ArrayList<>();
        for (int m = plc * machinesPerPlc; m < (plc + 1) * machinesPerPlc; m++) {
            String machine = "OPC-UA-M" + (m + 1);
            double idealCycle = 0.5 + (m % 4) * 0.5;
            MachineState state = state(m, machine, at, slot, stops);
            long units = state == MachineState.RUNNING ? (long) (random.nextDouble() * 2 / idealCycle + 0.5) : 0;
            long defects = units > 0 && random.nextInt(40) == 0 ? 1 : 0;
            double downtime = state == MachineState.DOWN ? 1.0 : 0;
            totals[m] += units;
            rejects[m] += defects;
            downtimeSeconds[m] += downtime;
            List<ValidationFix> fixes = List.of();
            if (random.nextInt(20) == 0) {
                // the simulator's whole-second downtime tick in an interval a little under a second
                double clipped = 0.97 + random.nextDouble() * 0.03;
                fixes = List.of(new ValidationFix(
                        ValidationRule.DOWNTIME_ABOVE_INTERVAL,
                        "downtime_min",
                        Double.toString(1.0 / 60),
                        Double.toString(clipped / 60)));
                downtime = clipped;
            }
            var record = new ProductionRecord(
                    machine, slot.productionDate(), slot.shift(), units, defects, downtime / 60, state, "opcua", at);
            records.add(new NewRecord(record, Duration.ofMillis(990 + random.nextInt(20)), idealCycle, fixes));
            baselines.add(new CounterBaselineRow(
                    "plc" + (plc + 1),
                    machine,
                    "total_count",
                    BigInteger.valueOf(totals[m]),
                    "UINT32",
                    BigInteger.valueOf(rejects[m]),
                    "UINT32",
                    downtimeSeconds[m],
                    state.name(),
                    SERVER_STARTED,
                    at));
        }
        return new Poll(records, baselines, stops);
    }

    /** The machine's state now; a stop that starts or ends is added to {@code stops}. */
    private MachineState state(int m, String machine, Instant at, ShiftSlot slot, List<StopWrite> stops) {
        StopWrite open = openStops.get(m);
        if (open == null && random.nextInt(900) == 0) {
            MachineState state = random.nextBoolean() ? MachineState.DOWN : MachineState.IDLE;
            open = new StopWrite(
                    machine, at, null, state, null, StopReason.UNASSIGNED, slot.productionDate(), slot.shift());
            openStops.put(m, open);
            stops.add(open);
        } else if (open != null && random.nextInt(120) == 0) {
            openStops.remove(m);
            stops.add(open.endedAt(at));
            return MachineState.RUNNING;
        }
        return open == null ? MachineState.RUNNING : open.state();
    }
}
