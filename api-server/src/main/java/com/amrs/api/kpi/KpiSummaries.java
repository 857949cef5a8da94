package com.amrs.api.kpi;

import com.amrs.api.kpi.KpiViews.KpiSummary;
import com.amrs.api.system.AmrsProperties;
import com.amrs.api.system.ProductionDays;
import com.amrs.core.completeness.Completeness;
import com.amrs.core.shift.ProductionWindow;
import com.amrs.store.MachineFilter;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.stereotype.Component;

/** The KPI summary of {@code GET /api/kpis}, also pushed on the live stream's {@code /topic/kpis}. */
@Component
public class KpiSummaries {

    private final ProductionFiguresReader figures;
    private final CompletenessService completeness;
    private final ProductionDays productionDays;
    private final Clock clock;
    private final ZoneId zone;

    KpiSummaries(
            ProductionFiguresReader figures,
            CompletenessService completeness,
            ProductionDays productionDays,
            Clock clock,
            AmrsProperties properties) {
        this.figures = figures;
        this.completeness = completeness;
        this.productionDays = productionDays;
        this.clock = clock;
        this.zone = properties.plant().timezone();
    }

    /** All machines, or one, of a plant or of the site's own database, over the last {@code days} production dates. */
    public KpiSummary lastDays(int days, MachineFilter filter) {
        ProductionWindow window = productionDays.last(days);
        return summary(window, filter, completeness.of(window, filter).plant());
    }

    /**
     * {@code lastDays(1)} for the live topic, sent after every poll: the totals as of now, the
     * completeness as of at most {@link CompletenessService#LIVE_REFRESH} ago.
     */
    public KpiSummary today() {
        ProductionWindow window = productionDays.last(1);
        return summary(window, MachineFilter.all(), completeness.recent(window).plant());
    }

    private KpiSummary summary(ProductionWindow window, MachineFilter filter, Completeness covered) {
        ProductionFigures read = figures.of(window, filter);
        return KpiSummary.of(read.totals(), read.pooled(), window, LocalDate.now(clock.withZone(zone)), covered);
    }
}
