package com.amrs.reporting.data;

import com.amrs.core.kpi.Kpis;
import com.amrs.core.kpi.MachineTotals;
import com.amrs.core.oee.LossWaterfall;
import com.amrs.core.shift.ProductionWindow;
import com.amrs.core.shift.ShiftCalendar;
import com.amrs.reporting.config.ReportingProperties;
import com.amrs.store.MachineFilter;
import com.amrs.store.completeness.CompletenessReader;
import com.amrs.store.downtime.DowntimeReader;
import com.amrs.store.downtime.Pareto;
import com.amrs.store.oee.OeeReader;
import com.amrs.store.plants.PlantsReader;
import com.amrs.store.production.MachineTotalsReader;
import com.amrs.store.production.MachineWindowTotals;
import com.amrs.store.production.ShiftProductionReader;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/** Reads a report's data, aggregated by PostgreSQL from the rollup {@code production_shift_totals}. */
@Repository
public class ReportQueries {

    private final JdbcClient jdbc;
    private final ShiftCalendar calendar;
    private final MachineTotalsReader totals;
    private final ShiftProductionReader shifts;
    private final PlantsReader plants;
    private final OeeReader oee;
    private final CompletenessReader completeness;
    private final DowntimeReader downtime;
    private final Duration microStop;

    ReportQueries(JdbcClient jdbc, ShiftCalendar calendar, ReportingProperties properties) {
        this.jdbc = jdbc;
        this.calendar = calendar;
        this.totals = new MachineTotalsReader(jdbc);
        this.shifts = new ShiftProductionReader(jdbc);
        this.plants = new PlantsReader(jdbc);
        this.microStop = properties.downtime().microStop();
        this.oee = new OeeReader(jdbc, calendar, microStop);
        this.completeness = new CompletenessReader(jdbc, calendar);
        this.downtime = new DowntimeReader(jdbc);
    }

    /** Reads the window in one repeatable-read snapshot, so the totals and the detail rows agree. */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public ReportData load(String plantName, ProductionWindow window, MachineFilter filter, Instant generatedAt) {
        List<MachineTotals> machines = machinesOf(window, filter);
        Timestamp from = Timestamp.from(window.startInstant(calendar));
        Timestamp to = Timestamp.from(window.endInstant(calendar));
        return new ReportData(
                plantName,
                calendar.zone(),
                window,
                generatedAt,
                Kpis.of(machines),
                machines,
                oee.byMachine(window, filter, machines, generatedAt),
                microStop,
                shifts.read(window, filter),
                findingsByRule(from, to, filter),
                findings(from, to, filter),
                completeness.read(window, filter, generatedAt, machine -> false),
                downtime.pareto(window, filter, generatedAt),
                downtime.stops(window, filter, ReportData.MAX_STOPS),
                filter,
                previous(window, filter, generatedAt),
                List.of());
    }

    /**
     * The report of every plant a central site holds (DESIGN.md §19), in one snapshot: each plant read as its own
     * report reads it, then joined with the machines named {@code plant/machine}.
     */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public ReportData loadAllPlants(ProductionWindow window, Instant generatedAt) {
        List<String> plantIds = plants.ids();
        if (plantIds.isEmpty()) {
            ReportData none = load(AllPlants.NAME, window, MachineFilter.all(), generatedAt);
            return AllPlants.join(List.of(), none.previous(), none.downtime(), none);
        }
        List<ReportData> plants = new ArrayList<>();
        List<MachineTotals> previousMachines = new ArrayList<>();
        List<LossWaterfall> previousLosses = new ArrayList<>();
        ProductionWindow before = PreviousPeriod.before(window);
        for (String plant : plantIds) {
            MachineFilter filter = MachineFilter.all().inPlant(plant);
            plants.add(load(plant, window, filter, generatedAt));
            List<MachineTotals> machines = machinesOf(before, filter);
            machines.forEach(machine -> previousMachines.add(AllPlants.renamed(machine, plant + "/")));
            previousLosses.addAll(
                    oee.byMachine(before, filter, machines, generatedAt).values());
        }
        var previous = new PreviousPeriod(before, Kpis.of(previousMachines), LossWaterfall.pooled(previousLosses));
        // stops by reason over every plant at once: each reason's minutes rounded once from their exact sum
        Pareto downtimeOfAll = downtime.pareto(window, MachineFilter.all(), generatedAt);
        return AllPlants.join(plants, previous, downtimeOfAll, plants.getFirst());
    }

    /** The KPIs and OEE of the period as long as the window just before it: the change the mail shows. */
    private PreviousPeriod previous(ProductionWindow window, MachineFilter filter, Instant generatedAt) {
        ProductionWindow before = PreviousPeriod.before(window);
        List<MachineTotals> machines = machinesOf(before, filter);
        var losses = oee.byMachine(before, filter, machines, generatedAt).values();
        return new PreviousPeriod(before, Kpis.of(machines), LossWaterfall.pooled(losses));
    }

    private List<MachineTotals> machinesOf(ProductionWindow window, MachineFilter filter) {
        return totals.read(window, filter).stream()
                .map(MachineWindowTotals::totals)
                .toList();
    }

    private List<RuleCount> findingsByRule(Timestamp from, Timestamp to, MachineFilter filter) {
        return jdbc.sql("""
                        select rule, count(*) from validation_events
                        where occurred_at >= ? and occurred_at < ?
                          and (cast(? as text[]) is null or machine_id = any(cast(? as text[])))
                        group by rule
                        order by count(*) desc, rule
                        """)
                .params(from, to, filter.parameter(), filter.parameter())
                .query((rs, row) -> new RuleCount(rs.getString(1), rs.getLong(2)))
                .list();
    }

    private List<ValidationFinding> findings(Timestamp from, Timestamp to, MachineFilter filter) {
        return jdbc.sql("""
                        select occurred_at, machine_id, field, old_value, new_value, rule from validation_events
                        where occurred_at >= ? and occurred_at < ?
                          and (cast(? as text[]) is null or machine_id = any(cast(? as text[])))
                        order by occurred_at desc, id desc
                        limit ?
                        """)
                .params(from, to, filter.parameter(), filter.parameter(), ReportData.MAX_FINDINGS)
                .query((rs, row) -> new ValidationFinding(
                        rs.getTimestamp(1).toInstant(),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6)))
                .list();
    }
}
