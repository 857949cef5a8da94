package com.amrs.api.kpi;

import com.amrs.api.plc.PlcStatuses;
import com.amrs.core.shift.ProductionWindow;
import com.amrs.core.shift.ShiftCalendar;
import com.amrs.store.MachineFilter;
import com.amrs.store.completeness.CompletenessReader;
import com.amrs.store.completeness.WindowCompleteness;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** The window's completeness (DESIGN.md §13) as of now, a gap until now blamed on a PLC that does not answer. */
@Service
class CompletenessService {

    /**
     * How long the live KPI topic shows the same completeness: it is updated after every poll and
     * completeness moves by the minute, while computing it costs a query per machine.
     */
    static final Duration LIVE_REFRESH = Duration.ofSeconds(30);

    private record Computed(ProductionWindow window, Instant at, WindowCompleteness completeness) {}

    private final AtomicReference<Computed> live = new AtomicReference<>();
    private final CompletenessReader reader;
    private final Clock clock;
    private final PlcStatuses plcs;

    CompletenessService(JdbcClient jdbc, ShiftCalendar calendar, Clock clock, PlcStatuses plcs) {
        this.reader = new CompletenessReader(jdbc, calendar);
        this.clock = clock;
        this.plcs = plcs;
    }

    WindowCompleteness of(ProductionWindow window, MachineFilter filter) {
        return reader.read(window, filter, clock.instant(), plcs::unreachable);
    }

    /** All machines, computed again when the window changes or after {@link #LIVE_REFRESH}. */
    WindowCompleteness recent(ProductionWindow window) {
        Instant now = clock.instant();
        Computed last = live.get();
        if (last != null
                && last.window().equals(window)
                && last.at().plus(LIVE_REFRESH).isAfter(now)) {
            return last.completeness();
        }
        WindowCompleteness fresh = of(window, MachineFilter.all());
        live.set(new Computed(window, now, fresh));
        return fresh;
    }
}
