package com.amrs.api.production;

import com.amrs.api.system.AmrsProperties;
import com.amrs.api.system.CollectorProperties;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Records on their way to the database (DESIGN.md §13). Each poll's batch is written in one transaction
 * while the database takes it; while it is away, or slower than {@code amrs.collector.write-timeout},
 * batches go to the on-disk spool ({@link ProductionSpool}) and a background thread writes them back,
 * oldest first, every second. The spool survives a crash and is written first at the next start; writes
 * are idempotent, so a batch written twice counts once. Should the spool itself fail (disk full),
 * batches wait in memory, up to {@code amrs.api.buffer-capacity} records.
 */
@Component
public class ProductionBuffer {

    private static final Logger log = LoggerFactory.getLogger(ProductionBuffer.class);
    /** A backlog is written several polls per transaction, up to about this many records. */
    private static final int BACKLOG_CHUNK = 5_000;

    private final ProductionStore store;
    private final ProductionSpool spool;
    private final ApplicationEventPublisher events;
    private final int memoryCapacity;
    private final Deque<SpooledPoll> memory = new ArrayDeque<>();
    private final Object flushing = new Object();
    private final ScheduledExecutorService replay;
    private final Counter dropped;
    private final Counter stored;
    private final Counter rejected;
    private volatile int inMemory;
    private volatile boolean databaseAvailable = true;
    private volatile String lastFailure;

    ProductionBuffer(
            ProductionStore store,
            AmrsProperties properties,
            CollectorProperties collector,
            ApplicationEventPublisher events,
            MeterRegistry registry) {
        this.store = store;
        this.events = events;
        this.memoryCapacity = properties.api().bufferCapacity();
        this.spool = openSpool(collector);
        this.dropped = Counter.builder("amrs.collector.buffer.dropped")
                .description("Records dropped because the spool was full while the database was away")
                .register(registry);
        this.stored = Counter.builder("amrs.collector.records.stored").register(registry);
        this.rejected = Counter.builder("amrs.collector.records.rejected")
                .description("Records the database refused, kept in rejected_records")
                .register(registry);
        Gauge.builder("amrs.collector.buffer.size", this, ProductionBuffer::size)
                .description("Records waiting for the database")
                .register(registry);
        Gauge.builder("amrs.collector.spool.bytes", spool, ProductionSpool::bytes)
                .description("Bytes of the on-disk spool")
                .register(registry);
        this.replay = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("amrs-spool-replay").daemon().factory());
        replay.scheduleWithFixedDelay(this::replayBacklog, 1, 1, TimeUnit.SECONDS);
    }

    /** Queues one poll's records. */
    public void add(List<NewRecord> records) {
        add(records, List.of(), List.of());
    }

    /**
     * Stores one poll's records with the counter baselines they were counted to and the stops it saw, in
     * one transaction; or, while a backlog waits or the database fails, spools them for the background
     * writer.
     */
    public void add(List<NewRecord> records, List<CounterBaselineRow> baselines, List<StopWrite> stops) {
        if (records.isEmpty() && baselines.isEmpty() && stops.isEmpty()) {
            return;
        }
        if (size() == 0 && write(records, baselines, stops)) {
            return;
        }
        keep(SpooledPoll.of(records, baselines, stops));
    }

    /**
     * Writes the waiting batches, oldest first, until none waits or the database fails.
     *
     * @return the records taken out of the backlog (written, found written before, or rejected)
     */
    public int flush() {
        synchronized (flushing) {
            int written = 0;
            try {
                while (true) {
                    List<ProductionSpool.Entry> entries = spool.read(BACKLOG_CHUNK);
                    if (entries.isEmpty()) {
                        break;
                    }
                    List<SpooledPoll> polls =
                            entries.stream().map(ProductionSpool.Entry::poll).toList();
                    if (!write(polls)) {
                        return written;
                    }
                    spool.stored(entries);
                    written += polls.stream()
                            .mapToInt(poll -> poll.records().size())
                            .sum();
                }
            } catch (IOException | UncheckedIOException e) {
                log.error("Cannot read the spool; its records wait there: {}", e.toString());
            }
            return written + flushMemory();
        }
    }

    /** Records waiting for the database: in the spool and, should the spool fail, in memory. */
    public int size() {
        return (int) Math.min(Integer.MAX_VALUE, spool.records() + inMemory);
    }

    public long spoolBytes() {
        return spool.bytes();
    }

    /** False after a write failed, true again after one succeeded. */
    public boolean databaseAvailable() {
        return databaseAvailable;
    }

    @PreDestroy
    void close() throws IOException {
        replay.shutdownNow();
        spool.close();
    }

    private void replayBacklog() {
        if (size() > 0) {
            flush();
        }
    }

    private int flushMemory() {
        int written = 0;
        while (true) {
            SpooledPoll poll;
            synchronized (memory) {
                poll = memory.peekFirst();
            }
            if (poll == null || !write(List.of(poll))) {
                return written;
            }
            synchronized (memory) {
                memory.pollFirst();
                inMemory -= poll.records().size();
            }
            written += poll.records().size();
        }
    }

    private boolean write(List<SpooledPoll> polls) {
        return write(
                polls.stream().flatMap(poll -> poll.newRecords().stream()).toList(),
                polls.stream().flatMap(poll -> poll.baselines().stream()).toList(),
                polls.stream().flatMap(poll -> poll.stops().stream()).toList());
    }

    private boolean write(List<NewRecord> records, List<CounterBaselineRow> baselines, List<StopWrite> stops) {
        try {
            StoreResult result = store.store(records, baselines, stops);
            if (!databaseAvailable) {
                log.info("Database is back; writing the {} records that wait", size());
            }
            databaseAvailable = true;
            lastFailure = null;
            stored.increment(result.stored());
            if (result.alreadyStored() > 0) {
                log.info(
                        "{} records were stored before (a replay after a crash); not stored twice",
                        result.alreadyStored());
            }
            if (!result.rejected().isEmpty()) {
                rejected.increment(result.rejected().size());
                result.rejected()
                        .forEach(refused -> log.error(
                                "The database refused the record of {} at {} ({}); kept in rejected_records",
                                refused.record().record().machineId(),
                                refused.record().record().timestamp(),
                                refused.reason()));
                events.publishEvent(new RecordsRejected(result.rejected()));
            }
            return true;
        } catch (RuntimeException e) {
            failed(e);
            return false;
        }
    }

    private void failed(RuntimeException e) {
        String failure = e.getClass().getSimpleName() + ": " + DatabaseFailures.reason(e);
        if (DatabaseFailures.isOutage(e)) {
            if (databaseAvailable) {
                log.warn("Database unavailable, spooling records to disk: {}", failure);
            }
        } else if (!Objects.equals(failure, lastFailure)) {
            log.error("Cannot write records; they wait in the spool until this is fixed: {}", failure, e);
        }
        lastFailure = failure;
        databaseAvailable = false;
    }

    private void keep(SpooledPoll poll) {
        try {
            long lost = spool.append(poll);
            if (lost > 0) {
                dropped.increment(lost);
            }
        } catch (IOException | UncheckedIOException e) {
            log.error(
                    "Cannot write the spool ({}); keeping {} records in memory",
                    e.toString(),
                    poll.records().size());
            keepInMemory(poll);
        }
    }

    private void keepInMemory(SpooledPoll poll) {
        synchronized (memory) {
            memory.addLast(poll);
            inMemory += poll.records().size();
            int lost = 0;
            while (inMemory > memoryCapacity && memory.size() > 1) {
                SpooledPoll oldest = memory.pollFirst();
                inMemory -= oldest.records().size();
                lost += oldest.records().size();
            }
            if (lost > 0) {
                dropped.increment(lost);
                log.error(
                        "Record buffer full ({} records) with neither database nor spool: dropped the {} oldest",
                        memoryCapacity,
                        lost);
            }
        }
    }

    private static ProductionSpool openSpool(CollectorProperties collector) {
        try {
            return new ProductionSpool(
                    collector.spoolDir(), collector.spoolMaxBytes().toBytes(), RecordPayload.JSON);
        } catch (IOException | UncheckedIOException e) {
            throw new IllegalStateException(
                    "amrs.collector.spool-dir " + collector.spoolDir().toAbsolutePath() + " cannot be used: " + e, e);
        }
    }
}
