package com.amrs.api.collector;

import com.amrs.api.production.CounterBaselineStore;
import java.util.List;
import org.springframework.context.SmartLifecycle;

/**
 * Writes what the spool kept from before the start, then starts one poller per PLC, each counting on
 * from its stored counter baselines; stops them all, then
 * writes what the buffer still holds.
 */
class CollectorLifecycle implements SmartLifecycle {

    private final List<PlcPoller> pollers;
    private final ProductionCollector collector;
    private final CounterBaselineStore baselines;
    private volatile boolean running;

    CollectorLifecycle(List<PlcPoller> pollers, ProductionCollector collector, CounterBaselineStore baselines) {
        this.pollers = pollers;
        this.collector = collector;
        this.baselines = baselines;
    }

    @Override
    public void start() {
        collector.started();
        pollers.forEach(poller -> poller.restore(baselines));
        pollers.forEach(PlcPoller::start);
        running = true;
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
