package com.amrs.api.kpi;

import com.amrs.api.system.DowntimeProperties;
import com.amrs.core.shift.ProductionWindow;
import com.amrs.core.shift.ShiftCalendar;
import com.amrs.store.MachineFilter;
import com.amrs.store.oee.OeeReader;
import com.amrs.store.production.MachineTotalsReader;
import java.time.Clock;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Reads a window's {@link ProductionFigures} with plant-store's queries, the report's too. */
@Service
class ProductionFiguresReader {

    private final MachineTotalsReader totals;
    private final OeeReader oee;
    private final Clock clock;

    ProductionFiguresReader(JdbcClient jdbc, ShiftCalendar calendar, DowntimeProperties downtime, Clock clock) {
        this.totals = new MachineTotalsReader(jdbc, calendar);
        this.oee = new OeeReader(jdbc, calendar, downtime.microStop());
        this.clock = clock;
    }

    /** All machines, or one, of a plant or of the site's own database. */
    ProductionFigures of(ProductionWindow window, MachineFilter filter) {
        Instant now = clock.instant();
        var machines = totals.read(window, filter, now);
        var sums = machines.stream().map(machine -> machine.totals()).toList();
        return new ProductionFigures(machines, oee.byMachine(window, filter, sums, now));
    }
}
