package com.amrs.api.production;

import com.amrs.api.production.ProductionViews.StoredProduction;
import com.amrs.api.system.AmrsProperties;
import com.amrs.api.system.ApiException;
import com.amrs.core.production.ProductionRecord;
import com.amrs.core.production.ProductionSample;
import com.amrs.core.shift.ShiftCalendar;
import com.amrs.core.validation.RecordValidator;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;

/**
 * Stores a record sent to {@code POST /api/production}. It covers its whole shift: its planned
 * time is the shift's length and it is stamped with the shift's start, so a second record for the
 * same machine and shift is a duplicate (409). The ideal cycle time comes from the machine
 * catalogue (0 when the machine is not catalogued). Valid records only: nothing is repaired.
 */
@Service
class ManualRecordService {

    private static final Logger log = LoggerFactory.getLogger(ManualRecordService.class);

    private final ProductionStore store;
    private final ProductionQueries queries;
    private final ShiftCalendar calendar;
    private final AmrsProperties properties;
    private final ApplicationEventPublisher events;

    ManualRecordService(
            ProductionStore store,
            ProductionQueries queries,
            ShiftCalendar calendar,
            AmrsProperties properties,
            ApplicationEventPublisher events) {
        this.store = store;
        this.queries = queries;
        this.calendar = calendar;
        this.properties = properties;
        this.events = events;
    }

    StoredProduction create(ProductionRequest request) {
        if (queries.exists(request.machineId(), request.productionDate(), request.shift(), ProductionRequest.SOURCE)) {
            throw duplicate(request);
        }
        Instant shiftStart = calendar.start(request.productionDate(), request.shift());
        Duration shiftLength = calendar.length(request.productionDate(), request.shift());
        ProductionSample sample = request.toSample(RecordValidator.MISSING_STATE, shiftStart);
        var record = new ProductionRecord(
                sample.machineId(),
                sample.productionDate(),
                sample.shift(),
                sample.unitsProduced(),
                sample.defectiveUnits(),
                sample.downtimeMin(),
                sample.state(),
                sample.source(),
                sample.timestamp());
        double idealCycle = properties.idealCycleTimeSeconds(record.machineId()).orElse(0.0);
        long id;
        try {
            id = store.storeOne(new NewRecord(record, shiftLength, idealCycle, List.of()));
        } catch (DataIntegrityViolationException e) {
            throw duplicate(request);
        }
        events.publishEvent(new ManualRecordStored(record));
        log.info(
                "Stored manual record {} for {} {} shift {}",
                id,
                record.machineId(),
                record.productionDate(),
                record.shift());
        return queries.findById(id).orElseThrow();
    }

    private static ApiException duplicate(ProductionRequest request) {
        return ApiException.duplicateRecord(request.machineId(), request.productionDate(), request.shift());
    }
}
