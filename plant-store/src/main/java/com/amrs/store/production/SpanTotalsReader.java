package com.amrs.store.production;

import com.amrs.core.kpi.MachineTotals;
import com.amrs.core.shift.ShiftCalendar;
import com.amrs.store.MachineFilter;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Per-machine sums of the records taken in a span of instants ({@code from} exclusive, {@code to} inclusive),
 * say the last hour that an alert rule looks back over: summed by PostgreSQL from {@code live_production},
 * whose index leads with the production date, so only the span's dates are read.
 */
public final class SpanTotalsReader {

    private final JdbcClient jdbc;
    private final ShiftCalendar calendar;

    public SpanTotalsReader(JdbcClient jdbc, ShiftCalendar calendar) {
        this.jdbc = jdbc;
        this.calendar = calendar;
    }

    /** Each machine with records in the span; the ideal cycle time is the unit-weighted mean. */
    public List<MachineTotals> read(Instant from, Instant to, MachineFilter machines) {
        return span("""
                        select machine_id, sum(units_produced), sum(defective_units), sum(downtime_min),
                               sum(interval_sec), sum(ideal_cycle_sec * units_produced)
                        """, "", from, to, machines)
                .query((rs, row) -> MachineTotalsReader.totals(rs))
                .list();
    }

    /** The last instant each machine made a unit after {@code since}; machines without one are left out. */
    public Map<String, Instant> lastUnit(Instant since, Instant to, MachineFilter machines) {
        Map<String, Instant> last = new HashMap<>();
        span("select machine_id, max(recorded_at)", "and units_produced > 0", since, to, machines)
                .query(rs -> {
                    last.put(rs.getString(1), rs.getTimestamp(2).toInstant());
                });
        return last;
    }

    /** {@code select} over the machines' records in the span, with a further {@code condition}, per machine. */
    private JdbcClient.StatementSpec span(
            String select, String condition, Instant from, Instant to, MachineFilter machines) {
        return jdbc.sql(select + """
                         from live_production
                        where production_date between :fromDate and :toDate
                          and recorded_at > :from and recorded_at <= :to
                          and (cast(:machines as text[]) is null or machine_id = any(cast(:machines as text[])))
                          and (cast(:plant as text) is null or plant_id = cast(:plant as text))
                        """ + condition + " group by machine_id")
                .param("fromDate", calendar.slotOf(from).productionDate())
                .param("toDate", calendar.slotOf(to).productionDate())
                .param("from", Timestamp.from(from))
                .param("to", Timestamp.from(to))
                .param("machines", machines.parameter())
                .param("plant", machines.plantParameter());
    }
}
