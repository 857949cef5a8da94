package com.amrs.api.alert;

import com.amrs.core.Decimals;
import com.amrs.store.MachineFilter;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A per-cent figure over the rule's {@code window} below its {@code threshold}: it holds since the first
 * evaluation that found it below (kept in memory: after a restart a condition not yet fired counts anew).
 */
abstract class ThresholdCheck implements ConditionCheck {

    /** By rule, by machine: since when the figure is below the rule's threshold. */
    private final Map<String, Map<String, Instant>> belowSince = new ConcurrentHashMap<>();

    /** The figure in per cent of each machine that has one over the span; a machine without data is left out. */
    abstract Map<String, Double> figures(Instant from, Instant to, MachineFilter machines);

    /** The figure's name in an alert's text: "yield", "OEE". */
    abstract String figure();

    @Override
    public Findings check(AlertProperties.Rule rule, Instant now) {
        Map<String, Double> figures = figures(now.minus(rule.window()), now, MachineFilter.of(rule.machines()));
        Map<String, Instant> since = belowSince.computeIfAbsent(rule.name(), name -> new ConcurrentHashMap<>());
        since.keySet().removeIf(machine -> !below(figures.get(machine), rule));
        Map<String, Finding> holding = new LinkedHashMap<>();
        figures.forEach((machine, value) -> {
            if (below(value, rule)) {
                holding.put(
                        machine,
                        new Finding(
                                machine,
                                since.computeIfAbsent(machine, any -> now),
                                summary(value, rule),
                                Map.of(
                                        "value", Decimals.round(value, 1),
                                        "threshold", rule.threshold(),
                                        "window", rule.window().toString())));
            }
        });
        return Findings.of(holding);
    }

    private static boolean below(Double value, AlertProperties.Rule rule) {
        return value != null && value < rule.threshold();
    }

    private String summary(double value, AlertProperties.Rule rule) {
        return String.format(
                Locale.ROOT,
                "has %s %.1f %% over the last %s, below %s %%",
                figure(),
                Decimals.round(value, 1),
                AlertTexts.duration(rule.window()),
                AlertTexts.number(rule.threshold()));
    }

    static double perCent(double fraction) {
        return fraction * 100;
    }
}
