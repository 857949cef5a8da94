package com.amrs.api.collector;

import com.amrs.api.live.LiveSnapshot;
import com.amrs.api.live.ProductionPolled;
import com.amrs.api.production.NewRecord;
import com.amrs.api.production.ProductionBuffer;
import com.amrs.api.system.AmrsProperties;
import com.amrs.core.machine.MachineReading;
import com.amrs.core.shift.ShiftCalendar;
import com.amrs.core.validation.RecordValidator;
import com.amrs.core.validation.ValidationLogLine;
import com.amrs.core.validation.ValidationResult;
import io.github.resilience4j.retry.Retry;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;

/**
 * One poll (DESIGN.md §4): read all machines in one Read (retried with backoff), turn counter
 * deltas into one validated record per machine, log each fix, update the live snapshot, hand the
 * batch to the buffer (one transaction per poll), then publish {@link ProductionPolled}.
 */
class ProductionCollector {

    private static final Logger log = LoggerFactory.getLogger(ProductionCollector.class);

    private final OpcUaPlc plc;
    private final Retry retry;
    private final CounterTracker tracker;
    private final RecordValidator validator;
    private final ValidationLog validationLog;
    private final ProductionBuffer buffer;
    private final LiveSnapshot live;
    private final PlcConnectionState connection;
    private final ApplicationEventPublisher events;
    private final AmrsProperties properties;
    private final ShiftCalendar calendar;

    ProductionCollector(
            OpcUaPlc plc,
            Retry retry,
            CounterTracker tracker,
            ValidationLog validationLog,
            Collaborators collaborators) {
        this.plc = plc;
        this.retry = retry;
        this.tracker = tracker;
        this.validationLog = validationLog;
        this.validator = collaborators.validator();
        this.buffer = collaborators.buffer();
        this.live = collaborators.live();
        this.connection = collaborators.connection();
        this.events = collaborators.events();
        this.properties = collaborators.properties();
        this.calendar = collaborators.calendar();
    }

    /** The Spring beans a collector works with. */
    record Collaborators(
            RecordValidator validator,
            ProductionBuffer buffer,
            LiveSnapshot live,
            PlcConnectionState connection,
            ApplicationEventPublisher events,
            AmrsProperties properties,
            ShiftCalendar calendar) {}

    /** Polls once; never throws, so that the schedule goes on whatever happens. */
    void poll() {
        try {
            Optional<List<MachineReading>> readings = read();
            if (readings.isEmpty()) {
                buffer.flush();
                return;
            }
            buffer.add(records(readings.get()));
            buffer.flush();
            var timestamp =
                    readings.get().isEmpty() ? null : readings.get().getFirst().timestamp();
            if (timestamp != null) {
                events.publishEvent(new ProductionPolled(timestamp, live.machines()));
            }
        } catch (RuntimeException e) {
            log.error("Poll failed", e);
        }
    }

    private Optional<List<MachineReading>> read() {
        try {
            List<MachineReading> readings = retry.executeCallable(plc::readAll);
            if (!connection.connected()) {
                log.info("Reading {} machines from the PLC", readings.size());
            }
            connection.connected(true);
            return Optional.of(readings);
        } catch (Exception e) {
            connection.connected(false);
            log.warn(
                    "PLC unreachable after {} attempts, trying again next poll: {}",
                    retry.getRetryConfig().getMaxAttempts(),
                    e.getMessage());
            return Optional.empty();
        }
    }

    private List<NewRecord> records(List<MachineReading> readings) {
        List<NewRecord> batch = new ArrayList<>(readings.size());
        List<String> fixes = new ArrayList<>();
        for (MachineReading reading : readings) {
            if (reading.totalCount() == null && reading.state() == null && reading.downtimeSeconds() == null) {
                log.warn("Machine {} delivered no values; browsing the plant again next poll", reading.machineId());
                plc.close();
                continue;
            }
            Optional<CounterTracker.Delta> delta = tracker.next(reading);
            if (delta.isEmpty()) {
                String state = reading.state() == null
                        ? RecordValidator.MISSING_STATE.name()
                        : reading.state().name();
                live.observe(reading.machineId(), state, calendar.slotOf(reading.timestamp()), reading.timestamp());
                continue;
            }
            ValidationResult result =
                    validator.validate(delta.get().sample(), delta.get().interval());
            fixes.addAll(ValidationLogLine.lines(result));
            live.add(result.record());
            batch.add(new NewRecord(result.record(), delta.get().interval(), idealCycle(reading), result.fixes()));
        }
        validationLog.append(fixes);
        log.debug("Polled {} machines: {} records, {} fixes", readings.size(), batch.size(), fixes.size());
        return batch;
    }

    private double idealCycle(MachineReading reading) {
        Double fromPlc = reading.idealCycleTimeSeconds();
        if (fromPlc != null && Double.isFinite(fromPlc) && fromPlc >= 0) {
            return fromPlc;
        }
        return properties.idealCycleTimeSeconds(reading.machineId()).orElse(0.0);
    }
}
