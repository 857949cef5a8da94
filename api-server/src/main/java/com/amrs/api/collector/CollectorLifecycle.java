package com.amrs.api.collector;

import java.util.List;
import org.springframework.context.SmartLifecycle;

/** Starts one poller per PLC; stops them all, then writes what the buffer still holds. */
class CollectorLifecycle implements SmartLifecycle {

    private final List<PlcPoller> pollers;
    private final ProductionCollector collector;
    private volatile boolean running;

    CollectorLifecycle(List<PlcPoller> pollers, ProductionCollector collector) {
        this.pollers = pollers;
        this.collector = collector;
    }

    @Override
    public void start() {
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
