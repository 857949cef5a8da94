package com.amrs.reporting.data;

import com.amrs.core.kpi.Kpis;
import com.amrs.core.kpi.MachineTotals;
import com.amrs.core.shift.ProductionWindow;
import com.amrs.core.shift.ShiftCalendar;
import com.amrs.store.completeness.CompletenessReader;
import com.amrs.store.downtime.DowntimeReader;
import java.math.BigInteger;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/** Reads a report's data, aggregated by PostgreSQL from the rollup {@code production_shift_totals}. */
@Repository
public class ReportQueries {

    /** OPC-UA-M2 before OPC-UA-M10: by the text before a trailing number, then by that number. */
    private static final String NATURAL_MACHINE_ORDER = " regexp_replace(machine_id, '[0-9]+$', ''),"
            + " cast(nullif(substring(machine_id from '[0-9]+$'), '') as numeric) nulls first, machine_id";

    private final JdbcClient jdbc;
    private final ShiftCalendar calendar;
    private final CompletenessReader completeness;
    private final DowntimeReader downtime;

    ReportQueries(JdbcClient jdbc, ShiftCalendar calendar) {
        this.jdbc = jdbc;
        this.calendar = calendar;
        this.completeness = new CompletenessReader(jdbc, calendar);
        this.downtime = new DowntimeReader(jdbc);
    }

    /** Reads the window in one repeatable-read snapshot, so the totals and the detail rows agree. */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public ReportData load(String plantName, ProductionWindow window, Instant generatedAt) {
        List<MachineTotals> machines = machineTotals(window);
        Timestamp from = Timestamp.from(window.startInstant(calendar));
        Timestamp to = Timestamp.from(window.endInstant(calendar));
        return new ReportData(
                plantName,
                calendar.zone(),
                window,
                generatedAt,
                Kpis.of(machines),
                machines,
                byShift(window),
                findingsByRule(from, to),
                findings(from, to),
                completeness.read(window, Optional.empty(), generatedAt, machine -> false),
                downtime.pareto(window, Optional.empty(), generatedAt),
                downtime.stops(window, Optional.empty(), ReportData.MAX_STOPS));
    }

    private List<MachineTotals> machineTotals(ProductionWindow window) {
        return jdbc.sql("""
                        select machine_id, sum(units_produced), sum(defective_units), sum(downtime_min),
                               sum(planned_sec), sum(ideal_run_sec)
                        from production_shift_totals
                        where production_date between ? and ?
                        group by machine_id
                        order by """ + NATURAL_MACHINE_ORDER)
                .params(window.from(), window.to())
                .query(ReportQueries::machineTotals)
                .list();
    }

    /**
     * Core's shape: planned minutes and the ideal cycle time that reproduces Σ ideal_run_sec. The sums of
     * {@code bigint}s are {@code numeric}, read exactly: a machine's window may exceed a {@code long}.
     */
    private static MachineTotals machineTotals(ResultSet rs, int row) throws SQLException {
        BigInteger units = rs.getBigDecimal(2).toBigIntegerExact();
        double idealRunSec = rs.getDouble(6);
        return new MachineTotals(
                rs.getString(1),
                units,
                rs.getBigDecimal(3).toBigIntegerExact(),
                nonNegative(rs.getDouble(4)),
                nonNegative(rs.getDouble(5)) / 60.0,
                units.signum() > 0 ? nonNegative(idealRunSec) / units.doubleValue() : 0);
    }

    private List<ShiftProduction> byShift(ProductionWindow window) {
        return jdbc.sql("""
                        select production_date, machine_id, shift, units_produced, defective_units, downtime_min
                        from production_shift_totals
                        where production_date between ? and ?
                        order by production_date, """ + NATURAL_MACHINE_ORDER + ", shift")
                .params(window.from(), window.to())
                .query((rs, row) -> new ShiftProduction(
                        rs.getObject(1, LocalDate.class),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getLong(4),
                        rs.getLong(5),
                        nonNegative(rs.getDouble(6))))
                .list();
    }

    private List<RuleCount> findingsByRule(Timestamp from, Timestamp to) {
        return jdbc.sql("""
                        select rule, count(*) from validation_events
                        where occurred_at >= ? and occurred_at < ?
                        group by rule
                        order by count(*) desc, rule
                        """)
                .params(from, to)
                .query((rs, row) -> new RuleCount(rs.getString(1), rs.getLong(2)))
                .list();
    }

    private List<ValidationFinding> findings(Timestamp from, Timestamp to) {
        return jdbc.sql("""
                        select occurred_at, machine_id, field, old_value, new_value, rule from validation_events
                        where occurred_at >= ? and occurred_at < ?
                        order by occurred_at desc, id desc
                        limit ?
                        """)
                .params(from, to, ReportData.MAX_FINDINGS)
                .query((rs, row) -> new ValidationFinding(
                        rs.getTimestamp(1).toInstant(),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6)))
                .list();
    }

    /** The rollup's triggers add and subtract doubles, which can leave a zero as -1e-13. */
    private static double nonNegative(double value) {
        return Math.max(0, value);
    }
}
