package com.amrs.api.retention;

import com.amrs.core.shift.ProductionWindow;
import com.amrs.core.shift.ShiftCalendar;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code live_production}'s monthly partitions (DESIGN.md §18): at the start and every six hours makes
 * this month's and the next {@value #MONTHS_AHEAD} (without them a month's records would land in the default
 * partition, which retention never drops), and drops the months whose every production date lies more than
 * {@code amrs.retention.raw-days} before today, with the validation events of that age. The rollups stay.
 */
@Component
class RawPartitions implements SmartLifecycle {

    static final int MONTHS_AHEAD = 2;
    private static final int PRUNE_BATCH = 10_000;
    private static final Logger log = LoggerFactory.getLogger(RawPartitions.class);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ShiftCalendar calendar;
    private final int rawDays;
    private ScheduledExecutorService executor;

    RawPartitions(JdbcClient jdbc, Clock clock, ShiftCalendar calendar, RetentionProperties retention) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.calendar = calendar;
        this.rawDays = retention.rawDays();
    }

    void addComingMonths() {
        try {
            String waiting = jdbc.sql("select live_production_add_partitions(?)")
                    .param(MONTHS_AHEAD)
                    .query(String.class)
                    .single();
            if (!waiting.isEmpty()) {
                log.warn("No partition made for {}: their rows wait in live_production_default", waiting);
            }
        } catch (RuntimeException e) {
            log.warn(
                    "Could not prepare the coming months' partitions of live_production; trying again later: {}",
                    e.getMessage());
        }
    }

    /** Drops what is older than the retention; returns the names of the partitions dropped. */
    String dropOldMonths() {
        LocalDate keepFrom = ProductionWindow.lastDays(1, clock, calendar).to().minusDays(rawDays);
        try {
            String dropped = jdbc.sql("select live_production_drop_partitions(?)")
                    .param(keepFrom)
                    .query(String.class)
                    .single();
            if (!dropped.isEmpty()) {
                log.info("Dropped the raw records of {} (amrs.retention.raw-days = {})", dropped, rawDays);
            }
            return dropped;
        } catch (RuntimeException e) {
            log.warn("Could not drop the raw records older than {}; trying again later: {}", keepFrom, e.getMessage());
            return "";
        }
    }

    /** Deletes the validation events older than the retention, in batches so that no transaction grows large. */
    long pruneValidationEvents() {
        var before = Timestamp.from(clock.instant().minus(Duration.ofDays(rawDays)));
        long total = 0;
        try {
            int deleted;
            do {
                deleted = jdbc.sql("""
                                delete from validation_events
                                where id in (select id from validation_events where occurred_at < ? limit ?)""").params(before, PRUNE_BATCH).update();
                total += deleted;
            } while (deleted == PRUNE_BATCH);
        } catch (RuntimeException e) {
            log.warn(
                    "Could not delete the validation events before {}; trying again later: {}", before, e.getMessage());
        }
        return total;
    }

    @Override
    public void start() {
        executor = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("raw-partitions").daemon().factory());
        executor.scheduleWithFixedDelay(
                () -> {
                    addComingMonths();
                    dropOldMonths();
                    pruneValidationEvents();
                },
                0,
                6,
                TimeUnit.HOURS);
    }

    @Override
    public void stop() {
        if (executor != null) {
            executor.shutdownNow();
            executor = null;
        }
    }

    @Override
    public boolean isRunning() {
        return executor != null;
    }
}
