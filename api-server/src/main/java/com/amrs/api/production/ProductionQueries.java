package com.amrs.api.production;

import com.amrs.api.production.ProductionViews.HourlyProduction;
import com.amrs.api.production.ProductionViews.StoredProduction;
import com.amrs.core.Decimals;
import com.amrs.core.shift.ProductionWindow;
import com.amrs.store.MachineFilter;
import com.amrs.store.production.ShiftProduction;
import com.amrs.store.production.ShiftProductionReader;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads of production data, aggregated by PostgreSQL from the rollup table. */
@Repository
class ProductionQueries {

    private final JdbcClient jdbc;
    private final ShiftProductionReader shifts;

    ProductionQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.shifts = new ShiftProductionReader(jdbc);
    }

    /**
     * One row per production date, machine and shift of the window, in that order (machines in natural order), the
     * downtime rounded as the API shows it.
     */
    List<ShiftProduction> byShift(ProductionWindow window, Optional<String> machineId, Optional<String> plant) {
        MachineFilter filter = MachineFilter.of(machineId).inPlant(plant.orElse(null));
        return shifts.read(window, filter).stream()
                .map(ProductionQueries::rounded)
                .toList();
    }

    /**
     * One row per hour of the plant's clock, production date and machine of the window, in that order:
     * the quarter-hour rollup summed into local hours (a quarter's hour starts at the quarter minus its
     * local minutes, an instant, so the hour repeated when clocks go back stays two hours). The sums are
     * {@code numeric}, read exactly.
     */
    List<HourlyProduction> byHour(
            ProductionWindow window, Optional<String> machineId, Optional<String> plant, ZoneId zone) {
        return jdbc.sql("""
                        select hour_start, production_date, machine_id, sum(units_produced), sum(defective_units),
                               sum(downtime_min)
                        from (select quarter_start - make_interval(
                                         mins => extract(minute from quarter_start at time zone :zone)::int)
                                         as hour_start,
                                     production_date, machine_id, units_produced, defective_units, downtime_min
                              from production_quarter_hour_totals
                              where production_date between :from and :to
                                and (cast(:machine as varchar) is null or machine_id = :machine)
                                and (cast(:plant as text) is null or plant_id = cast(:plant as text))) q
                        group by hour_start, production_date, machine_id
                        order by hour_start, production_date, machine_id
                        """)
                .param("from", window.from())
                .param("to", window.to())
                .param("machine", machineId.orElse(null))
                .param("plant", plant.orElse(null))
                .param("zone", zone.getId())
                .query((rs, row) -> new HourlyProduction(
                        rs.getTimestamp(1).toInstant().atZone(zone).toOffsetDateTime(),
                        rs.getObject(2, LocalDate.class),
                        rs.getString(3),
                        rs.getBigDecimal(4).toBigIntegerExact(),
                        rs.getBigDecimal(5).toBigIntegerExact(),
                        Decimals.round2(rs.getDouble(6))))
                .list();
    }

    Optional<StoredProduction> findById(long id) {
        return jdbc.sql("""
                        select id, production_date, machine_id, shift, units_produced, defective_units, downtime_min,
                               state, source, recorded_at
                        from live_production where id = ?
                        """)
                .param(id)
                .query((rs, row) -> new StoredProduction(
                        rs.getLong(1),
                        rs.getObject(2, LocalDate.class),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getLong(5),
                        rs.getLong(6),
                        rs.getDouble(7),
                        rs.getString(8),
                        rs.getString(9),
                        rs.getTimestamp(10).toInstant()))
                .optional();
    }

    boolean exists(String machineId, LocalDate date, String shift, String source) {
        return jdbc.sql("""
                        select exists (select 1 from live_production
                                       where machine_id = ? and production_date = ? and shift = ? and source = ?)
                        """)
                .params(machineId, date, shift, source)
                .query(Boolean.class)
                .single();
    }

    private static ShiftProduction rounded(ShiftProduction row) {
        return new ShiftProduction(
                row.productionDate(),
                row.machineId(),
                row.shift(),
                row.unitsProduced(),
                row.defectiveUnits(),
                Decimals.round2(row.downtimeMin()));
    }
}
