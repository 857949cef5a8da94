package com.amrs.api.alert;

import com.amrs.api.collector.ProductionRecorded;
import com.amrs.api.production.NewRecord;
import com.amrs.store.MachineFilter;
import com.amrs.store.production.SpanTotalsReader;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * When each machine last made a unit: from every poll's records as the collector stores them, and, for a machine
 * not yet seen making one since the start, once from {@code live_production}.
 */
@Component
class LastUnits {

    private final SpanTotalsReader reader;
    private final Map<String, Instant> last = new ConcurrentHashMap<>();
    private final Set<String> looked = ConcurrentHashMap.newKeySet();

    LastUnits(SpanTotalsReader reader) {
        this.reader = reader;
    }

    @EventListener
    void on(ProductionRecorded recorded) {
        for (NewRecord record : recorded.records()) {
            if (record.record().unitsProduced() > 0) {
                last.merge(record.record().machineId(), record.record().timestamp(), LastUnits::later);
            }
        }
    }

    /** The machines' last units after {@code from}; a machine without one since then is left out. */
    Map<String, Instant> after(Instant from, Instant now, Collection<String> machines) {
        List<String> unknown = machines.stream()
                .filter(machine -> !last.containsKey(machine) && !looked.contains(machine))
                .toList();
        if (!unknown.isEmpty()) {
            reader.lastUnit(from, now, MachineFilter.of(unknown))
                    .forEach((machine, at) -> last.merge(machine, at, LastUnits::later));
            looked.addAll(unknown);
        }
        Map<String, Instant> after = new HashMap<>();
        for (String machine : machines) {
            Instant at = last.get(machine);
            if (at != null && at.isAfter(from)) {
                after.put(machine, at);
            }
        }
        return after;
    }

    private static Instant later(Instant one, Instant other) {
        return one.isAfter(other) ? one : other;
    }
}
