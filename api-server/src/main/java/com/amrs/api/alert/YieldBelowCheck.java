package com.amrs.api.alert;

import com.amrs.core.kpi.MachineTotals;
import com.amrs.store.MachineFilter;
import com.amrs.store.production.SpanTotalsReader;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/** {@code yield_below}: good units per unit made over the window, for machines that made any. */
@Component
class YieldBelowCheck extends ThresholdCheck {

    private final SpanTotalsReader totals;

    YieldBelowCheck(SpanTotalsReader totals) {
        this.totals = totals;
    }

    @Override
    public Condition condition() {
        return Condition.YIELD_BELOW;
    }

    @Override
    String figure() {
        return "yield";
    }

    @Override
    Map<String, Double> figures(Instant from, Instant to, MachineFilter machines) {
        Map<String, Double> figures = new LinkedHashMap<>();
        for (MachineTotals sums : totals.read(from, to, machines)) {
            if (sums.unitsProduced().signum() > 0) {
                figures.put(
                        sums.machineId(),
                        perCent(sums.goodUnits().doubleValue()
                                / sums.unitsProduced().doubleValue()));
            }
        }
        return figures;
    }
}
