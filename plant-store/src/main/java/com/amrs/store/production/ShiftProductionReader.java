package com.amrs.store.production;

import com.amrs.core.shift.ProductionWindow;
import com.amrs.store.MachineFilter;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The rollup {@code production_shift_totals} row by row, the same for {@code GET /api/production} and the report's
 * production table and charts. Downtime is as summed, not rounded: each reader rounds what it shows.
 */
public final class ShiftProductionReader {

    private final JdbcClient jdbc;

    public ShiftProductionReader(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One row per production date, machine and shift of the window, in that order (machines in natural order). */
    public List<ShiftProduction> read(ProductionWindow window, MachineFilter filter) {
        return jdbc.sql("""
                        select production_date, machine_id, shift, units_produced, defective_units, downtime_min
                        from production_shift_totals
                        where production_date between :from and :to
                          and (cast(:machines as text[]) is null or machine_id = any(cast(:machines as text[])))
                          and (cast(:plant as text) is null or plant_id = cast(:plant as text))
                        order by production_date, """ + MachineTotalsReader.NATURAL_MACHINE_ORDER + ", shift")
                .param("from", window.from())
                .param("to", window.to())
                .param("machines", filter.parameter())
                .param("plant", filter.plantParameter())
                .query((rs, row) -> new ShiftProduction(
                        rs.getObject(1, LocalDate.class),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getLong(4),
                        rs.getLong(5),
                        nonNegative(rs.getDouble(6))))
                .list();
    }

    /** The rollup's triggers add and subtract doubles, which can leave a zero as -1e-13. */
    private static double nonNegative(double value) {
        return Math.max(0, value);
    }
}
