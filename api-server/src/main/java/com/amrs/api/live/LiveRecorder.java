package com.amrs.api.live;

import com.amrs.api.collector.ProductionRecorded;
import com.amrs.api.collector.ProductionRecorded.MachineSeen;
import com.amrs.api.production.ManualRecordStored;
import com.amrs.api.production.NewRecord;
import com.amrs.api.system.ProductionDays;
import com.amrs.core.validation.RecordValidator;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Counts every stored poll into the live view, then publishes {@link ProductionPolled} for the stream;
 * counts a record posted for today too.
 */
@Component
class LiveRecorder {

    private final LiveSnapshot live;
    private final ProductionDays productionDays;
    private final ApplicationEventPublisher events;

    LiveRecorder(LiveSnapshot live, ProductionDays productionDays, ApplicationEventPublisher events) {
        this.live = live;
        this.productionDays = productionDays;
        this.events = events;
    }

    @EventListener
    void on(ProductionRecorded recorded) {
        for (MachineSeen machine : recorded.seen()) {
            String state = machine.state() == null ? RecordValidator.MISSING_STATE.name() : machine.state();
            live.observe(machine.machineId(), state, machine.slot(), recorded.timestamp());
        }
        for (NewRecord record : recorded.records()) {
            live.add(record.record());
        }
        events.publishEvent(new ProductionPolled(recorded.timestamp(), live.machines()));
    }

    /** A record of today's stored through {@code POST /api/production} counts at once. */
    @EventListener
    void on(ManualRecordStored stored) {
        live.addStored(stored.record(), productionDays.today());
    }
}
