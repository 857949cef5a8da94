package com.amrs.simulator.machine;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/** Ticks the fleet once per tick length on its own thread and logs a summary at most every 10 s. */
final class FleetTicker implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(FleetTicker.class);
    private static final Duration SUMMARY_INTERVAL = Duration.ofSeconds(10);

    private final MachineFleet fleet;
    private final long ticksPerSummary;
    private ScheduledExecutorService executor;
    private long ticks;

    FleetTicker(MachineFleet fleet) {
        this.fleet = fleet;
        this.ticksPerSummary = Math.max(1, ceilDiv(SUMMARY_INTERVAL, fleet.tickLength()));
    }

    @Override
    public void start() {
        executor = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("machine-ticker").daemon().factory());
        long period = fleet.tickLength().toNanos();
        executor.scheduleAtFixedRate(this::tick, period, period, TimeUnit.NANOSECONDS);
        log.info(
                "Simulating {} machines, one tick of {} ms",
                fleet.machines().size(),
                fleet.tickLength().toMillis());
    }

    private void tick() {
        try {
            fleet.tick();
            if (++ticks % ticksPerSummary == 0) {
                log.info("{}", fleet.summary());
            }
        } catch (RuntimeException e) {
            // scheduleAtFixedRate would silently stop ticking after an exception
            log.error("Tick failed", e);
        }
    }

    @Override
    public void stop() {
        executor.shutdownNow();
        try {
            if (!executor.awaitTermination(5, TimeUnit.SECONDS)) {
                log.warn("Machine ticker did not stop within 5 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return executor != null && !executor.isShutdown();
    }

    private static long ceilDiv(Duration dividend, Duration divisor) {
        return Math.ceilDiv(dividend.toNanos(), divisor.toNanos());
    }
}
