package com.amrs.api.collector;

import com.amrs.api.live.LiveSnapshot;
import com.amrs.core.shift.ShiftCalendar;
import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/** Starts one poller per PLC, after loading today's live totals from the database; stops them all. */
class CollectorLifecycle implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(CollectorLifecycle.class);

    private final List<PlcPoller> pollers;
    private final ProductionCollector collector;
    private final LiveSnapshot live;
    private final ShiftCalendar calendar;
    private final Clock clock;
    private volatile boolean running;

    CollectorLifecycle(
            List<PlcPoller> pollers,
            ProductionCollector collector,
            LiveSnapshot live,
            ShiftCalendar calendar,
            Clock clock) {
        this.pollers = pollers;
        this.collector = collector;
        this.live = live;
        this.calendar = calendar;
        this.clock = clock;
    }

    @Override
    public void start() {
        try {
            live.load(calendar.slotOf(clock.instant()).productionDate());
        } catch (RuntimeException e) {
            log.warn("Could not load today's totals, the live view starts from zero: {}", e.getMessage());
        }
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
