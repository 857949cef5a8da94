package com.amrs.api.alert;

import com.amrs.core.oee.LossWaterfall;
import com.amrs.store.MachineFilter;
import com.amrs.store.oee.OeeReader;
import com.amrs.store.production.SpanTotalsReader;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * {@code oee_below}: OEE by the time model of DESIGN.md §14 over the window, for machines with records in it and
 * planned busy time (outside the shifts, and all through planned stops, there is no OEE to judge).
 */
@Component
class OeeBelowCheck extends ThresholdCheck {

    private final SpanTotalsReader totals;
    private final OeeReader oee;

    OeeBelowCheck(SpanTotalsReader totals, OeeReader oee) {
        this.totals = totals;
        this.oee = oee;
    }

    @Override
    public Condition condition() {
        return Condition.OEE_BELOW;
    }

    @Override
    String figure() {
        return "OEE";
    }

    @Override
    Map<String, Double> figures(Instant from, Instant to, MachineFilter machines) {
        Map<String, Double> figures = new LinkedHashMap<>();
        oee.overSpan(from, to, machines, totals.read(from, to, machines)).forEach((machine, waterfall) -> {
            if (busy(waterfall)) {
                figures.put(machine, perCent(waterfall.oee()));
            }
        });
        return figures;
    }

    private static boolean busy(LossWaterfall waterfall) {
        return waterfall.plannedMin() - waterfall.plannedStopsMin() > 0;
    }
}
