package com.amrs.api.collector;

import com.amrs.api.collector.ProductionRecorded.MachineSeen;
import com.amrs.api.downtime.StopChanged;
import com.amrs.api.plc.MachinePoll;
import com.amrs.api.plc.PlcPoll;
import com.amrs.api.plc.Signal;
import com.amrs.api.plc.StateChange;
import com.amrs.api.production.NewRecord;
import com.amrs.api.production.ProductionBuffer;
import com.amrs.api.production.StopWrite;
import com.amrs.api.system.AmrsProperties;
import com.amrs.core.machine.MachineState;
import com.amrs.core.shift.ShiftCalendar;
import com.amrs.core.validation.RecordValidator;
import com.amrs.core.validation.ValidationFix;
import com.amrs.core.validation.ValidationResult;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;

/**
 * What a PLC's poll becomes (DESIGN.md §4): counter deltas ({@link CounterTracker}) turned into one
 * validated record per machine, the batch stored in one transaction (or spooled while the database is
 * away), then {@link ProductionRecorded} published for the live view, the validation log and whatever
 * else listens. Shared by the pollers of all PLCs; each brings its own tracker.
 */
class ProductionCollector {

    private static final Logger log = LoggerFactory.getLogger(ProductionCollector.class);

    private final RecordValidator validator;
    private final ProductionBuffer buffer;
    private final ApplicationEventPublisher events;
    private final AmrsProperties properties;
    private final ShiftCalendar calendar;
    private final Plausibility plausibility;

    ProductionCollector(
            RecordValidator validator,
            ProductionBuffer buffer,
            ApplicationEventPublisher events,
            AmrsProperties properties,
            ShiftCalendar calendar,
            Plausibility plausibility) {
        this.plausibility = plausibility;
        this.validator = validator;
        this.buffer = buffer;
        this.events = events;
        this.properties = properties;
        this.calendar = calendar;
    }

    void collect(PlcPoll poll, CounterTracker tracker, StopTracker stopTracker) {
        List<NewRecord> records = new ArrayList<>(poll.machines().size());
        List<MachineSeen> seen = new ArrayList<>();
        List<StopWrite> stops = new ArrayList<>();
        List<StopChanged> stopEvents = new ArrayList<>();
        Map<String, List<StateChange>> changes =
                poll.changes().stream().collect(Collectors.groupingBy(StateChange::machineId));
        for (MachinePoll machine : poll.machines()) {
            List<StateChange> machineChanges = changes.getOrDefault(machine.machineId(), List.of());
            stops.addAll(stops(stopTracker, machine, machineChanges, poll.timestamp(), stopEvents));
            List<CounterTracker.Delta> deltas = tracker.next(machine, poll.timestamp(), poll.serverStartTime());
            if (deltas.isEmpty()) {
                MachineState state = CounterTracker.state(machine);
                seen.add(new MachineSeen(
                        machine.machineId(), state == null ? null : state.name(), calendar.slotOf(poll.timestamp())));
            }
            double idealCycle = idealCycle(machine);
            for (CounterTracker.Delta delta : deltas) {
                Plausibility.Checked checked = plausibility.check(delta.sample(), delta.interval(), idealCycle);
                ValidationResult result = validator.validate(checked.sample(), delta.interval());
                List<ValidationFix> fixes = new ArrayList<>(checked.fixes());
                fixes.addAll(result.fixes());
                records.add(new NewRecord(result.record(), delta.interval(), idealCycle, fixes));
            }
        }
        buffer.add(records, tracker.baselines(poll.plc(), poll.machines()), stops);
        stopEvents.forEach(events::publishEvent);
        log.debug("Polled {} machines of {}: {} records", poll.machines().size(), poll.plc(), records.size());
        events.publishEvent(new ProductionRecorded(poll.plc(), poll.timestamp(), records, seen));
    }

    /** Before the first poll: writes what the spool kept from before the start. */
    void started() {
        buffer.flush();
    }

    /** After the last poll: writes what it can, and says what waits in the spool for the next start. */
    void stopped() {
        buffer.flush();
        if (buffer.size() > 0) {
            log.warn("Stopping with {} records in the spool; they are written at the next start", buffer.size());
        }
    }

    /** The machine's stop rows of the poll, their events for {@code /topic/stops} added to {@code stopEvents}. */
    private static List<StopWrite> stops(
            StopTracker tracker,
            MachinePoll machine,
            List<StateChange> changes,
            Instant polledAt,
            List<StopChanged> stopEvents) {
        Instant openSince = tracker.openSince(machine.machineId());
        List<StopWrite> writes = tracker.observe(machine, changes, polledAt);
        for (StopWrite stop : writes) {
            stopEvents.add(changed(stop, openSince));
            openSince = stop.open() ? stop.startedAt() : null;
        }
        return writes;
    }

    /**
     * A stop row that ends, starts (also a continuation at a shift change) or gets its FaultCode's reason: it
     * starts unless it is the machine's stop that was open already (one that the subscription saw start
     * between two polls starts at no poll's timestamp).
     */
    private static StopChanged changed(StopWrite stop, Instant openSince) {
        String event = !stop.open() ? "ended" : stop.startedAt().equals(openSince) ? "reason" : "started";
        return new StopChanged(
                event,
                null,
                stop.machineId(),
                stop.startedAt(),
                stop.endedAt(),
                stop.state().name(),
                stop.reason().code(),
                stop.reason().reason(),
                stop.reason().category().code());
    }

    private double idealCycle(MachinePoll machine) {
        Optional<Double> fromPlc = machine.value(Signal.IDEAL_CYCLE_TIME_SECONDS)
                .map(value -> ((Number) value).doubleValue())
                .filter(seconds -> Double.isFinite(seconds) && seconds >= 0);
        if (fromPlc.isPresent()) {
            return fromPlc.get();
        }
        if (machine.tags().idealCycleTimeSeconds() != null) {
            return machine.tags().idealCycleTimeSeconds();
        }
        return properties.idealCycleTimeSeconds(machine.machineId()).orElse(0.0);
    }
}
