package com.amrs.api.bench;

import com.amrs.api.production.NewRecord;
import com.amrs.core.production.ProductionRecord;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * The plain limit of a write: pgjdbc's COPY (text format) of records into {@code live_production}, the
 * columns the collector writes, the id from the sequence. {@code recorded_at} is moved on by a few
 * microseconds so that the natural key is new while the date, shift and quarter hour, hence the rollup
 * rows the triggers update, stay the same. One COPY is one statement and, in autocommit, one transaction.
 * {@link #forPlant} copies the records as a plant's ({@code plant_id}), as an edge's collector stores them.
 */
final class RecordCopy {

    private static final String COPY = "copy live_production (machine_id, production_date, shift, units_produced,"
            + " defective_units, downtime_min, state, source, created_at, recorded_at, interval_sec, ideal_cycle_sec)"
            + " from stdin";

    private final CopyManager copyApi;
    private final String plant;

    RecordCopy(Connection connection) throws SQLException {
        this(connection, null);
    }

    private RecordCopy(Connection connection, String plant) throws SQLException {
        this.copyApi = connection.unwrap(PGConnection.class).getCopyAPI();
        this.plant = plant;
    }

    /** COPYs the records with {@code plant_id} {@code plant}. */
    static RecordCopy forPlant(Connection connection, String plant) throws SQLException {
        return new RecordCopy(connection, plant);
    }

    /** COPYs the records, {@code laterMicros} later; returns the rows copied. */
    long copy(List<NewRecord> records, long laterMicros) throws SQLException {
        String createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS).toString();
        StringBuilder text = new StringBuilder(records.size() * 128);
        for (NewRecord newRecord : records) {
            ProductionRecord record = newRecord.record();
            text.append(record.machineId())
                    .append('\t')
                    .append(record.productionDate())
                    .append('\t')
                    .append(record.shift())
                    .append('\t')
                    .append(record.unitsProduced())
                    .append('\t')
                    .append(record.defectiveUnits())
                    .append('\t')
                    .append(record.downtimeMin())
                    .append('\t')
                    .append(record.state().name())
                    .append('\t')
                    .append(record.source())
                    .append('\t')
                    .append(createdAt)
                    .append('\t')
                    .append(record.timestamp().truncatedTo(ChronoUnit.MICROS).plus(laterMicros, ChronoUnit.MICROS))
                    .append('\t')
                    .append(newRecord.intervalSeconds())
                    .append('\t')
                    .append(newRecord.idealCycleSeconds());
            if (plant != null) {
                text.append('\t').append(plant);
            }
            text.append('\n');
        }
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        var copyIn = copyApi.copyIn(plant == null ? COPY : COPY.replace(") from stdin", ", plant_id) from stdin"));
        try {
            copyIn.writeToCopy(bytes, 0, bytes.length);
            return copyIn.endCopy();
        } finally {
            if (copyIn.isActive()) {
                copyIn.cancelCopy();
            }
        }
    }
}
