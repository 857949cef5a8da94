package com.amrs.api.alert;

import com.amrs.api.plc.PlcOutage;
import com.amrs.api.plc.PlcState;
import com.amrs.api.plc.PlcStatus;
import com.amrs.api.plc.PlcStatuses;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * {@code plc_unreachable}: each machine of a PLC that does not answer, since its first failed poll; a PLC that
 * has named no machine yet (a browsing PLC unreachable since the start) is one alert under the PLC's name. Until
 * a PLC's first poll after the start its machines are undecided.
 */
@Component
class PlcUnreachableCheck implements ConditionCheck {

    private final PlcStatuses statuses;

    PlcUnreachableCheck(PlcStatuses statuses) {
        this.statuses = statuses;
    }

    @Override
    public Condition condition() {
        return Condition.PLC_UNREACHABLE;
    }

    @Override
    public Findings check(AlertProperties.Rule rule, Instant now) {
        Map<String, Finding> holding = new LinkedHashMap<>();
        for (PlcOutage outage : statuses.outages()) {
            Map<String, Object> details = new HashMap<>();
            details.put("plc", outage.plc());
            details.put("state", outage.state().json());
            if (outage.error() != null) {
                details.put("error", outage.error());
            }
            String summary = "cannot be read: PLC " + outage.plc() + " is "
                    + outage.state().json();
            List<String> machines = outage.machines().isEmpty() ? List.of(outage.plc()) : outage.machines();
            for (String machine : machines) {
                if (watches(rule, machine, outage.machines().isEmpty())) {
                    holding.put(machine, new Finding(machine, outage.since(), summary, details));
                }
            }
        }
        Set<String> undecided = new HashSet<>();
        for (PlcStatus status : statuses.all()) {
            if (status.state() == PlcState.CONNECTING) {
                undecided.addAll(statuses.machinesOf(status.name()));
            }
        }
        return new Findings(holding, undecided::contains);
    }

    private static boolean watches(AlertProperties.Rule rule, String machine, boolean plcOnly) {
        return rule.machines().isEmpty() || !plcOnly && rule.machines().contains(machine);
    }
}
