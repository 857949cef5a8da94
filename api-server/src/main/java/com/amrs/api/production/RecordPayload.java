package com.amrs.api.production;

import com.amrs.core.machine.MachineState;
import com.amrs.core.production.ProductionRecord;
import com.amrs.core.validation.ValidationFix;
import com.amrs.core.validation.ValidationRule;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;

/**
 * A record as the spool and {@code rejected_records.payload} hold it: the {@code live_production}
 * columns (snake_case in JSON) and the validation fixes made to it.
 */
record RecordPayload(
        String machineId,
        LocalDate productionDate,
        String shift,
        long unitsProduced,
        long defectiveUnits,
        double downtimeMin,
        String state,
        String source,
        Instant recordedAt,
        long intervalNanos,
        double idealCycleSec,
        List<Fix> fixes) {

    /** The JSON of the spool and of {@code rejected_records.payload}. */
    static final JsonMapper JSON = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .build();

    record Fix(String rule, String field, String oldValue, String newValue) {}

    static RecordPayload of(NewRecord newRecord) {
        ProductionRecord record = newRecord.record();
        return new RecordPayload(
                record.machineId(),
                record.productionDate(),
                record.shift(),
                record.unitsProduced(),
                record.defectiveUnits(),
                record.downtimeMin(),
                record.state().name(),
                record.source(),
                record.timestamp(),
                newRecord.interval().toNanos(),
                newRecord.idealCycleSeconds(),
                newRecord.fixes().stream()
                        .map(fix -> new Fix(fix.rule().code(), fix.field(), fix.oldValue(), fix.newValue()))
                        .toList());
    }

    NewRecord toNewRecord() {
        return new NewRecord(
                new ProductionRecord(
                        machineId,
                        productionDate,
                        shift,
                        unitsProduced,
                        defectiveUnits,
                        downtimeMin,
                        MachineState.valueOf(state),
                        source,
                        recordedAt),
                Duration.ofNanos(intervalNanos),
                idealCycleSec,
                fixes.stream()
                        .map(fix -> new ValidationFix(
                                ValidationRule.valueOf(fix.rule().toUpperCase(Locale.ROOT)),
                                fix.field(),
                                fix.oldValue(),
                                fix.newValue()))
                        .toList());
    }
}
