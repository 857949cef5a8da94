package com.amrs.api.collector;

import com.amrs.api.live.LiveSnapshot;
import com.amrs.api.production.ProductionBuffer;
import com.amrs.core.shift.ShiftCalendar;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Runs the collector on one thread with a fixed delay between polls, so a slow poll (retries, a
 * database away) never overlaps the next one. Loads today's live totals from the database first.
 */
class CollectorLifecycle implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(CollectorLifecycle.class);

    private final ProductionCollector collector;
    private final OpcUaPlc plc;
    private final ProductionBuffer buffer;
    private final LiveSnapshot live;
    private final ShiftCalendar calendar;
    private final Clock clock;
    private final Duration interval;
    private ScheduledExecutorService executor;

    CollectorLifecycle(
            ProductionCollector collector,
            OpcUaPlc plc,
            ProductionBuffer buffer,
            LiveSnapshot live,
            ShiftCalendar calendar,
            Clock clock,
            Duration interval) {
        this.collector = collector;
        this.plc = plc;
        this.buffer = buffer;
        this.live = live;
        this.calendar = calendar;
        this.clock = clock;
        this.interval = interval;
    }

    @Override
    public void start() {
        try {
            live.load(calendar.slotOf(clock.instant()).productionDate());
        } catch (RuntimeException e) {
            log.warn("Could not load today's totals, the live view starts from zero: {}", e.getMessage());
        }
        executor = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("opcua-collector").daemon().factory());
        executor.scheduleWithFixedDelay(collector::poll, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
        log.info("Collector polling every {} ms", interval.toMillis());
    }

    @Override
    public void stop() {
        executor.shutdownNow();
        try {
            if (!executor.awaitTermination(10, TimeUnit.SECONDS)) {
                log.warn("Collector did not stop within 10 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        plc.close();
        buffer.flush();
        int left = buffer.size();
        if (left > 0) {
            log.error("Stopping with {} records not written to the database", left);
        }
    }

    @Override
    public boolean isRunning() {
        return executor != null && !executor.isShutdown();
    }
}
