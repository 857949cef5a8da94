package com.amrs.api.alert;

import com.amrs.api.plc.PlcStatuses;
import com.amrs.core.oee.PlannedTime;
import com.amrs.core.shift.Interval;
import com.amrs.core.shift.ProductionWindow;
import com.amrs.core.shift.ShiftCalendar;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * {@code no_production}: while the shift calendar plans production (not in a break, not on a non-production day),
 * no unit for the rule's {@code for}, counted from the machine's last unit or from when planned time began,
 * whichever is later; a unit resolves it, and so does the end of planned time. Judged for the machines the PLCs
 * named.
 */
@Component
class NoProductionCheck implements ConditionCheck {

    private final ShiftCalendar calendar;
    private final PlcStatuses statuses;
    private final LastUnits lastUnits;

    NoProductionCheck(ShiftCalendar calendar, PlcStatuses statuses, LastUnits lastUnits) {
        this.calendar = calendar;
        this.statuses = statuses;
        this.lastUnits = lastUnits;
    }

    @Override
    public Condition condition() {
        return Condition.NO_PRODUCTION;
    }

    @Override
    public Findings check(AlertProperties.Rule rule, Instant now) {
        Optional<Instant> plannedSince = plannedSince(now);
        if (plannedSince.isEmpty()) {
            return Findings.of(Map.of());
        }
        Set<String> known = statuses.machines();
        List<String> machines = known.stream()
                .filter(machine -> rule.machines().isEmpty() || rule.machines().contains(machine))
                .sorted()
                .toList();
        Map<String, Instant> units = lastUnits.after(plannedSince.get(), now, machines);
        Map<String, Finding> holding = new LinkedHashMap<>();
        for (String machine : machines) {
            Instant since = units.getOrDefault(machine, plannedSince.get());
            if (Duration.between(since, now).compareTo(rule.holdFor()) >= 0) {
                holding.put(machine, new Finding(machine, since, "has made no unit", Map.of()));
            }
        }
        return new Findings(holding, machine -> !known.contains(machine));
    }

    /** The start of the stretch of planned time that {@code now} lies in (shifts back to back are one). */
    private Optional<Instant> plannedSince(Instant now) {
        var today = calendar.slotOf(now).productionDate();
        var planned = PlannedTime.of(calendar, new ProductionWindow(today.minusDays(1), today));
        return planned.intervals().stream()
                .filter(interval -> !now.isBefore(interval.from()) && now.isBefore(interval.to()))
                .map(Interval::from)
                .findFirst();
    }
}
