package com.amrs.api.production;

import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes records and their validation events through JPA in JDBC batches: sequence ids come 128
 * at a time, Hibernate groups 128 inserts per batch ({@code hibernate.jdbc.batch_size}, {@code
 * order_inserts}) and the driver rewrites each batch into one multi-row insert ({@code
 * reWriteBatchedInserts}). The statement trigger on {@code live_production} keeps the rollup up to
 * date, once per statement.
 */
@Repository
public class ProductionStore {

    private static final int FLUSH_EVERY = 1_000;

    private final EntityManager entityManager;
    private final JdbcClient jdbc;
    private final CounterBaselineStore baselines;
    private final Clock clock;

    ProductionStore(EntityManager entityManager, JdbcClient jdbc, CounterBaselineStore baselines, Clock clock) {
        this.entityManager = entityManager;
        this.jdbc = jdbc;
        this.baselines = baselines;
        this.clock = clock;
    }

    /** Stores all records, or none of them: one transaction. */
    @Transactional
    public void store(List<NewRecord> records) {
        store(records, List.of());
    }

    /** Stores all records and the counter baselines they were counted to, or nothing: one transaction. */
    @Transactional
    public void store(List<NewRecord> records, List<CounterBaselineRow> counterBaselines) {
        writeRecords(records);
        baselines.upsert(counterBaselines);
    }

    private void writeRecords(List<NewRecord> records) {
        Instant now = clock.instant();
        int pending = 0;
        for (NewRecord newRecord : records) {
            entityManager.persist(ProductionEntity.of(newRecord, now));
            for (var fix : newRecord.fixes()) {
                entityManager.persist(ValidationEventEntity.of(newRecord.record(), fix));
            }
            pending += 1 + newRecord.fixes().size();
            if (pending >= FLUSH_EVERY) {
                flushAndClear();
                pending = 0;
            }
        }
        flushAndClear();
    }

    /** Stores one record and returns its id. */
    @Transactional
    public long storeOne(NewRecord newRecord) {
        var entity = ProductionEntity.of(newRecord, clock.instant());
        entityManager.persist(entity);
        for (var fix : newRecord.fixes()) {
            entityManager.persist(ValidationEventEntity.of(newRecord.record(), fix));
        }
        entityManager.flush();
        return entity.id();
    }

    /**
     * Stores those of the records that are not in the table yet (same machine, instant and
     * source): for a batch whose commit may have succeeded although its answer was lost.
     *
     * @return how many records were stored
     */
    @Transactional
    public int storeMissing(List<NewRecord> records, List<CounterBaselineRow> counterBaselines) {
        baselines.upsert(counterBaselines);
        if (records.isEmpty()) {
            return 0;
        }
        Set<String> stored = storedKeys(records);
        List<NewRecord> missing = records.stream()
                .filter(newRecord -> !stored.contains(key(
                        newRecord.record().machineId(),
                        newRecord.record().timestamp(),
                        newRecord.record().source())))
                .toList();
        writeRecords(missing);
        return missing.size();
    }

    private Set<String> storedKeys(List<NewRecord> records) {
        var timestamps =
                records.stream().map(r -> r.record().timestamp()).sorted().toList();
        var dates =
                records.stream().map(r -> r.record().productionDate()).sorted().toList();
        Set<String> keys = new HashSet<>();
        jdbc.sql("""
                        select machine_id, recorded_at, source from live_production
                        where production_date between ? and ? and recorded_at between ? and ?
                        """)
                .params(
                        dates.getFirst(),
                        dates.getLast(),
                        Timestamp.from(timestamps.getFirst()),
                        Timestamp.from(timestamps.getLast()))
                .query(rs -> {
                    keys.add(key(rs.getString(1), rs.getTimestamp(2).toInstant(), rs.getString(3)));
                });
        return keys;
    }

    private static String key(String machineId, Instant recordedAt, String source) {
        return machineId + '\n' + recordedAt + '\n' + source;
    }

    private void flushAndClear() {
        entityManager.flush();
        entityManager.clear();
    }
}
