package com.amrs.api.collector;

import com.amrs.api.plc.PlcConnectException;
import com.amrs.api.plc.PlcPoll;
import com.amrs.api.plc.PlcSession;
import com.amrs.api.plc.PlcState;
import com.amrs.api.plc.PlcStatuses;
import com.amrs.api.production.CounterBaselineRow;
import com.amrs.api.production.CounterBaselineStore;
import com.amrs.api.production.StopWrite;
import io.github.resilience4j.retry.Retry;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polls one PLC on its own thread at a fixed rate: poll n starts at start + n × interval. A poll that
 * overruns skips the ticks it missed (counted in {@code amrs_poll_skipped_total}) instead of running
 * them back to back, so the cadence holds and a slow or dead PLC delays no other.
 */
class PlcPoller {

    private static final Logger log = LoggerFactory.getLogger(PlcPoller.class);

    private final PlcSession session;
    private final Retry retry;
    private final ProductionCollector collector;
    private final PlcStatuses statuses;
    private final CounterTracker tracker;
    private final StopTracker stops;
    private final long periodNanos;
    private final Timer duration;
    private final Counter skipped;
    private final Counter errors;
    private ScheduledExecutorService executor;
    private long nextTick;
    private PlcState lastState = PlcState.CONNECTING;

    PlcPoller(
            PlcSession session,
            Retry retry,
            ProductionCollector collector,
            PlcStatuses statuses,
            CounterTracker tracker,
            StopTracker stops,
            MeterRegistry registry) {
        this.session = session;
        this.retry = retry;
        this.collector = collector;
        this.statuses = statuses;
        this.tracker = tracker;
        this.stops = stops;
        Duration interval = session.plc().pollInterval();
        this.periodNanos = interval.toNanos();
        String plc = session.plc().name();
        this.duration = Timer.builder("amrs.poll.duration")
                .tag("plc", plc)
                .description("Time to read a PLC once")
                .register(registry);
        this.skipped = Counter.builder("amrs.poll.skipped")
                .tag("plc", plc)
                .description("Poll ticks skipped because the poll before overran")
                .register(registry);
        this.errors = Counter.builder("amrs.poll.errors")
                .tag("plc", plc)
                .description("Polls that read nothing")
                .register(registry);
        statuses.register(session.plc());
    }

    /** Counts on from the counter baselines stored before the api-server stopped (none: first poll is a baseline). */
    void restore(CounterBaselineStore baselines) {
        try {
            List<CounterBaselineRow> rows = baselines.forPlc(session.plc().name());
            tracker.restore(rows);
            if (!rows.isEmpty()) {
                log.info(
                        "PLC {}: counting on from the stored counters of {} machines",
                        session.plc().name(),
                        rows.size());
            }
        } catch (RuntimeException e) {
            log.warn(
                    "PLC {}: cannot read the stored counters, the first poll sets the baseline: {}",
                    session.plc().name(),
                    e.getMessage());
        }
    }

    /** Continues the stops left open when the api-server stopped (those of other PLCs' machines never come). */
    void restoreStops(List<StopWrite> open) {
        stops.restore(open);
    }

    void start() {
        executor = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("plc-" + session.plc().name()).daemon().factory());
        nextTick = System.nanoTime();
        executor.execute(this::tick);
        log.info(
                "Polling PLC {} at {} every {} ms",
                session.plc().name(),
                session.plc().url(),
                periodNanos / 1_000_000);
    }

    void stop() throws InterruptedException {
        executor.shutdownNow();
        if (!executor.awaitTermination(10, TimeUnit.SECONDS)) {
            log.warn(
                    "The poller of PLC {} did not stop within 10 s",
                    session.plc().name());
        }
        session.close();
    }

    private void tick() {
        poll();
        long now = System.nanoTime();
        nextTick += periodNanos;
        if (now - nextTick > 0) {
            long missed = (now - nextTick) / periodNanos + 1;
            skipped.increment(missed);
            nextTick += missed * periodNanos;
        }
        if (!executor.isShutdown()) {
            executor.schedule(this::tick, nextTick - now, TimeUnit.NANOSECONDS);
        }
    }

    private void poll() {
        PlcPoll poll;
        try {
            long started = System.nanoTime();
            poll = retry.executeCallable(session::read);
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            duration.record(took);
            statuses.polled(poll, took);
        } catch (PlcConnectException e) {
            failed(e);
            return;
        } catch (Exception e) {
            failed(new PlcConnectException(PlcState.UNREACHABLE, String.valueOf(e.getMessage()), e));
            return;
        }
        if (lastState != PlcState.CONNECTED) {
            log.info("Reading {} machines from PLC {}", poll.machines().size(), poll.plc());
            lastState = PlcState.CONNECTED;
        }
        try {
            collector.collect(poll, tracker, stops);
        } catch (RuntimeException e) {
            log.error("Storing the poll of PLC {} failed", poll.plc(), e);
        }
    }

    private void failed(PlcConnectException e) {
        errors.increment();
        statuses.failed(session.plc().name(), e);
        if (lastState != e.state()) {
            log.warn(
                    "PLC {} is {}: {}; trying again every poll",
                    session.plc().name(),
                    e.state().json(),
                    e.getMessage());
            lastState = e.state();
        }
    }
}
