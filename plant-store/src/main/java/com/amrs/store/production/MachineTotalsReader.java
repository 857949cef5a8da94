package com.amrs.store.production;

import com.amrs.core.kpi.MachineTotals;
import com.amrs.core.shift.ProductionWindow;
import com.amrs.store.MachineFilter;
import java.math.BigInteger;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Per-machine sums over a window, the same for {@code /api/kpis}, {@code /api/machines} and the report,
 * computed by PostgreSQL from the rollup {@code production_shift_totals} (a few rows per machine and day),
 * never from raw rows in Java. The ideal cycle time of a machine is its unit-weighted mean: Σ(ideal ×
 * units) / Σ units. PostgreSQL sums {@code bigint}s into {@code numeric}, read here as exact integers of
 * any size: one machine's window may hold more units than a {@code long} (DESIGN §13).
 */
public final class MachineTotalsReader {

    /** M-2 before M-10: the name without its trailing number, then that number. */
    public static final String NATURAL_MACHINE_ORDER = " regexp_replace(machine_id, '[0-9]+$', ''),"
            + " cast(nullif(substring(machine_id from '[0-9]+$'), '') as numeric) nulls first, machine_id";

    private final JdbcClient jdbc;

    public MachineTotalsReader(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Each machine with records in the window, in natural order of their ids. */
    public List<MachineWindowTotals> read(ProductionWindow window, MachineFilter machines) {
        return jdbc.sql("""
                        select machine_id, sum(units_produced), sum(defective_units), sum(downtime_min),
                               sum(planned_sec), sum(ideal_run_sec), max(last_seen)
                        from production_shift_totals
                        where production_date between :from and :to
                          and (cast(:machines as text[]) is null or machine_id = any(cast(:machines as text[])))
                        group by machine_id
                        order by""" + NATURAL_MACHINE_ORDER)
                .param("from", window.from())
                .param("to", window.to())
                .param("machines", machines.parameter())
                .query((rs, row) ->
                        new MachineWindowTotals(totals(rs), rs.getTimestamp(7).toInstant()))
                .list();
    }

    /**
     * The sums of columns 1 to 6: machine_id, units, defects, downtime minutes, planned seconds, ideal run seconds
     * (Σ ideal cycle × units).
     */
    static MachineTotals totals(ResultSet rs) throws SQLException {
        BigInteger units = rs.getBigDecimal(2).toBigIntegerExact();
        double idealRunSec = rs.getDouble(6);
        return new MachineTotals(
                rs.getString(1),
                units,
                rs.getBigDecimal(3).toBigIntegerExact(),
                Math.max(0, rs.getDouble(4)),
                Math.max(0, rs.getDouble(5)) / 60.0,
                units.signum() > 0 ? Math.max(0, idealRunSec / units.doubleValue()) : 0);
    }
}
