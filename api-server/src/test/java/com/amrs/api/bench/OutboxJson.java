package com.amrs.api.bench;

import com.amrs.api.production.NewRecord;
import com.amrs.core.production.ProductionRecord;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * A record as the edge's outbox trigger writes it, {@code (to_jsonb(row) - 'id')::text}: the keys in jsonb's
 * order (shortest first), {@code ": "} and {@code ", "} between them, timestamps with microseconds and an offset;
 * read back as the central site reads it, {@link com.amrs.api.plants.PublishedRecord}.
 */
final class OutboxJson {

    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSxxx");

    private OutboxJson() {}

    static String of(NewRecord newRecord, String plant, Instant createdAt) {
        ProductionRecord record = newRecord.record();
        return new StringBuilder(400)
                .append("{\"shift\": \"")
                .append(record.shift())
                .append("\", \"state\": \"")
                .append(record.state().name())
                .append("\", \"source\": \"")
                .append(record.source())
                .append("\", \"plant_id\": \"")
                .append(plant)
                .append("\", \"created_at\": \"")
                .append(timestamp(createdAt))
                .append("\", \"machine_id\": \"")
                .append(record.machineId())
                .append("\", \"recorded_at\": \"")
                .append(timestamp(record.timestamp()))
                .append("\", \"downtime_min\": ")
                .append(record.downtimeMin())
                .append(", \"interval_sec\": ")
                .append(newRecord.intervalSeconds())
                .append(", \"units_produced\": ")
                .append(record.unitsProduced())
                .append(", \"defective_units\": ")
                .append(record.defectiveUnits())
                .append(", \"ideal_cycle_sec\": ")
                .append(newRecord.idealCycleSeconds())
                .append(", \"production_date\": \"")
                .append(record.productionDate())
                .append("\"}")
                .toString();
    }

    private static String timestamp(Instant instant) {
        return TIMESTAMP.format(instant.atOffset(ZoneOffset.UTC));
    }
}
