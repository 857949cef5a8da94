package com.amrs.api.plants;

import com.amrs.api.production.NewRecord;
import com.amrs.core.machine.MachineState;
import com.amrs.core.production.ProductionRecord;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;

/**
 * A message of {@code amrs.production}: the {@code live_production} row an edge stored, in snake_case JSON, as
 * its outbox trigger wrote it ({@code to_jsonb} of the row, without its id).
 */
public record PublishedRecord(
        String plantId,
        String machineId,
        LocalDate productionDate,
        String shift,
        long unitsProduced,
        long defectiveUnits,
        double downtimeMin,
        String state,
        String source,
        OffsetDateTime createdAt,
        OffsetDateTime recordedAt,
        double intervalSec,
        double idealCycleSec) {

    static final JsonMapper JSON = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .build();

    public static PublishedRecord parse(String payload) {
        return JSON.readValue(payload, PublishedRecord.class);
    }

    /** The record as the edge stored it, without its validation fixes: those stay at the plant. */
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
                        recordedAt.toInstant()),
                Duration.ofNanos(Math.round(intervalSec * 1e9)),
                idealCycleSec,
                List.of());
    }
}
