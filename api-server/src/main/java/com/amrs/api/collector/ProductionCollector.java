package com.amrs.api.collector;

import com.amrs.api.live.LiveSnapshot;
import com.amrs.api.live.ProductionPolled;
import com.amrs.api.plc.MachinePoll;
import com.amrs.api.plc.PlcPoll;
import com.amrs.api.plc.Signal;
import com.amrs.api.production.NewRecord;
import com.amrs.api.production.ProductionBuffer;
import com.amrs.api.system.AmrsProperties;
import com.amrs.core.machine.MachineState;
import com.amrs.core.shift.ShiftCalendar;
import com.amrs.core.validation.RecordValidator;
import com.amrs.core.validation.ValidationLogLine;
import com.amrs.core.validation.ValidationResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;

/**
 * What a PLC's poll becomes (DESIGN.md §4): counter deltas turned into one validated record per
 * machine, each fix logged, the live snapshot updated, the batch stored in one transaction (or
 * buffered while the database is away), then {@link ProductionPolled} published. Shared by the
 * pollers of all PLCs; each brings its own {@link CounterTracker}.
 */
class ProductionCollector {

    private static final Logger log = LoggerFactory.getLogger(ProductionCollector.class);

    private final RecordValidator validator;
    private final ValidationLog validationLog;
    private final ProductionBuffer buffer;
    private final LiveSnapshot live;
    private final ApplicationEventPublisher events;
    private final AmrsProperties properties;
    private final ShiftCalendar calendar;

    ProductionCollector(ValidationLog validationLog, Collaborators collaborators) {
        this.validationLog = validationLog;
        this.validator = collaborators.validator();
        this.buffer = collaborators.buffer();
        this.live = collaborators.live();
        this.events = collaborators.events();
        this.properties = collaborators.properties();
        this.calendar = collaborators.calendar();
    }

    /** The Spring beans a collector works with. */
    record Collaborators(
            RecordValidator validator,
            ProductionBuffer buffer,
            LiveSnapshot live,
            ApplicationEventPublisher events,
            AmrsProperties properties,
            ShiftCalendar calendar) {}

    void collect(PlcPoll poll, CounterTracker tracker) {
        buffer.add(records(poll, tracker));
        buffer.flush();
        events.publishEvent(new ProductionPolled(poll.timestamp(), live.machines()));
    }

    /** Writes what waits in the buffer, for a poll that read nothing. */
    void flush() {
        buffer.flush();
    }

    /** After the last poll: writes what it can, and says what it could not. */
    void stopped() {
        buffer.flush();
        if (buffer.size() > 0) {
            log.error("Stopping with {} records not written to the database", buffer.size());
        }
    }

    private List<NewRecord> records(PlcPoll poll, CounterTracker tracker) {
        List<NewRecord> batch = new ArrayList<>(poll.machines().size());
        List<String> fixes = new ArrayList<>();
        for (MachinePoll machine : poll.machines()) {
            Optional<CounterTracker.Delta> delta = tracker.next(machine, poll.timestamp(), poll.serverStartTime());
            if (delta.isEmpty()) {
                MachineState state = CounterTracker.state(machine);
                String name = state == null ? RecordValidator.MISSING_STATE.name() : state.name();
                live.observe(machine.machineId(), name, calendar.slotOf(poll.timestamp()), poll.timestamp());
                continue;
            }
            ValidationResult result =
                    validator.validate(delta.get().sample(), delta.get().interval());
            fixes.addAll(ValidationLogLine.lines(result));
            live.add(result.record());
            batch.add(new NewRecord(result.record(), delta.get().interval(), idealCycle(machine), result.fixes()));
        }
        validationLog.append(fixes);
        log.debug(
                "Polled {} machines of {}: {} records, {} fixes",
                poll.machines().size(),
                poll.plc(),
                batch.size(),
                fixes.size());
        return batch;
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
