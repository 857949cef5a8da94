package com.amrs.api.retention;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code live_production}'s monthly partitions (DESIGN.md §18) ready for this month and the next {@value
 * #MONTHS_AHEAD}: at the start and every six hours, by the database function the migration made. Without it a
 * month's records would land in the default partition, which retention never drops.
 */
@Component
class RawPartitions implements SmartLifecycle {

    static final int MONTHS_AHEAD = 2;
    private static final Logger log = LoggerFactory.getLogger(RawPartitions.class);

    private final JdbcClient jdbc;
    private ScheduledExecutorService executor;

    RawPartitions(JdbcClient jdbc) {
        this.jdbc = jdbc;
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

    @Override
    public void start() {
        executor = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("raw-partitions").daemon().factory());
        executor.scheduleWithFixedDelay(this::addComingMonths, 0, 6, TimeUnit.HOURS);
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
