package com.amrs.api.collector;

import com.amrs.api.production.CounterBaselineStore;
import com.amrs.api.production.MachineStopStore;
import com.amrs.api.production.StopWrite;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Writes what the spool kept from before the start, then starts one poller per PLC, each counting on
 * from its stored counter baselines and continuing the stops left open; stops them all, then
 * writes what the buffer still holds.
 */
class CollectorLifecycle implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(CollectorLifecycle.class);

    private final List<PlcPoller> pollers;
    private final ProductionCollector collector;
    private final CounterBaselineStore baselines;
    private final MachineStopStore stops;
    private volatile boolean running;

    CollectorLifecycle(
            List<PlcPoller> pollers,
            ProductionCollector collector,
            CounterBaselineStore baselines,
            MachineStopStore stops) {
        this.pollers = pollers;
        this.collector = collector;
        this.baselines = baselines;
        this.stops = stops;
    }

    @Override
    public void start() {
        collector.started();
        pollers.forEach(poller -> poller.restore(baselines));
        List<StopWrite> openStops = openStops();
        pollers.forEach(poller -> poller.restoreStops(openStops));
        pollers.forEach(PlcPoller::start);
        running = true;
    }

    private List<StopWrite> openStops() {
        try {
            return stops.open();
        } catch (RuntimeException e) {
            log.warn("Cannot read the open stops; a machine still stopped starts a new one: {}", e.getMessage());
            return List.of();
        }
    }

    @Override
    public void stop() {
        running = false;
        for (PlcPoller poller : pollers) {
            try {
                poller.stop();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        collector.stopped();
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
