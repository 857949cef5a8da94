package com.amrs.api.production;

import com.amrs.api.system.AmrsProperties;
import com.amrs.api.system.CollectorProperties;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes the collector's records, their validation fixes and counter baselines in one transaction, with
 * set-based inserts ({@link RecordInserts}), never a record twice. A batch the database refuses is split
 * until every good record is stored; each refused record goes to {@code rejected_records} with a
 * validation event (DESIGN.md §13). The write may take {@code
 * amrs.collector.write-timeout}: a hung database fails it, and the collector spools.
 */
@Repository
public class ProductionStore {

    private static final Logger log = LoggerFactory.getLogger(ProductionStore.class);
    private static final String KEEP_REJECTED = """
            insert into rejected_records (machine_id, payload, reason) values (?, cast(? as jsonb), ?)
            on conflict do nothing
            returning id
            """;
    private static final String REJECTED_EVENT = """
            insert into validation_events (occurred_at, machine_id, field, old_value, new_value, rule, source)
            values (?, left(?, 64), 'record', left(?, 255), ?, 'rejected', left(?, 32))
            """;

    private final EntityManager entityManager;
    private final JdbcTemplate jdbcTemplate;
    private final CounterBaselineStore baselines;
    private final MachineStopStore stops;
    private final Clock clock;
    private final Duration writeTimeout;
    private final TransactionTemplate transactions;
    private final String plant;

    ProductionStore(
            EntityManager entityManager,
            JdbcTemplate jdbcTemplate,
            TransactionTemplate transactions,
            CounterBaselineStore baselines,
            MachineStopStore stops,
            Clock clock,
            CollectorProperties collector,
            AmrsProperties properties) {
        this.entityManager = entityManager;
        this.jdbcTemplate = jdbcTemplate;
        this.transactions = transactions;
        this.baselines = baselines;
        this.stops = stops;
        this.clock = clock;
        this.writeTimeout = collector.writeTimeout();
        this.plant = properties.plant().id();
    }

    public StoreResult store(List<NewRecord> records) {
        return store(records, List.of(), List.of());
    }

    public StoreResult store(List<NewRecord> records, List<CounterBaselineRow> counterBaselines) {
        return store(records, counterBaselines, List.of());
    }

    /**
     * Stores the records, the counter baselines they were counted to and the stops of the same polls in one
     * transaction: first as one
     * plain insert, the common case of new and good records. A batch the database refuses, or that holds
     * records stored before (a spool replayed after a crash), is written again the careful way, in one
     * transaction too: the records stored before are skipped, and the batch is split until every good
     * record is stored and each refused one is kept in {@code rejected_records}.
     */
    public StoreResult store(
            List<NewRecord> records, List<CounterBaselineRow> counterBaselines, List<StopWrite> stopWrites) {
        try {
            return transactions.execute(status -> jdbcTemplate.execute((ConnectionCallback<StoreResult>) connection -> {
                begin(connection);
                RecordInserts.insertAll(connection, plant, records, clock.instant());
                baselines.upsert(counterBaselines);
                stops.upsert(plant, stopWrites);
                return new StoreResult(records.size(), 0, List.of());
            }));
        } catch (DataAccessException e) {
            if (!DatabaseFailures.isRefusal(e)) {
                throw e;
            }
            return transactions.execute(status -> storeCarefully(plant, records, counterBaselines, stopWrites));
        }
    }

    /**
     * Stores another plant's records the careful way, within the caller's transaction: a central site's
     * consumer (DESIGN.md §19), to which Kafka may deliver a record again.
     */
    public StoreResult storeFromPlant(String plantId, List<NewRecord> records) {
        return storeCarefully(plantId, records, List.of(), List.of());
    }

    private StoreResult storeCarefully(
            String plantId,
            List<NewRecord> records,
            List<CounterBaselineRow> counterBaselines,
            List<StopWrite> stopWrites) {
        return jdbcTemplate.execute((ConnectionCallback<StoreResult>) connection -> {
            begin(connection);
            List<RejectedRecord> rejected = new ArrayList<>();
            int stored = insertSplitting(connection, plantId, records, clock.instant(), rejected);
            for (RejectedRecord refused : rejected) {
                keep(connection, refused);
            }
            refusable(
                    connection,
                    () -> baselines.upsert(counterBaselines),
                    "the counter baselines of " + counterBaselines.size() + " machines");
            refusable(connection, () -> stops.upsert(plantId, stopWrites), stopWrites.size() + " stop changes");
            return new StoreResult(stored, records.size() - stored - rejected.size(), List.copyOf(rejected));
        });
    }

    /** Stores one record and returns its id; a duplicate is a {@code DataIntegrityViolationException}. */
    @Transactional
    public long storeOne(NewRecord newRecord) {
        var entity = ProductionEntity.of(plant, newRecord, clock.instant());
        entityManager.persist(entity);
        for (var fix : newRecord.fixes()) {
            entityManager.persist(ValidationEventEntity.of(newRecord.record(), fix));
        }
        entityManager.flush();
        return entity.id();
    }

    /** Limits the write's time and makes the staging tables of its session ({@link StagingTables}). */
    private void begin(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("set local statement_timeout = " + writeTimeout.toMillis() + ";" + StagingTables.CREATE);
        }
        connection.setNetworkTimeout(Runnable::run, Math.toIntExact(writeTimeout.toMillis() * 2));
    }

    private static int insertSplitting(
            Connection connection, String plantId, List<NewRecord> records, Instant now, List<RejectedRecord> rejected)
            throws SQLException {
        if (records.isEmpty()) {
            return 0;
        }
        Savepoint savepoint = connection.setSavepoint();
        try {
            int stored = RecordInserts.insertNew(connection, plantId, records, now);
            connection.releaseSavepoint(savepoint);
            return stored;
        } catch (SQLException e) {
            if (!DatabaseFailures.isRefusal(e)) {
                throw e;
            }
            connection.rollback(savepoint);
            if (records.size() == 1) {
                rejected.add(new RejectedRecord(records.getFirst(), DatabaseFailures.reason(e)));
                return 0;
            }
            int half = records.size() / 2;
            return insertSplitting(connection, plantId, records.subList(0, half), now, rejected)
                    + insertSplitting(connection, plantId, records.subList(half, records.size()), now, rejected);
        }
    }

    private static void keep(Connection connection, RejectedRecord refused) throws SQLException {
        var record = refused.record().record();
        String payload = RecordPayload.JSON.writeValueAsString(RecordPayload.of(refused.record()));
        Savepoint savepoint = connection.setSavepoint();
        try (PreparedStatement keep = connection.prepareStatement(KEEP_REJECTED)) {
            keep.setString(1, record.machineId());
            keep.setString(2, payload);
            keep.setString(3, refused.reason());
            try (ResultSet id = keep.executeQuery()) {
                if (id.next()) {
                    try (PreparedStatement event = connection.prepareStatement(REJECTED_EVENT)) {
                        event.setTimestamp(1, Timestamp.from(record.timestamp()));
                        event.setString(2, record.machineId());
                        event.setString(3, refused.reason());
                        event.setString(4, "rejected_records " + id.getLong(1));
                        event.setString(5, record.source());
                        event.executeUpdate();
                    }
                }
            }
            connection.releaseSavepoint(savepoint);
        } catch (SQLException e) {
            if (!DatabaseFailures.isRefusal(e)) {
                throw e;
            }
            connection.rollback(savepoint);
            log.error(
                    "The database refused a record and refused to keep it in rejected_records ({}): {}",
                    DatabaseFailures.reason(e),
                    payload);
        }
    }

    /**
     * Runs a write beside the records in a savepoint of their transaction: should the database refuse it,
     * it is logged and left out, and the records are stored all the same.
     */
    private static void refusable(Connection connection, Runnable write, String what) throws SQLException {
        Savepoint savepoint = connection.setSavepoint();
        try {
            write.run();
            connection.releaseSavepoint(savepoint);
        } catch (DataAccessException e) {
            if (!DatabaseFailures.isRefusal(e)) {
                throw e;
            }
            connection.rollback(savepoint);
            log.error("The database refused {}; the records are stored: {}", what, DatabaseFailures.reason(e));
        }
    }
}
