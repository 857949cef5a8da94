package com.amrs.store.production;

import com.amrs.core.shift.ProductionWindow;
import com.amrs.store.MachineFilter;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * When each machine was first seen: the start of its first record. Completeness (DESIGN.md §13) expects
 * records from then on, and OEE (§14) plans production time from then on.
 */
public final class FirstSeenReader {

    private final JdbcClient jdbc;

    public FirstSeenReader(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Every machine seen before the window ends, with the start of its first record when that lies in
     * the window (else the window's start), from the rollup alone: retention may have dropped the raw records.
     * Machines are found by a skip scan of the rollup's {@code (machine_id, production_date)} index: one probe
     * per machine.
     */
    public Map<String, Instant> read(ProductionWindow window, MachineFilter machines, Instant windowStart) {
        Map<String, Instant> first = new LinkedHashMap<>();
        jdbc.sql("""
                        with recursive firsts (machine_id, production_date) as (
                            (select machine_id, production_date from production_shift_totals
                             where cast(:plant as text) is null or plant_id = cast(:plant as text)
                             order by machine_id, production_date limit 1)
                            union all
                            select n.machine_id, n.production_date
                            from firsts f
                            cross join lateral (select t.machine_id, t.production_date from production_shift_totals t
                                                where t.machine_id > f.machine_id
                                                  and (cast(:plant as text) is null or t.plant_id = cast(:plant as text))
                                                order by t.machine_id, t.production_date limit 1) n
                        )
                        select f.machine_id,
                               case when f.production_date >= :from then (
                                   select min(t.first_start) from production_shift_totals t
                                   where t.machine_id = f.machine_id and t.production_date = f.production_date
                                     and (cast(:plant as text) is null or t.plant_id = cast(:plant as text)))
                               end
                        from firsts f
                        where f.production_date <= :to
                          and (cast(:machines as text[]) is null or f.machine_id = any(cast(:machines as text[])))
                        order by f.machine_id
                        """)
                .param("from", window.from())
                .param("to", window.to())
                .param("machines", machines.parameter())
                .param("plant", machines.plantParameter())
                .query(rs -> {
                    var at = rs.getTimestamp(2);
                    first.put(rs.getString(1), at == null ? windowStart : at.toInstant());
                });
        return first;
    }
}
