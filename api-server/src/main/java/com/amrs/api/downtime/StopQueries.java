package com.amrs.api.downtime;

import com.amrs.core.downtime.StopReason;
import com.amrs.core.shift.ProductionWindow;
import com.amrs.store.MachineFilter;
import com.amrs.store.downtime.DowntimeReader;
import com.amrs.store.downtime.MachineStop;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** {@code machine_stops} for the API: pages, the Pareto, a reason assigned. */
@Repository
class StopQueries {

    private static final String WHERE = """
            where production_date between :from and :to
              and (cast(:machine as varchar) is null or machine_id = :machine)
              and (cast(:plant as text) is null or plant_id = cast(:plant as text))
            """;

    private final JdbcClient jdbc;
    private final DowntimeReader downtime;

    StopQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.downtime = new DowntimeReader(jdbc);
    }

    StopPage page(ProductionWindow window, MachineFilter filter, int page, int size) {
        String machine = filter.machines().stream().findFirst().orElse(null);
        List<MachineStop> stops = jdbc.sql("select * from machine_stops " + WHERE
                        + " order by started_at desc, id desc limit :size offset :offset")
                .param("from", window.from())
                .param("to", window.to())
                .param("machine", machine)
                .param("plant", filter.plantParameter())
                .param("size", size)
                .param("offset", (long) page * size)
                .query((rs, row) -> MachineStop.read(rs, row))
                .list();
        long total = jdbc.sql("select count(*) from machine_stops " + WHERE)
                .param("from", window.from())
                .param("to", window.to())
                .param("machine", machine)
                .param("plant", filter.plantParameter())
                .query(Long.class)
                .single();
        return new StopPage(stops, page, size, total);
    }

    /** Minutes, stops and share per reason, most minutes first: plant-store's Pareto, as the API shows it. */
    List<ParetoEntry> pareto(ProductionWindow window, MachineFilter filter, Instant now) {
        return downtime.pareto(window, filter, now).reasons().stream()
                .map(ParetoEntry::of)
                .toList();
    }

    Optional<MachineStop> find(long id) {
        return jdbc.sql("select * from machine_stops where id = ?")
                .param(id)
                .query((rs, row) -> MachineStop.read(rs, row))
                .optional();
    }

    /** The stop the machine is in now, if any (at most one is open per machine). */
    Optional<MachineStop> openOf(String machineId) {
        return jdbc.sql("select * from machine_stops where machine_id = ? and ended_at is null")
                .param(machineId)
                .query((rs, row) -> MachineStop.read(rs, row))
                .optional();
    }

    /** Charges the stop, and the rows that continue it after shift changes, to the reason. */
    void assign(long id, StopReason reason, String by, Instant at, String comment) {
        jdbc.sql("""
                        with recursive chain (id, machine_id, ended_at, state, fault_code) as (
                            select id, machine_id, ended_at, state, fault_code from machine_stops where id = :id
                            union all
                            select s.id, s.machine_id, s.ended_at, s.state, s.fault_code
                            from machine_stops s
                            join chain c on s.machine_id = c.machine_id and s.started_at = c.ended_at
                                        and s.state = c.state and s.fault_code is not distinct from c.fault_code
                        )
                        update machine_stops
                        set reason_code = :code, reason = :reason, category = :category, assigned_by = :by,
                            assigned_at = :at, comment = :comment
                        where id in (select id from chain)
                        """)
                .param("id", id)
                .param("code", reason.code())
                .param("reason", reason.reason())
                .param("category", reason.category().code())
                .param("by", by)
                .param("at", Timestamp.from(at))
                .param("comment", comment)
                .update();
    }
}
