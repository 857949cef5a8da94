package com.amrs.api.kpi;

import com.amrs.api.kpi.KpiViews.KpiSummary;
import com.amrs.api.system.AmrsProperties;
import com.amrs.core.shift.ProductionWindow;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The KPI summary of {@code GET /api/kpis}, also pushed on the live stream's {@code /topic/kpis}. */
@Component
public class KpiSummaries {

    private final KpiQueries queries;
    private final Clock clock;
    private final ZoneId zone;

    KpiSummaries(KpiQueries queries, Clock clock, AmrsProperties properties) {
        this.queries = queries;
        this.clock = clock;
        this.zone = properties.plant().timezone();
    }

    /** All machines, or one, over the last {@code days} production dates in the plant's time zone. */
    public KpiSummary lastDays(int days, Optional<String> machineId) {
        ProductionWindow window = ProductionWindow.lastDays(days, clock, zone);
        var totals = queries.machineTotals(window, machineId).stream()
                .map(MachineWindowTotals::totals)
                .toList();
        return KpiSummary.of(totals, window, LocalDate.now(clock.withZone(zone)));
    }
}
