package com.amrs.api.alert;

import com.amrs.store.MachineFilter;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * {@code machine_down}: the machine's open stop is DOWN, since the start of its run of DOWN stops (a stop split
 * at a shift change, or a new FaultCode during the stop, does not start it again): from the open stop back, one
 * probe of {@code machine_stops}' (machine_id, started_at) index per stop before it. The collector writes the
 * stops in the poll that sees the change.
 */
@Component
class MachineDownCheck implements ConditionCheck {

    private final JdbcClient jdbc;

    MachineDownCheck(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Condition condition() {
        return Condition.MACHINE_DOWN;
    }

    @Override
    public Findings check(AlertProperties.Rule rule, Instant now) {
        Map<String, Finding> holding = new LinkedHashMap<>();
        jdbc.sql("""
                        with recursive down (machine_id, started_at, fault_code, reason) as (
                            select machine_id, started_at, fault_code, reason
                            from machine_stops
                            where ended_at is null and state = 'DOWN'
                              and (cast(:machines as text[]) is null or machine_id = any(cast(:machines as text[])))
                            union all
                            select p.machine_id, p.started_at, d.fault_code, d.reason
                            from down d
                            cross join lateral (select s.machine_id, s.started_at, s.ended_at, s.state
                                                from machine_stops s
                                                where s.machine_id = d.machine_id and s.started_at < d.started_at
                                                order by s.started_at desc
                                                limit 1) p
                            where p.ended_at = d.started_at and p.state = 'DOWN'
                        )
                        select machine_id, min(started_at), max(fault_code), max(reason)
                        from down
                        group by machine_id
                        """)
                .param("machines", MachineFilter.of(rule.machines()).parameter())
                .query(rs -> {
                    String machine = rs.getString(1);
                    Map<String, Object> details = new HashMap<>();
                    int fault = rs.getInt(3);
                    if (!rs.wasNull()) {
                        details.put("fault_code", fault);
                    }
                    details.put("reason", rs.getString(4));
                    holding.put(
                            machine,
                            new Finding(
                                    machine,
                                    rs.getTimestamp(2).toInstant(),
                                    "is DOWN (" + reason(rs.getString(4), details) + ")",
                                    details));
                });
        return Findings.of(holding);
    }

    private static String reason(String reason, Map<String, Object> details) {
        Object fault = details.get("fault_code");
        return fault == null ? reason : "fault " + fault + ": " + reason;
    }
}
