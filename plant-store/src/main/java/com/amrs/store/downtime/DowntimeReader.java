package com.amrs.store.downtime;

import com.amrs.core.Decimals;
import com.amrs.core.shift.ProductionWindow;
import com.amrs.store.MachineFilter;
import com.amrs.store.oee.AsOf;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The stops of a window (DESIGN.md §14) and their Pareto by reason, the same for {@code /api/downtime/pareto}
 * and the report. A window holds the stops of its production dates.
 */
public final class DowntimeReader {

    private static final String WHERE = """
            where production_date between :from and :to
              and (cast(:machines as text[]) is null or machine_id = any(cast(:machines as text[])))
              and (cast(:plant as text) is null or plant_id = cast(:plant as text))
            """;
    /** A row that continues the stop of the row before it, split at a shift change. */
    private static final String CONTINUES = """
            exists (select 1 from machine_stops p
                    where p.machine_id = s.machine_id and p.plant_id = s.plant_id and p.ended_at = s.started_at
                      and p.state = s.state
                      and p.fault_code is not distinct from s.fault_code)
            """;

    private final JdbcClient jdbc;

    public DowntimeReader(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Minutes and stops per reason, most minutes first (then by reason), open stops until {@link AsOf}
     * {@code now}, as OEE counts them; each reason's share of all the minutes in percent, 0 when there are
     * none.
     */
    public Pareto pareto(ProductionWindow window, MachineFilter machines, Instant now) {
        List<ReasonDowntime> raw = jdbc.sql("select reason_code, reason, category, count(*) filter (where not "
                        + CONTINUES + "),"
                        + " sum(coalesce(duration_sec, greatest(0, extract(epoch from (:now - started_at))))) / 60"
                        + " from machine_stops s " + WHERE
                        + " group by reason_code, reason, category order by 5 desc, 2")
                .param("from", window.from())
                .param("to", window.to())
                .param("machines", machines.parameter())
                .param("plant", machines.plantParameter())
                .param("now", Timestamp.from(AsOf.of(now)))
                .query((rs, i) -> new ReasonDowntime(
                        (Integer) rs.getObject(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getDouble(5), 0))
                .list();
        double total = raw.stream().mapToDouble(ReasonDowntime::minutes).sum();
        List<ReasonDowntime> reasons = raw.stream()
                .map(entry -> new ReasonDowntime(
                        entry.reasonCode(),
                        entry.reason(),
                        entry.category(),
                        entry.stops(),
                        Decimals.round2(entry.minutes()),
                        total > 0 ? Decimals.round2(entry.minutes() / total * 100) : 0))
                .toList();
        return new Pareto(reasons, raw.stream().mapToLong(ReasonDowntime::stops).sum(), Decimals.round2(total));
    }

    /** The window's stop rows, oldest first, at most {@code limit}. */
    public List<MachineStop> stops(ProductionWindow window, MachineFilter machines, int limit) {
        return jdbc.sql("select * from machine_stops " + WHERE + " order by started_at, machine_id, id limit :limit")
                .param("from", window.from())
                .param("to", window.to())
                .param("machines", machines.parameter())
                .param("plant", machines.plantParameter())
                .param("limit", limit)
                .query(MachineStop::read)
                .list();
    }
}
