package com.amrs.api.production;

import com.amrs.api.system.AmrsProperties;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/**
 * Records on their way to the database. Each poll's batch is written in one transaction; while
 * the database is away, batches wait here, oldest first, up to {@code amrs.api.buffer-capacity}
 * records. Beyond that the oldest records are dropped, logged at ERROR and counted in {@code
 * amrs.collector.buffer.dropped}; nothing within the bound is lost.
 */
@Component
public class ProductionBuffer {

    private static final Logger log = LoggerFactory.getLogger(ProductionBuffer.class);
    /** A backlog is written several polls per transaction, up to about this many records. */
    private static final int BACKLOG_CHUNK = 5_000;

    private final ProductionStore store;
    private final int capacity;
    private final Deque<Batch> batches = new ArrayDeque<>();
    private final Counter dropped;
    private final Counter stored;
    private volatile int size;
    private volatile boolean databaseAvailable = true;

    ProductionBuffer(ProductionStore store, AmrsProperties properties, MeterRegistry registry) {
        this.store = store;
        this.capacity = properties.api().bufferCapacity();
        this.dropped = Counter.builder("amrs.collector.buffer.dropped")
                .description("Records dropped because the buffer was full while the database was away")
                .register(registry);
        this.stored = Counter.builder("amrs.collector.records.stored").register(registry);
        Gauge.builder("amrs.collector.buffer.size", this, ProductionBuffer::size)
                .description("Records waiting for the database")
                .register(registry);
    }

    /** One poll's records and the counter baselines they were counted to. */
    private record Batch(List<NewRecord> records, List<CounterBaselineRow> baselines) {}

    /** Queues one poll's records, dropping the oldest records beyond the capacity. */
    public void add(List<NewRecord> records) {
        add(records, List.of());
    }

    /**
     * Queues one poll's records with the counter baselines they were counted to, which are stored in
     * the same transaction; drops the oldest records beyond the capacity.
     */
    public synchronized void add(List<NewRecord> records, List<CounterBaselineRow> baselines) {
        if (records.isEmpty() && baselines.isEmpty()) {
            return;
        }
        batches.addLast(new Batch(List.copyOf(records), List.copyOf(baselines)));
        size += records.size();
        int excess = size - capacity;
        if (excess > 0) {
            dropOldest(excess);
        }
    }

    /**
     * Writes the waiting batches, oldest first, until the buffer is empty or the database fails.
     *
     * @return the records taken out of the buffer (written, or refused by the database)
     */
    public synchronized int flush() {
        int written = 0;
        while (!batches.isEmpty()) {
            List<Batch> chunk = nextChunk();
            List<NewRecord> records =
                    chunk.stream().flatMap(batch -> batch.records().stream()).toList();
            List<CounterBaselineRow> baselines =
                    chunk.stream().flatMap(batch -> batch.baselines().stream()).toList();
            if (!write(records, baselines)) {
                return written;
            }
            chunk.forEach(batch -> batches.pollFirst());
            size -= records.size();
            written += records.size();
        }
        return written;
    }

    public int size() {
        return size;
    }

    /** False after a write failed, true again after one succeeded. */
    public boolean databaseAvailable() {
        return databaseAvailable;
    }

    private List<Batch> nextChunk() {
        List<Batch> chunk = new ArrayList<>();
        int records = 0;
        for (Batch batch : batches) {
            if (!chunk.isEmpty() && records + batch.records().size() > BACKLOG_CHUNK) {
                break;
            }
            chunk.add(batch);
            records += batch.records().size();
        }
        return chunk;
    }

    private boolean write(List<NewRecord> records, List<CounterBaselineRow> baselines) {
        try {
            try {
                store.store(records, baselines);
            } catch (DataIntegrityViolationException duplicate) {
                log.warn("Some of {} records were already stored; storing the rest", records.size());
                store.storeMissing(records, baselines);
            }
            if (!databaseAvailable) {
                log.info("Database is back; writing {} buffered records", size);
            }
            databaseAvailable = true;
            stored.increment(records.size());
            return true;
        } catch (DataIntegrityViolationException rejected) {
            log.error("The database refused {} records; dropping them", records.size(), rejected);
            dropped.increment(records.size());
            return true;
        } catch (RuntimeException e) {
            if (databaseAvailable) {
                log.warn("Database unavailable, buffering records in memory: {}", e.getMessage());
            }
            databaseAvailable = false;
            return false;
        }
    }

    private void dropOldest(int excess) {
        int left = excess;
        while (left > 0) {
            Batch oldest = batches.pollFirst();
            if (oldest.records().size() > left) {
                batches.addFirst(new Batch(
                        oldest.records().subList(left, oldest.records().size()), oldest.baselines()));
                left = 0;
            } else {
                left -= oldest.records().size();
            }
        }
        size -= excess;
        dropped.increment(excess);
        log.error(
                "Record buffer full ({} records) while the database is away: dropped the {} oldest records",
                capacity,
                excess);
    }
}
