package com.amrs.api.live;

import com.amrs.core.Decimals;
import com.amrs.core.production.ProductionRecord;
import com.amrs.core.shift.ShiftSlot;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Every machine's state at the latest poll and its totals since the start of its current
 * production date. Loaded from the database at start, so that a restart does not zero it; the
 * collector updates it after each poll, before the records reach the database. Units and defects
 * are added exactly, never wrapping (DESIGN §13).
 */
@Component
public class LiveSnapshot {

    private final Map<String, LiveMachine> machines = new ConcurrentSkipListMap<>();
    private final JdbcClient jdbc;

    public LiveSnapshot(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Replaces the snapshot with the totals the database holds for the production date. */
    public void load(LocalDate productionDate) {
        List<LiveMachine> stored = stored(productionDate, null);
        machines.clear();
        stored.forEach(machine -> machines.put(machine.machineId(), machine));
    }

    /**
     * A plant's machines as the database holds them for the production date, downtime rounded as {@link
     * #machines()} rounds it: what a central site, which polls no PLC, shows live (DESIGN.md §19).
     */
    public List<LiveMachine> ofPlant(LocalDate productionDate, String plant) {
        return stored(productionDate, plant).stream().map(LiveSnapshot::rounded).toList();
    }

    /** The machines with records on the production date, of the plant or of every plant (null). */
    private List<LiveMachine> stored(LocalDate productionDate, String plant) {
        return jdbc.sql("""
                        with today as (select * from production_shift_totals
                                       where production_date = :date
                                         and (cast(:plant as text) is null or plant_id = cast(:plant as text))),
                             latest as (select distinct on (machine_id) machine_id, shift, last_seen
                                        from today order by machine_id, last_seen desc),
                             sums as (select machine_id, sum(units_produced) as units, sum(defective_units) as defects,
                                             sum(downtime_min) as downtime
                                      from today group by machine_id)
                        select l.machine_id, coalesce(p.state, 'IDLE'), s.units, s.defects, s.downtime, l.shift,
                               l.last_seen
                        from latest l
                        join sums s using (machine_id)
                        left join lateral (select state from live_production
                                           where production_date = :date and machine_id = l.machine_id
                                             and shift = l.shift and recorded_at = l.last_seen
                                             and (cast(:plant as text) is null or plant_id = cast(:plant as text))
                                           limit 1) p on true
                        order by l.machine_id
                        """)
                .param("date", productionDate)
                .param("plant", plant)
                .query((rs, row) -> new LiveMachine(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getBigDecimal(3).toBigIntegerExact(),
                        rs.getBigDecimal(4).toBigIntegerExact(),
                        rs.getDouble(5),
                        productionDate,
                        rs.getString(6),
                        rs.getTimestamp(7).toInstant()))
                .list();
    }

    /** Adds a new record to its machine's totals, starting over on a new production date. */
    public void add(ProductionRecord record) {
        machines.compute(
                record.machineId(),
                (id, current) -> counted(current, record, record.state().name(), record.shift(), record.timestamp()));
    }

    /**
     * A record stored by another path than the collector ({@code POST /api/production}): it counts in
     * its machine's totals when it belongs to today. A polled machine keeps the state, shift and time
     * of its poll; a machine the PLC does not have appears with the record's, as after a restart.
     */
    public void addStored(ProductionRecord record, LocalDate today) {
        if (!record.productionDate().equals(today)) {
            return;
        }
        machines.compute(record.machineId(), (id, current) -> {
            boolean polled = current != null && today.equals(current.productionDate());
            return polled
                    ? counted(current, record, current.state(), current.shift(), current.timestamp())
                    : counted(current, record, record.state().name(), record.shift(), record.timestamp());
        });
    }

    /** The record's totals added to the machine's of the same production date, or the first of a date. */
    private static LiveMachine counted(
            LiveMachine current, ProductionRecord record, String state, String shift, Instant timestamp) {
        boolean sameDay = current != null && record.productionDate().equals(current.productionDate());
        return new LiveMachine(
                record.machineId(),
                state,
                (sameDay ? current.unitsProduced() : BigInteger.ZERO).add(BigInteger.valueOf(record.unitsProduced())),
                (sameDay ? current.defectiveUnits() : BigInteger.ZERO).add(BigInteger.valueOf(record.defectiveUnits())),
                (sameDay ? current.downtimeMin() : 0) + record.downtimeMin(),
                record.productionDate(),
                shift,
                timestamp);
    }

    /** A machine seen without a record (its first poll): state and time, totals kept for the day. */
    public void observe(String machineId, String state, ShiftSlot slot, Instant timestamp) {
        machines.compute(machineId, (id, current) -> {
            boolean sameDay = current != null && slot.productionDate().equals(current.productionDate());
            return new LiveMachine(
                    id,
                    state,
                    sameDay ? current.unitsProduced() : BigInteger.ZERO,
                    sameDay ? current.defectiveUnits() : BigInteger.ZERO,
                    sameDay ? current.downtimeMin() : 0,
                    slot.productionDate(),
                    slot.shift(),
                    timestamp);
        });
    }

    /** The machines in id order, downtime rounded to two decimals. */
    public List<LiveMachine> machines() {
        return machines.values().stream().map(LiveSnapshot::rounded).toList();
    }

    private static LiveMachine rounded(LiveMachine m) {
        return new LiveMachine(
                m.machineId(),
                m.state(),
                m.unitsProduced(),
                m.defectiveUnits(),
                Decimals.round2(m.downtimeMin()),
                m.productionDate(),
                m.shift(),
                m.timestamp());
    }
}
