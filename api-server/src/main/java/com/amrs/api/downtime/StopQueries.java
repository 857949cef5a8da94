package com.amrs.api.downtime;

import com.amrs.core.downtime.StopReason;
import com.amrs.core.shift.ProductionWindow;
import java.sql.ResultSet;
import java.sql.SQLException;
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
            """;
    /** A row that continues the stop of the row before it, split at a shift change. */
    private static final String CONTINUES = """
            exists (select 1 from machine_stops p
                    where p.machine_id = s.machine_id and p.ended_at = s.started_at and p.state = s.state
                      and p.fault_code is not distinct from s.fault_code)
            """;

    private final JdbcClient jdbc;

    StopQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    StopPage page(ProductionWindow window, Optional<String> machine, int page, int size) {
        List<StopView> stops = jdbc.sql("select * from machine_stops " + WHERE
                        + " order by started_at desc, id desc limit :size offset :offset")
                .param("from", window.from())
                .param("to", window.to())
                .param("machine", machine.orElse(null))
                .param("size", size)
                .param("offset", (long) page * size)
                .query(StopQueries::view)
                .list();
        long total = jdbc.sql("select count(*) from machine_stops " + WHERE)
                .param("from", window.from())
                .param("to", window.to())
                .param("machine", machine.orElse(null))
                .query(Long.class)
                .single();
        return new StopPage(stops, page, size, total);
    }

    /** Minutes and stops per reason, most minutes first; the share is left to the caller. */
    List<ParetoEntry> pareto(ProductionWindow window, Optional<String> machine, Instant now) {
        return jdbc.sql("select reason_code, reason, category, count(*) filter (where not " + CONTINUES + "),"
                        + " sum(coalesce(duration_sec, greatest(0, extract(epoch from (:now - started_at))))) / 60"
                        + " from machine_stops s " + WHERE
                        + " group by reason_code, reason, category order by 5 desc, 2")
                .param("from", window.from())
                .param("to", window.to())
                .param("machine", machine.orElse(null))
                .param("now", Timestamp.from(now))
                .query((rs, i) -> new ParetoEntry(
                        (Integer) rs.getObject(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getDouble(5), 0))
                .list();
    }

    Optional<StopView> find(long id) {
        return jdbc.sql("select * from machine_stops where id = ?")
                .param(id)
                .query(StopQueries::view)
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

    private static StopView view(ResultSet rs, int row) throws SQLException {
        Timestamp ended = rs.getTimestamp("ended_at");
        Timestamp assigned = rs.getTimestamp("assigned_at");
        return new StopView(
                rs.getLong("id"),
                rs.getString("machine_id"),
                rs.getTimestamp("started_at").toInstant(),
                ended == null ? null : ended.toInstant(),
                (Double) rs.getObject("duration_sec"),
                rs.getString("state"),
                (Integer) rs.getObject("fault_code"),
                (Integer) rs.getObject("reason_code"),
                rs.getString("reason"),
                rs.getString("category"),
                rs.getDate("production_date").toLocalDate(),
                rs.getString("shift"),
                rs.getString("assigned_by"),
                assigned == null ? null : assigned.toInstant(),
                rs.getString("comment"));
    }
}
