package com.amrs.api.kpi;

import com.amrs.core.kpi.MachineTotals;
import com.amrs.core.shift.ProductionWindow;
import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Per-machine sums over a window, computed by PostgreSQL from the rollup {@code
 * production_shift_totals} (a few rows per machine and day), never from raw rows in Java. The
 * ideal cycle time of a machine is its unit-weighted mean: Σ(ideal × units) / Σ units. PostgreSQL
 * sums {@code bigint}s into {@code numeric}, read here as exact integers of any size: one machine's
 * window may hold more units than a {@code long} (DESIGN §13).
 */
@Repository
class KpiQueries {

    private final JdbcClient jdbc;

    KpiQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<MachineWindowTotals> machineTotals(ProductionWindow window, Optional<String> machineId) {
        return jdbc.sql("""
                        select machine_id, sum(units_produced), sum(defective_units), sum(downtime_min),
                               sum(planned_sec), sum(ideal_run_sec), max(last_seen)
                        from production_shift_totals
                        where production_date between :from and :to
                          and (cast(:machine as varchar) is null or machine_id = :machine)
                        group by machine_id
                        order by machine_id
                        """)
                .param("from", window.from())
                .param("to", window.to())
                .param("machine", machineId.orElse(null))
                .query((rs, row) -> {
                    BigInteger units = rs.getBigDecimal(2).toBigIntegerExact();
                    double idealRunSec = rs.getDouble(6);
                    var totals = new MachineTotals(
                            rs.getString(1),
                            units,
                            rs.getBigDecimal(3).toBigIntegerExact(),
                            Math.max(0, rs.getDouble(4)),
                            Math.max(0, rs.getDouble(5)) / 60.0,
                            units.signum() > 0 ? Math.max(0, idealRunSec / units.doubleValue()) : 0);
                    return new MachineWindowTotals(totals, rs.getTimestamp(7).toInstant());
                })
                .list();
    }
}
