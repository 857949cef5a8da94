package com.amrs.api.kpi;

import com.amrs.api.plc.PlcStatuses;
import com.amrs.core.shift.ProductionWindow;
import com.amrs.core.shift.ShiftCalendar;
import com.amrs.store.completeness.CompletenessReader;
import com.amrs.store.completeness.WindowCompleteness;
import java.time.Clock;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** The window's completeness (DESIGN.md §13) as of now, a gap until now blamed on a PLC that does not answer. */
@Service
class CompletenessService {

    private final CompletenessReader reader;
    private final Clock clock;
    private final PlcStatuses plcs;

    CompletenessService(JdbcClient jdbc, ShiftCalendar calendar, Clock clock, PlcStatuses plcs) {
        this.reader = new CompletenessReader(jdbc, calendar);
        this.clock = clock;
        this.plcs = plcs;
    }

    WindowCompleteness of(ProductionWindow window, Optional<String> machineId) {
        return reader.read(window, machineId, clock.instant(), plcs::unreachable);
    }
}
