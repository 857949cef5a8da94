package com.amrs.store.production;

import com.amrs.core.kpi.MachineTotals;
import com.amrs.core.shift.ProductionWindow;
import com.amrs.core.shift.ShiftCalendar;
import com.amrs.store.EpochMicros;
import com.amrs.store.MachineFilter;
import com.amrs.store.closed.ClosedDays;
import com.amrs.store.closed.DayCache;
import com.amrs.store.closed.KeptRuns;
import java.math.BigInteger;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
    private final ShiftCalendar calendar;
    private final DayCache<Map<String, DaySums>> kept = new DayCache<>();
    private final KeptRuns<Map<String, DaySums>> runs = new KeptRuns<>();

    /** A reader that keeps nothing: {@link #read(ProductionWindow, MachineFilter, Instant)} sums every date. */
    public MachineTotalsReader(JdbcClient jdbc) {
        this(jdbc, null);
    }

    /** A reader that keeps the sums of closed dates, which the shift calendar tells. */
    public MachineTotalsReader(JdbcClient jdbc, ShiftCalendar calendar) {
        this.jdbc = jdbc;
        this.calendar = calendar;
    }

    /**
     * Each machine with records in the window, in natural order of their ids. The sums of {@link ClosedDays closed}
     * dates are kept per date for all machines of the plant and taken again while the date's token stays the same.
     */
    public List<MachineWindowTotals> read(ProductionWindow window, MachineFilter machines, Instant now) {
        ClosedDays closed = calendar == null ? null : ClosedDays.of(jdbc, calendar, window, now);
        if (closed == null || !closed.any()) {
            return read(window, machines);
        }
        MachineFilter plant = machines.everyMachineOfThePlant();
        String all = plant.keyOf("");
        Map<String, DaySums> keptSums = runs.get(all, closed, null);
        if (keptSums == null) {
            keptSums = keptSums(window, closed, plant);
            runs.put(all, closed, null, keptSums);
        }
        Map<String, DaySums> sums = new HashMap<>();
        add(sums, keptSums, machines);
        List<LocalDate> fresh =
                window.dates().stream().filter(date -> !closed.keeps(date)).toList();
        byDate(fresh, machines).values().forEach(day -> add(sums, day, machines));
        return naturalOrder(sums.keySet()).stream()
                .map(id -> sums.get(id).totals(id))
                .toList();
    }

    /** Each machine with records in the window, in natural order of their ids, summed by PostgreSQL. */
    public List<MachineWindowTotals> read(ProductionWindow window, MachineFilter machines) {
        return jdbc.sql("""
                        select machine_id, sum(units_produced), sum(defective_units), sum(downtime_min),
                               sum(planned_sec), sum(ideal_run_sec), max(last_seen)
                        from production_shift_totals
                        where production_date between :from and :to
                          and (cast(:machines as text[]) is null or machine_id = any(cast(:machines as text[])))
                          and (cast(:plant as text) is null or plant_id = cast(:plant as text))
                        group by machine_id
                        order by""" + NATURAL_MACHINE_ORDER)
                .param("from", window.from())
                .param("to", window.to())
                .param("machines", machines.parameter())
                .param("plant", machines.plantParameter())
                .query((rs, row) ->
                        new MachineWindowTotals(totals(rs), rs.getTimestamp(7).toInstant()))
                .list();
    }

    /** Every machine's sums over the window's closed dates, from the dates kept and the database for the rest. */
    private Map<String, DaySums> keptSums(ProductionWindow window, ClosedDays closed, MachineFilter plant) {
        Map<String, DaySums> sums = new HashMap<>();
        List<LocalDate> missing = new ArrayList<>();
        for (LocalDate date : window.dates()) {
            if (closed.keeps(date)) {
                Map<String, DaySums> day = kept.get(plant.keyOf(""), date, closed.token(date));
                if (day == null) {
                    missing.add(date);
                } else {
                    add(sums, day, plant);
                }
            }
        }
        Map<LocalDate, Map<String, DaySums>> days = byDate(missing, plant);
        for (LocalDate date : missing) {
            Map<String, DaySums> day = days.getOrDefault(date, Map.of());
            kept.put(plant.keyOf(""), date, closed.token(date), day);
            add(sums, day, plant);
        }
        return sums;
    }

    private Map<LocalDate, Map<String, DaySums>> byDate(List<LocalDate> dates, MachineFilter machines) {
        Map<LocalDate, Map<String, DaySums>> days = new HashMap<>();
        if (dates.isEmpty()) {
            return days;
        }
        jdbc.sql("""
                        select production_date, machine_id, sum(units_produced), sum(defective_units),
                               sum(downtime_min), sum(planned_sec), sum(ideal_run_sec), %s
                        from production_shift_totals
                        where production_date = any(cast(:dates as date[]))
                          and (cast(:machines as text[]) is null or machine_id = any(cast(:machines as text[])))
                          and (cast(:plant as text) is null or plant_id = cast(:plant as text))
                        group by production_date, machine_id
                        """.formatted(EpochMicros.of("max(last_seen)")))
                .param("dates", dates.stream().map(LocalDate::toString).toArray(String[]::new))
                .param("machines", machines.parameter())
                .param("plant", machines.plantParameter())
                .query(rs -> {
                    days.computeIfAbsent(rs.getObject(1, LocalDate.class), date -> new HashMap<>())
                            .put(
                                    rs.getString(2),
                                    new DaySums(
                                            rs.getBigDecimal(3).toBigIntegerExact(),
                                            rs.getBigDecimal(4).toBigIntegerExact(),
                                            rs.getDouble(5),
                                            rs.getDouble(6),
                                            rs.getDouble(7),
                                            EpochMicros.instant(rs.getLong(8))));
                });
        return days;
    }

    private static void add(Map<String, DaySums> sums, Map<String, DaySums> day, MachineFilter machines) {
        day.forEach((id, daySums) -> {
            if (machines.everyMachine() || machines.machines().contains(id)) {
                sums.merge(id, daySums, DaySums::plus);
            }
        });
    }

    private List<String> naturalOrder(Collection<String> ids) {
        return jdbc.sql("select machine_id from unnest(cast(:ids as text[])) as m (machine_id) order by"
                        + NATURAL_MACHINE_ORDER)
                .param("ids", ids.toArray(String[]::new))
                .query(String.class)
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
