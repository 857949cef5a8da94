package com.amrs.api.live;

import com.amrs.api.system.ConditionalOnPlantMode;
import com.amrs.api.system.PlantMode;
import com.amrs.core.shift.ShiftCalendar;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/** Loads today's totals from the database into the live view at start-up, before the first poll. */
@Component
@ConditionalOnPlantMode({PlantMode.PLANT, PlantMode.EDGE})
class LiveSnapshotLoader implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(LiveSnapshotLoader.class);

    private final LiveSnapshot live;
    private final ShiftCalendar calendar;
    private final Clock clock;
    private volatile boolean running;

    LiveSnapshotLoader(LiveSnapshot live, ShiftCalendar calendar, Clock clock) {
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
        running = true;
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Before the collector's pollers start. */
    @Override
    public int getPhase() {
        return DEFAULT_PHASE - 1_000;
    }
}
